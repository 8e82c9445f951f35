import { createStore } from 'zustand/vanilla';
import type { DocketApi, Reply } from '../../shared/contract/api';
import type { Command, CommandBody, CommandResult } from '../../shared/contract/commands';
import type { ShiftReportView, ShiftView } from '../../shared/contract/shift-views';
import { newId } from '../client/new-id';
import type { StatusStore } from './status-store';

export interface ShiftState {
  /** The shift open on this till, or null; `loaded` tells "none open" from "not read yet". */
  current: ShiftView | null;
  loaded: boolean;
  /** Recent shifts, newest first, for reopening their Z reports. */
  shifts: ShiftView[];
  /** The X or Z report on screen. */
  report: ShiftReportView | null;
  /** Staff names by id, inactive members included: a report outlives the roster. */
  staffNames: Record<string, string>;
  busy: boolean;
  load(): Promise<void>;
  openShift(float: number): Promise<boolean>;
  payIn(amount: number, reason: string): Promise<boolean>;
  /** Goes through the approval dialog when a server sends it (withApproval). */
  payOut(amount: number, reason: string): Promise<boolean>;
  openDrawer(reason: string): Promise<boolean>;
  showX(): Promise<void>;
  /** Closes the shift with the counted cash and shows its Z report. */
  closeShift(counted: number): Promise<boolean>;
  showReport(shiftId: string): Promise<void>;
  hideReport(): void;
  /** Streams named by a push: re-read what shows them. */
  onStreams(streams: readonly string[]): void;
}


const SHIFT_LIST_LIMIT = 30;

/** The till's cash shift: open, money in and out, X at any time, close into a Z. */
export const createShiftStore = (api: DocketApi, status: StatusStore) =>
  createStore<ShiftState>()((set, get) => {
    let seq = 0;
    let reportSeq = 0;

    async function send(body: CommandBody): Promise<Reply<CommandResult>> {
      set({ busy: true });
      try {
        const r = await api.command({ ...body, commandId: newId() } as Command);
        if (!r.ok) status.getState().error(r.error);
        return r;
      } finally {
        set({ busy: false });
      }
    }

    async function loadStaffNames(): Promise<void> {
      const r = await api.query({ type: 'ListStaff', includeInactive: true });
      if (r.ok) set({ staffNames: Object.fromEntries(r.value.map((s) => [s.staffId, s.name])) });
    }

    async function loadReport(shiftId: string): Promise<void> {
      const mine = ++reportSeq;
      const r = await api.query({ type: 'GetShiftReport', shiftId });
      if (mine !== reportSeq) return;
      if (!r.ok) return status.getState().error(r.error);
      set({ report: r.value });
    }

    /** A command on the open shift, then a fresh read (the push would come too, but staff look now). */
    async function onCurrent(make: (shiftId: string) => CommandBody): Promise<boolean> {
      const shiftId = get().current?.shiftId;
      if (!shiftId) return false;
      const r = await send(make(shiftId));
      if (r.ok) await get().load();
      return r.ok;
    }

    return {
      current: null,
      loaded: false,
      shifts: [],
      report: null,
      staffNames: {},
      busy: false,
      async load() {
        const mine = ++seq;
        const [current, shifts] = await Promise.all([
          api.query({ type: 'GetCurrentShift' }),
          api.query({ type: 'ListShifts', limit: SHIFT_LIST_LIMIT }),
          // Names are read once here and again only when the roster changes (a push on 'staff').
          get().loaded ? undefined : loadStaffNames(),
        ]);
        // A slower, older answer must not overwrite a newer one.
        if (mine !== seq) return;
        if (!current.ok) return status.getState().error(current.error);
        if (!shifts.ok) return status.getState().error(shifts.error);
        set({ current: current.value, shifts: shifts.value, loaded: true });
        // An X report on screen follows the shift as money moves.
        const shown = get().report;
        if (shown?.kind === 'X') await loadReport(shown.shift.shiftId);
      },
      async openShift(float) {
        const r = await send({ type: 'OpenShift', shiftId: newId(), float });
        if (r.ok) {
          set({ report: null });
          await get().load();
        }
        return r.ok;
      },
      payIn: (amount, reason) => onCurrent((shiftId) => ({ type: 'PayIn', shiftId, movementId: newId(), amount, reason })),
      payOut: (amount, reason) => onCurrent((shiftId) => ({ type: 'PayOut', shiftId, movementId: newId(), amount, reason })),
      openDrawer: (reason) => onCurrent((shiftId) => ({ type: 'OpenDrawer', shiftId, reason })),
      async showX() {
        const shiftId = get().current?.shiftId;
        if (shiftId) await loadReport(shiftId);
      },
      async closeShift(counted) {
        const shiftId = get().current?.shiftId;
        if (!shiftId) return false;
        const r = await send({ type: 'CloseShift', shiftId, counted });
        if (!r.ok) return false;
        await Promise.all([get().load(), loadReport(shiftId)]);
        return true;
      },
      showReport: (shiftId) => loadReport(shiftId),
      hideReport() {
        reportSeq++;
        set({ report: null });
      },
      onStreams(streams) {
        if (streams.includes('staff')) void loadStaffNames();
        if (streams.some((s) => s.startsWith('shift-'))) void get().load();
        // Orders move an X report's figures, never the shift itself.
        else if (get().report?.kind === 'X' && streams.some((s) => s.startsWith('order-'))) void get().showX();
      },
    };
  });

export type ShiftStore = ReturnType<typeof createShiftStore>;

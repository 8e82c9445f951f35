import { createStore } from 'zustand/vanilla';
import type { DocketApi, Reply } from '../../shared/contract/api';
import type { StreamLabel, StreamStateView, StreamTimelineView, TillAtView } from '../../shared/contract/history-queries';
import { pageRows, type HistoryRow } from '../history/event-rows';
import type { StatusStore } from './status-store';

type Step = StreamTimelineView['steps'][number];

/** A stream shown on its timeline: its steps, the chosen one, and the state after and before that step. */
export interface OpenStream {
  stream: string;
  label: StreamLabel;
  timeline: StreamTimelineView;
  chosen: number | null;
  /** After the chosen step (with what it changed) and just before it. */
  after: StreamStateView | null;
  before: StreamStateView | null;
  side: 'after' | 'before';
}

export interface HistoryInspectState {
  /** The event in the side panel, with the steps just before and after it in its stream. */
  event: HistoryRow | null;
  neighbours: { before: Step | null; after: Step | null } | null;
  stream: OpenStream | null;
  tillAt: TillAtView | null;
  openEvent(row: HistoryRow): Promise<void>;
  /** Opens the event at a log position (a neighbour, a step). */
  openPosition(position: number): Promise<void>;
  closeEvent(): void;
  openStream(stream: string, label: StreamLabel, focusPosition?: number): Promise<void>;
  moreSteps(): Promise<void>;
  chooseStep(position: number): Promise<void>;
  showSide(side: 'after' | 'before'): void;
  closeStream(): void;
  /** The till at a time (ISO) or right after a log position. */
  loadTillAt(at: { atTime: string } | { atPosition: number }): Promise<void>;
}

const TIMELINE_PAGE = 500;

/**
 * The history screen's look at one event, one stream over time, and the whole
 * till at a moment. Answers can come back in any order (a slow stream's
 * timeline after a quick one the user opened next): each kind of look has a
 * sequence number bumped by every request and every close, and an answer
 * whose number is no longer the latest is dropped.
 */
export const createHistoryInspectStore = (api: DocketApi, status: StatusStore, opts: { timelinePage?: number } = {}) =>
  createStore<HistoryInspectState>()((set, get) => {
    const timelinePage = opts.timelinePage ?? TIMELINE_PAGE;
    let eventSeq = 0;
    let streamSeq = 0;
    let stepSeq = 0;
    let tillAtSeq = 0;
    // The next page of the open timeline being read: a second tap on "more" waits for it rather than appending it twice.
    let moreInFlight: Promise<void> | null = null;
    const ok = <T>(r: Reply<T>): T | undefined => {
      if (r.ok) return r.value;
      status.getState().error(r.error);
      return undefined;
    };

    /** The open timeline's next page, appended once and only to the stream it was asked for. */
    async function readMoreSteps(): Promise<void> {
      const open = get().stream;
      const last = open?.timeline.steps.at(-1);
      if (!open || !last || !open.timeline.more) return;
      const mine = streamSeq;
      const next = ok(await api.query({ type: 'GetStreamTimeline', stream: open.stream, afterVersion: last.version, limit: timelinePage }));
      const now = get().stream;
      if (!next || mine !== streamSeq || now?.stream !== open.stream || now.timeline.steps.at(-1)?.version !== last.version) return;
      set({ stream: { ...now, timeline: { ...next, steps: [...now.timeline.steps, ...next.steps], milestones: now.timeline.milestones } } });
    }

    return {
      event: null,
      neighbours: null,
      stream: null,
      tillAt: null,
      async openEvent(row) {
        const mine = ++eventSeq;
        set({ event: row, neighbours: null });
        const v = row.event.version;
        // The step before, the event itself and the step after: one short page of the stream by version.
        const r = await api.query({ type: 'GetStreamTimeline', stream: row.event.stream, afterVersion: Math.max(0, v - 2), limit: 3 });
        if (mine !== eventSeq) return;
        const t = ok(r);
        if (!t) return;
        set({ neighbours: { before: t.steps.find((s) => s.version === v - 1) ?? null, after: t.steps.find((s) => s.version === v + 1) ?? null } });
      },
      async openPosition(position) {
        if (!Number.isSafeInteger(position) || position < 1) return;
        // Counts as opening an event: a later openEvent/openPosition/closeEvent wins over this answer.
        const mine = ++eventSeq;
        const r = await api.query({ type: 'FilterEvents', filter: `position = ${position}`, limit: 1 });
        if (mine !== eventSeq) return;
        const page = ok(r);
        const row = page && pageRows(page)[0];
        if (row) await get().openEvent(row);
      },
      closeEvent() {
        eventSeq += 1;
        set({ event: null, neighbours: null });
      },
      async openStream(stream, label, focusPosition) {
        const mine = ++streamSeq;
        stepSeq += 1;
        moreInFlight = null;
        const r = await api.query({ type: 'GetStreamTimeline', stream, limit: timelinePage });
        if (mine !== streamSeq) return;
        const timeline = ok(r);
        if (!timeline) return;
        set({ stream: { stream, label, timeline, chosen: null, after: null, before: null, side: 'after' } });
        if (focusPosition !== undefined && timeline.steps.some((s) => s.position === focusPosition)) await get().chooseStep(focusPosition);
      },
      moreSteps() {
        moreInFlight ??= readMoreSteps().finally(() => {
          moreInFlight = null;
        });
        return moreInFlight;
      },
      async chooseStep(position) {
        const open = get().stream;
        if (!open) return;
        const mine = ++stepSeq;
        set({ stream: { ...open, chosen: position, after: null, before: null } });
        // After the step (with what it changed), and the state just before it: the previous position of the log.
        const [after, before] = await Promise.all([
          api.query({ type: 'GetStreamState', stream: open.stream, atPosition: position }),
          api.query({ type: 'GetStreamState', stream: open.stream, atPosition: position - 1 }),
        ]);
        const now = get().stream;
        if (mine !== stepSeq || now?.stream !== open.stream) return;
        const a = ok(after);
        const b = ok(before);
        set({ stream: { ...now, after: a ?? null, before: b ?? null } });
      },
      showSide(side) {
        const open = get().stream;
        if (open) set({ stream: { ...open, side } });
      },
      closeStream() {
        streamSeq += 1;
        stepSeq += 1;
        moreInFlight = null;
        set({ stream: null });
      },
      async loadTillAt(at) {
        const mine = ++tillAtSeq;
        const r = await api.query({ type: 'GetTillAt', ...at });
        if (mine !== tillAtSeq) return;
        const v = ok(r);
        if (v) set({ tillAt: v });
      },
    };
  });

export type HistoryInspectStore = ReturnType<typeof createHistoryInspectStore>;

import { createStore } from 'zustand/vanilla';
import type { DocketApi } from '../../shared/contract/api';
import type { Command, CommandBody } from '../../shared/contract/commands';
import type { OrderView } from '../../shared/contract/views';
import { newId } from '../client/new-id';
import type { StatusStore } from './status-store';

// Distributes Omit over the command union, so each member keeps its own fields.

/** Where the next item tapped goes: which seat (null: shared), which course, with what note. */
export interface LineDraft {
  seat: number | null;
  course: number;
  note: string;
}

export interface ChosenModifier {
  groupId: string;
  optionIds: string[];
}

export interface DiscountInput {
  lineId?: string;
  kind: 'percent' | 'amount';
  /** Basis points for a percentage, minor units for an amount. */
  value: number;
  reason: string;
}

export interface OpenInput {
  table?: string;
  tableId?: string;
  covers?: number;
}

export interface OrderState {
  orderId: string | null;
  order: OrderView | null;
  draft: LineDraft;
  /** Commands sent and not yet answered: the pay and close buttons wait for zero. */
  inFlight: number;
  /** Sends a command about the order on screen and reads it again; false when refused (the toast says why). */
  run(body: CommandBody): Promise<boolean>;
  open(input?: OpenInput): Promise<string | null>;
  resume(orderId: string): Promise<void>;
  clear(): void;
  setDraft(patch: Partial<LineDraft>): void;
  addItem(itemId: string, modifiers?: ChosenModifier[]): Promise<boolean>;
  removeLine(lineId: string): Promise<boolean>;
  voidLine(lineId: string, reason: string): Promise<boolean>;
  discount(input: DiscountInput): Promise<boolean>;
  removeDiscount(discountId: string): Promise<boolean>;
  send(holdCourses?: number[]): Promise<boolean>;
  fire(course: number): Promise<boolean>;
  printBill(): Promise<boolean>;
  move(tableId: string): Promise<boolean>;
  merge(sourceOrderId: string): Promise<boolean>;
  close(): Promise<boolean>;
  refresh(): Promise<void>;
}

const FRESH_DRAFT: LineDraft = { seat: null, course: 1, note: '' };

/** The order on screen, and the commands that change it. */
export const createOrderStore = (api: DocketApi, status: StatusStore) =>
  createStore<OrderState>()((set, get) => {
    let seq = 0;

    async function send(body: CommandBody): Promise<boolean> {
      set((s) => ({ inFlight: s.inFlight + 1 }));
      try {
        const r = await api.command({ ...body, commandId: newId() } as Command);
        if (!r.ok) status.getState().error(r.error);
        return r.ok;
      } finally {
        set((s) => ({ inFlight: s.inFlight - 1 }));
      }
    }

    async function load(orderId: string): Promise<OrderView | null> {
      const mine = ++seq;
      const r = await api.query({ type: 'GetOrder', orderId });
      // Only the newest read may land, and only if the same order is still on screen.
      if (mine !== seq || get().orderId !== orderId) return null;
      if (!r.ok) {
        status.getState().error(r.error);
        return null;
      }
      set({ order: r.value });
      return r.value;
    }

    /** A command about the current order, then a fresh read of it. */
    async function run(body: CommandBody): Promise<boolean> {
      const orderId = get().orderId;
      if (!orderId) return false;
      const ok = await send(body);
      if (ok) await load(orderId);
      return ok;
    }

    const current = (): string => get().orderId ?? '';

    return {
      orderId: null,
      order: null,
      draft: FRESH_DRAFT,
      inFlight: 0,
      run,
      async open(input = {}) {
        const orderId = newId();
        const table = input.table?.trim();
        const ok = await send({
          type: 'OpenOrder',
          orderId,
          ...(input.tableId ? { tableId: input.tableId } : table ? { table } : {}),
          ...(input.covers ? { covers: input.covers } : {}),
        });
        if (!ok) return null;
        set({ orderId, order: null, draft: FRESH_DRAFT });
        await load(orderId);
        return orderId;
      },
      async resume(orderId) {
        if (get().orderId !== orderId) set({ orderId, order: null, draft: FRESH_DRAFT });
        await load(orderId);
      },
      clear: () => set({ orderId: null, order: null, draft: FRESH_DRAFT }),
      setDraft: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
      async addItem(itemId, modifiers) {
        const { seat, course, note } = get().draft;
        const ok = await run({
          type: 'AddItem',
          orderId: current(),
          lineId: newId(),
          itemId,
          qty: 1,
          ...(modifiers?.length ? { modifiers } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(seat !== null ? { seat } : {}),
          course,
        });
        // A note belongs to one line; seat and course stay for the next items of the same guest and course.
        if (ok) set((s) => ({ draft: { ...s.draft, note: '' } }));
        return ok;
      },
      removeLine: (lineId) => run({ type: 'RemoveItem', orderId: current(), lineId }),
      voidLine: (lineId, reason) => run({ type: 'VoidItem', orderId: current(), lineId, reason }),
      discount: (d) =>
        run({
          type: 'ApplyDiscount',
          orderId: current(),
          discountId: newId(),
          kind: d.kind,
          value: d.value,
          reason: d.reason,
          ...(d.lineId ? { lineId: d.lineId } : {}),
        }),
      removeDiscount: (discountId) => run({ type: 'RemoveDiscount', orderId: current(), discountId }),
      send: (holdCourses) =>
        run({ type: 'SendOrder', orderId: current(), sendId: newId(), ...(holdCourses?.length ? { holdCourses } : {}) }),
      fire: (course) => run({ type: 'FireCourse', orderId: current(), sendId: newId(), course }),
      printBill: () => run({ type: 'PrintBill', orderId: current() }),
      move: (tableId) => run({ type: 'MoveOrder', orderId: current(), tableId }),
      merge: (sourceOrderId) => run({ type: 'MergeOrders', orderId: current(), sourceOrderId }),
      close: () => run({ type: 'CloseOrder', orderId: current() }),
      async refresh() {
        const orderId = get().orderId;
        if (orderId) await load(orderId);
      },
    };
  });

export type OrderStore = ReturnType<typeof createOrderStore>;

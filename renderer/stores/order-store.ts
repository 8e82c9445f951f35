import { createStore } from 'zustand/vanilla';
import type { DocketApi, Reply } from '../../shared/contract/api';
import type { Command, CommandResult } from '../../shared/contract/commands';
import type { OrderView } from '../../shared/contract/views';
import { newId } from '../client/new-id';
import type { StatusStore } from './status-store';

/** What the last cash payment did, for the "change due" line. */
export interface PaymentOutcome {
  tendered: number;
  change: number;
}

export interface OrderState {
  orderId: string | null;
  order: OrderView | null;
  lastPayment: PaymentOutcome | null;
  /** Commands sent and not yet answered: the pay and close buttons wait for zero. */
  inFlight: number;
  open(table?: string): Promise<boolean>;
  resume(orderId: string): Promise<void>;
  addItem(itemId: string): Promise<boolean>;
  removeLine(lineId: string): Promise<boolean>;
  payCash(amount: number): Promise<PaymentOutcome | null>;
  close(): Promise<boolean>;
  refresh(): Promise<void>;
}

// Distributes Omit over the command union, so each member keeps its own fields.
type Body<C> = C extends Command ? Omit<C, 'commandId'> : never;

/** The order on screen, and the commands that change it. */
export const createOrderStore = (api: DocketApi, status: StatusStore) =>
  createStore<OrderState>()((set, get) => {
    let seq = 0;

    async function send(body: Body<Command>): Promise<Reply<CommandResult>> {
      set((s) => ({ inFlight: s.inFlight + 1 }));
      try {
        const r = await api.command({ ...body, commandId: newId() } as Command);
        if (!r.ok) status.getState().error(r.error);
        return r;
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

    return {
      orderId: null,
      order: null,
      lastPayment: null,
      inFlight: 0,
      async open(table) {
        const orderId = newId();
        const trimmed = table?.trim();
        const r = await send({ type: 'OpenOrder', orderId, ...(trimmed ? { table: trimmed } : {}) });
        if (!r.ok) return false;
        set({ orderId, order: null, lastPayment: null });
        await load(orderId);
        return true;
      },
      async resume(orderId) {
        set({ orderId, order: null, lastPayment: null });
        await load(orderId);
      },
      async addItem(itemId) {
        const orderId = get().orderId;
        if (!orderId) return false;
        const r = await send({ type: 'AddItem', orderId, lineId: newId(), itemId, qty: 1 });
        if (r.ok) await load(orderId);
        return r.ok;
      },
      async removeLine(lineId) {
        const orderId = get().orderId;
        if (!orderId) return false;
        const r = await send({ type: 'RemoveItem', orderId, lineId });
        if (r.ok) await load(orderId);
        return r.ok;
      },
      async payCash(amount) {
        const orderId = get().orderId;
        const before = get().order;
        if (!orderId || !before) return null;
        const r = await send({ type: 'TakePayment', orderId, paymentId: newId(), tender: 'cash', amount });
        if (!r.ok) return null;
        const after = await load(orderId);
        // The change is what the till recorded (its running total moved by this payment), not a local guess.
        const change = after ? after.change - before.change : Math.max(0, amount - before.due);
        const outcome = { tendered: amount, change };
        set({ lastPayment: outcome });
        return outcome;
      },
      async close() {
        const orderId = get().orderId;
        if (!orderId) return false;
        const r = await send({ type: 'CloseOrder', orderId });
        if (r.ok) await load(orderId);
        return r.ok;
      },
      async refresh() {
        const orderId = get().orderId;
        if (orderId) await load(orderId);
      },
    };
  });

export type OrderStore = ReturnType<typeof createOrderStore>;

import { createStore } from 'zustand/vanilla';
import type { DocketApi } from '../../shared/contract/api';
import type { EventView, OrderView } from '../../shared/contract/views';
import { orderStream } from '../../shared/domain/order/order-events';
import type { StatusStore } from './status-store';

export interface ClosedOrderState {
  selectedId: string | null;
  order: OrderView | null;
  /** The order's own events, read from the log: what happened, when, in which order. */
  events: EventView[];
  select(orderId: string): Promise<void>;
  refresh(): Promise<void>;
}

export const createClosedOrderStore = (api: DocketApi, status: StatusStore) =>
  createStore<ClosedOrderState>()((set, get) => {
    let seq = 0;
    async function load(orderId: string): Promise<void> {
      const mine = ++seq;
      const [order, events] = await Promise.all([
        api.query({ type: 'GetOrder', orderId }),
        api.query({ type: 'ListEvents', stream: orderStream(orderId) }),
      ]);
      if (mine !== seq) return;
      if (!order.ok) return status.getState().error(order.error);
      if (!events.ok) return status.getState().error(events.error);
      set({ order: order.value, events: events.value });
    }
    return {
      selectedId: null,
      order: null,
      events: [],
      async select(orderId) {
        set({ selectedId: orderId, order: null, events: [] });
        await load(orderId);
      },
      async refresh() {
        const id = get().selectedId;
        if (id) await load(id);
      },
    };
  });

export type ClosedOrderStore = ReturnType<typeof createClosedOrderStore>;

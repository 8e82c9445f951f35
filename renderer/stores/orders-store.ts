import { createStore } from 'zustand/vanilla';
import type { DocketApi } from '../../shared/contract/api';
import type { OrderSummary } from '../../shared/contract/views';
import type { StatusStore } from './status-store';

export const CLOSED_LIST_LIMIT = 50;

export interface OrdersState {
  open: OrderSummary[];
  closed: OrderSummary[];
  loaded: boolean;
  refresh(): Promise<void>;
}

/** The open orders (to resume) and the most recently closed ones (to look back at). */
export const createOrdersStore = (api: DocketApi, status: StatusStore) =>
  createStore<OrdersState>()((set) => {
    let seq = 0;
    return {
      open: [],
      closed: [],
      loaded: false,
      async refresh() {
        const mine = ++seq;
        const [open, closed] = await Promise.all([
          api.query({ type: 'ListOpenOrders' }),
          api.query({ type: 'ListClosedOrders', limit: CLOSED_LIST_LIMIT }),
        ]);
        if (mine !== seq) return;
        if (!open.ok) return status.getState().error(open.error);
        if (!closed.ok) return status.getState().error(closed.error);
        set({ open: open.value, closed: closed.value, loaded: true });
      },
    };
  });

export type OrdersStore = ReturnType<typeof createOrdersStore>;

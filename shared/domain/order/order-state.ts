import { assertNever } from '../decider';
import type { OrderEvent, Tender } from './order-events';

export interface OrderLine {
  lineId: string;
  itemId: string;
  name: string;
  unitPrice: number;
  qty: number;
  menuVersion: number;
}

export interface OrderPayment {
  paymentId: string;
  tender: Tender;
  tendered: number;
  amount: number;
  change: number;
}

export interface OrderState {
  status: 'none' | 'open' | 'closed';
  orderId: string;
  table: string | null;
  currency: string;
  /** Live lines in the order they were added; removed lines are gone from here (the log keeps them). */
  lines: OrderLine[];
  payments: OrderPayment[];
  /** Sum of line totals, minor units. */
  total: number;
  /** Sum applied to the bill (tendered less change). */
  paid: number;
  change: number;
  receipt: { series: string; number: number } | null;
}

export const initialOrderState = (): OrderState => ({
  status: 'none',
  orderId: '',
  table: null,
  currency: '',
  lines: [],
  payments: [],
  total: 0,
  paid: 0,
  change: 0,
  receipt: null,
});

export const lineTotal = (l: OrderLine): number => l.unitPrice * l.qty;
export const amountDue = (s: OrderState): number => Math.max(0, s.total - s.paid);

export function evolveOrder(state: OrderState, event: OrderEvent): OrderState {
  switch (event.type) {
    case 'OrderOpened':
      return { ...initialOrderState(), status: 'open', ...event.data };
    case 'ItemAdded': {
      const line: OrderLine = { ...event.data };
      return { ...state, lines: [...state.lines, line], total: state.total + lineTotal(line) };
    }
    case 'ItemRemoved': {
      const line = state.lines.find((l) => l.lineId === event.data.lineId);
      if (!line) return state;
      return {
        ...state,
        lines: state.lines.filter((l) => l !== line),
        total: state.total - lineTotal(line),
      };
    }
    case 'PaymentTaken':
      return {
        ...state,
        payments: [...state.payments, { ...event.data }],
        paid: state.paid + event.data.amount,
        change: state.change + event.data.change,
      };
    case 'OrderClosed':
      return { ...state, status: 'closed', receipt: { series: event.data.receiptSeries, number: event.data.receiptNumber } };
    default:
      return assertNever(event);
  }
}

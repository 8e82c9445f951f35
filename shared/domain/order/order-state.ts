import { assertNever } from '../decider';
import { DEFAULT_STATION } from '../menu/menu-state';
import type { TaxMode } from '../menu/menu-events';
import type { BillPart, DiscountKind, LineModifier, OrderEvent, Tender } from './order-events';

export type LineStatus = 'new' | 'sent' | 'voided';

export interface OrderLine {
  lineId: string;
  itemId: string;
  name: string;
  categoryId: string | null;
  unitPrice: number;
  qty: number;
  menuVersion: number;
  modifiers: LineModifier[];
  note: string | null;
  seat: number | null;
  course: number;
  taxCategoryId: string | null;
  taxRate: number;
  station: string;
  status: LineStatus;
  /** The send (kitchen ticket batch) that took this line to the kitchen. */
  sendId: string | null;
  voidReason: string | null;
}

export interface OrderDiscount {
  discountId: string;
  lineId: string | null;
  kind: DiscountKind;
  value: number;
  reason: string;
}

export interface OrderPayment {
  paymentId: string;
  tender: Tender;
  tendered: number;
  amount: number;
  change: number;
  tip: number;
  reference: string | null;
  shiftId: string | null;
  partId: string | null;
}

export interface OrderRefund {
  refundId: string;
  lineIds: string[];
  amount: number;
  tender: Tender;
  reason: string;
  shiftId: string;
}

export interface OrderState {
  /** merged: its lines went to another order; nothing is owed on it. */
  status: 'none' | 'open' | 'closed' | 'merged';
  orderId: string;
  table: string | null;
  tableId: string | null;
  covers: number | null;
  currency: string;
  taxMode: TaxMode;
  /** Every line in the order it was added, voided ones included; removed (never sent) lines are gone. */
  lines: OrderLine[];
  heldCourses: number[];
  discounts: OrderDiscount[];
  payments: OrderPayment[];
  /** Sum applied to the bill (tendered less change). */
  paid: number;
  change: number;
  tips: number;
  /** Kitchen tickets printed at least once. */
  printedTickets: string[];
  receipt: { series: string; number: number } | null;
  /** The shift the order was closed in. */
  shiftId: string | null;
  /** Bills printed for the guests so far. */
  billsPrinted: number;
  receiptsPrinted: number;
  mergedInto: string | null;
  split: { splitId: string; mode: 'even' | 'seats' | 'lines'; parts: BillPart[] } | null;
  refunds: OrderRefund[];
}

export const initialOrderState = (): OrderState => ({
  status: 'none',
  orderId: '',
  table: null,
  tableId: null,
  covers: null,
  currency: '',
  taxMode: 'exclusive',
  lines: [],
  heldCourses: [],
  discounts: [],
  payments: [],
  paid: 0,
  change: 0,
  tips: 0,
  printedTickets: [],
  receipt: null,
  shiftId: null,
  billsPrinted: 0,
  receiptsPrinted: 0,
  mergedInto: null,
  split: null,
  refunds: [],
});

const mapLines = (s: OrderState, ids: readonly string[], change: (l: OrderLine) => OrderLine): OrderLine[] => {
  const set = new Set(ids);
  return s.lines.map((l) => (set.has(l.lineId) ? change(l) : l));
};

export function evolveOrder(state: OrderState, event: OrderEvent): OrderState {
  switch (event.type) {
    case 'OrderOpened': {
      const d = event.data;
      return {
        ...initialOrderState(),
        status: 'open',
        orderId: d.orderId,
        table: d.table,
        tableId: d.tableId ?? null,
        covers: d.covers ?? null,
        currency: d.currency,
        taxMode: d.taxMode ?? 'exclusive',
      };
    }
    case 'OrderMoved':
      return { ...state, tableId: event.data.tableId, table: event.data.table };
    case 'LinesMerged':
      return {
        ...state,
        lines: [...state.lines, ...event.data.lines],
        heldCourses: [...new Set([...state.heldCourses, ...event.data.heldCourses])].sort((a, b) => a - b),
      };
    case 'OrderMerged':
      return { ...state, status: 'merged', mergedInto: event.data.targetOrderId, lines: [], heldCourses: [] };
    case 'BillPrinted':
      return { ...state, billsPrinted: state.billsPrinted + 1 };
    case 'BillSplit':
      return { ...state, split: { splitId: event.data.splitId, mode: event.data.mode, parts: event.data.parts } };
    case 'SplitCleared':
      return { ...state, split: null };
    case 'OrderRefunded':
      return { ...state, refunds: [...state.refunds, { ...event.data }] };
    case 'OrderReopened':
      return { ...state, status: 'open', receipt: null, shiftId: null, receiptsPrinted: 0 };
    case 'ReceiptPrinted':
      return { ...state, receiptsPrinted: state.receiptsPrinted + 1 };
    case 'ItemAdded': {
      const d = event.data;
      const line: OrderLine = {
        lineId: d.lineId,
        itemId: d.itemId,
        name: d.name,
        categoryId: d.categoryId ?? null,
        unitPrice: d.unitPrice,
        qty: d.qty,
        menuVersion: d.menuVersion,
        modifiers: d.modifiers ?? [],
        note: d.note ?? null,
        seat: d.seat ?? null,
        course: d.course ?? 1,
        taxCategoryId: d.taxCategoryId ?? null,
        taxRate: d.taxRate ?? 0,
        station: d.station ?? DEFAULT_STATION,
        status: 'new',
        sendId: null,
        voidReason: null,
      };
      return { ...state, lines: [...state.lines, line] };
    }
    case 'ItemRemoved':
      return { ...state, lines: state.lines.filter((l) => l.lineId !== event.data.lineId) };
    case 'LinesSent':
      return { ...state, lines: mapLines(state, event.data.lineIds, (l) => ({ ...l, status: 'sent', sendId: event.data.sendId })) };
    case 'CoursesHeld':
      return { ...state, heldCourses: [...new Set([...state.heldCourses, ...event.data.courses])].sort((a, b) => a - b) };
    case 'CourseFired':
      return {
        ...state,
        heldCourses: state.heldCourses.filter((c) => c !== event.data.course),
        lines: mapLines(state, event.data.lineIds, (l) => ({ ...l, status: 'sent', sendId: event.data.sendId })),
      };
    case 'ItemVoided':
      return { ...state, lines: mapLines(state, [event.data.lineId], (l) => ({ ...l, status: 'voided', voidReason: event.data.reason })) };
    case 'DiscountApplied':
      return { ...state, discounts: [...state.discounts, { ...event.data }] };
    case 'DiscountRemoved':
      return { ...state, discounts: state.discounts.filter((d) => d.discountId !== event.data.discountId) };
    case 'KitchenTicketPrinted':
      return state.printedTickets.includes(event.data.ticketId)
        ? state
        : { ...state, printedTickets: [...state.printedTickets, event.data.ticketId] };
    case 'PaymentTaken': {
      const d = event.data;
      const payment: OrderPayment = { ...d, tip: d.tip ?? 0, reference: d.reference ?? null, shiftId: d.shiftId ?? null, partId: d.partId ?? null };
      return {
        ...state,
        payments: [...state.payments, payment],
        paid: state.paid + d.amount,
        change: state.change + d.change,
        tips: state.tips + payment.tip,
      };
    }
    case 'OrderClosed':
      return {
        ...state,
        status: 'closed',
        receipt: { series: event.data.receiptSeries, number: event.data.receiptNumber },
        shiftId: event.data.shiftId ?? null,
      };
    default:
      return assertNever(event);
  }
}

import type { DomainEvent } from '../decider';
import type { TaxMode } from '../menu/menu-events';
import type { OrderLine } from './order-state';

/** A line as it stood, carried whole into another order by a merge. */
export type OrderLineSnapshot = OrderLine;

export type Tender = 'cash' | 'card' | 'voucher';
export type DiscountKind = 'percent' | 'amount';

/** A chosen modifier option, as it was priced when the line was added. */
export interface LineModifier {
  groupId: string;
  optionId: string;
  name: string;
  priceDelta: number;
}

/**
 * Optional fields came with the restaurant features: events written before
 * them lack those fields, and evolve gives them their defaults (no tax, no
 * modifiers, course 1, the kitchen station).
 */
export type OrderOpened = DomainEvent<
  'OrderOpened',
  {
    orderId: string;
    /** The table's name (or a free label for a counter order), as shown. */
    table: string | null;
    currency: string;
    covers?: number | null;
    taxMode?: TaxMode;
    /** The floor-plan table, when seated at one. */
    tableId?: string | null;
  }
>;
export type OrderMoved = DomainEvent<'OrderMoved', { tableId: string; table: string }>;
/** Lines taken over from another order of the same service (two tables pushed together). */
export type LinesMerged = DomainEvent<'LinesMerged', { sourceOrderId: string; lines: OrderLineSnapshot[]; heldCourses: number[] }>;
/** This order's lines went to another order: it is finished, with nothing owed and no receipt. */
export type OrderMerged = DomainEvent<'OrderMerged', { targetOrderId: string }>;
/** One part of a split bill: paid on its own. */
export interface BillPart {
  partId: string;
  label: string;
  amount: number;
  lineIds: string[];
}
export type BillSplit = DomainEvent<'BillSplit', { splitId: string; mode: 'even' | 'seats' | 'lines'; parts: BillPart[] }>;
export type SplitCleared = DomainEvent<'SplitCleared', { splitId: string }>;
/** Money given back on a closed order, for some lines or the rest of it; the approver is in the meta. */
export type OrderRefunded = DomainEvent<
  'OrderRefunded',
  { refundId: string; lineIds: string[]; amount: number; tender: Tender; reason: string; shiftId: string }
>;
/** A closed order opened again (approved): its receipt stands in the log, a new one is issued at the next close. */
export type OrderReopened = DomainEvent<'OrderReopened', { reason: string; previousReceipt: { series: string; number: number } | null }>;
/** A receipt printed for a closed order: every copy after the first is marked DUPLICATE. */
export type ReceiptPrinted = DomainEvent<'ReceiptPrinted', { copy: number }>;
/** The bill was printed for the guests: the table is now waiting to pay. */
export type BillPrinted = DomainEvent<'BillPrinted', { copy: number }>;
/** A line records name, price, tax rate and menu version at the time of sale: later menu changes never alter it. */
export type ItemAdded = DomainEvent<
  'ItemAdded',
  {
    lineId: string;
    itemId: string;
    name: string;
    unitPrice: number;
    qty: number;
    menuVersion: number;
    categoryId?: string;
    modifiers?: LineModifier[];
    note?: string | null;
    seat?: number | null;
    course?: number;
    taxCategoryId?: string | null;
    /** Basis points. */
    taxRate?: number;
    station?: string;
  }
>;
/** Only a line not yet sent to the kitchen is removed; a sent one is voided. */
export type ItemRemoved = DomainEvent<'ItemRemoved', { lineId: string }>;
export type LinesSent = DomainEvent<'LinesSent', { sendId: string; lineIds: string[] }>;
export type CoursesHeld = DomainEvent<'CoursesHeld', { courses: number[] }>;
export type CourseFired = DomainEvent<'CourseFired', { sendId: string; course: number; lineIds: string[] }>;
/** A sent line taken back: the approver is in the event's meta (approvedBy). */
export type ItemVoided = DomainEvent<'ItemVoided', { lineId: string; reason: string }>;
export type DiscountApplied = DomainEvent<
  'DiscountApplied',
  { discountId: string; lineId: string | null; kind: DiscountKind; value: number; reason: string }
>;
export type DiscountRemoved = DomainEvent<'DiscountRemoved', { discountId: string }>;
/** A kitchen ticket printed: `reprint` marks every print after the first, so the kitchen never cooks twice. */
export type KitchenTicketPrinted = DomainEvent<'KitchenTicketPrinted', { ticketId: string; reprint: boolean }>;
/**
 * `tendered` is what was handed over for the bill, `amount` what was applied
 * to it, `change` what went back (cash only), `tip` what was given on top.
 */
export type PaymentTaken = DomainEvent<
  'PaymentTaken',
  {
    paymentId: string;
    tender: Tender;
    tendered: number;
    amount: number;
    change: number;
    tip?: number;
    reference?: string | null;
    /** The shift the money went into (absent on events from before shifts). */
    shiftId?: string;
    /** The part of a split bill this pays. */
    partId?: string | null;
  }
>;
/** An order belongs to the shift it was closed in: its sales count in that shift's Z report. */
export type OrderClosed = DomainEvent<
  'OrderClosed',
  { receiptSeries: string; receiptNumber: number; total: number; paid: number; shiftId?: string }
>;

export type OrderEvent =
  | OrderOpened
  | OrderMoved
  | LinesMerged
  | OrderMerged
  | BillPrinted
  | BillSplit
  | SplitCleared
  | OrderRefunded
  | OrderReopened
  | ReceiptPrinted
  | ItemAdded
  | ItemRemoved
  | LinesSent
  | CoursesHeld
  | CourseFired
  | ItemVoided
  | DiscountApplied
  | DiscountRemoved
  | KitchenTicketPrinted
  | PaymentTaken
  | OrderClosed;

export const orderStream = (orderId: string): string => `order-${orderId}`;

/** A kitchen ticket is one send to one station. */
export const kitchenTicketId = (sendId: string, station: string): string => `${sendId}:${station}`;
/** A void ticket tells the station that cooked a line to stop. */
export const voidTicketId = (lineId: string): string => `void:${lineId}`;

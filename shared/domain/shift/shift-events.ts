import type { DomainEvent } from '../decider';

/** The Z report, computed by the core from the shift's orders and stored in the closing event: it never changes after. */
export interface ZReport {
  currency: string;
  orders: number;
  /** Goods sold, after discounts (tax inclusive when prices are). */
  net: number;
  tax: number;
  /** What the bills came to (tips come on top). */
  total: number;
  byCategory: { categoryId: string | null; name: string; qty: number; net: number }[];
  byTaxRate: { rate: number; base: number; tax: number }[];
  tenders: { tender: string; count: number; amount: number; tips: number }[];
  tips: number;
  discounts: { count: number; amount: number };
  voids: { orderId: string; lineId: string; name: string; amount: number; reason: string; staff: string | null; approvedBy: string | null }[];
  refunds: { count: number; amount: number };
  cash: { float: number; sales: number; paidIn: number; paidOut: number; refunds: number; expected: number; counted: number; variance: number };
  receipts: { first: number | null; last: number | null };
  /** The hash-chain head of this terminal when the shift closed: what an auditor checks the log against. */
  chainHead: string;
}

export type ShiftOpened = DomainEvent<'ShiftOpened', { shiftId: string; float: number }>;
export type CashPaidIn = DomainEvent<'CashPaidIn', { movementId: string; amount: number; reason: string }>;
export type CashPaidOut = DomainEvent<'CashPaidOut', { movementId: string; amount: number; reason: string }>;
/** The drawer opened with no sale: auditors ask about these. */
export type DrawerOpened = DomainEvent<'DrawerOpened', { reason: string }>;
export type ShiftClosed = DomainEvent<'ShiftClosed', { zNumber: number; counted: number; report: ZReport }>;

export type ShiftEvent = ShiftOpened | CashPaidIn | CashPaidOut | DrawerOpened | ShiftClosed;

export const shiftStream = (shiftId: string): string => `shift-${shiftId}`;

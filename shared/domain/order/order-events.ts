import type { DomainEvent } from '../decider';

export type Tender = 'cash';

export type OrderOpened = DomainEvent<'OrderOpened', { orderId: string; table: string | null; currency: string }>;
/** A line records the name, price and menu version it was sold at: later menu changes never alter it. */
export type ItemAdded = DomainEvent<
  'ItemAdded',
  { lineId: string; itemId: string; name: string; unitPrice: number; qty: number; menuVersion: number }
>;
export type ItemRemoved = DomainEvent<'ItemRemoved', { lineId: string }>;
/** `tendered` is what was handed over, `amount` what was applied to the bill, `change` what went back. */
export type PaymentTaken = DomainEvent<
  'PaymentTaken',
  { paymentId: string; tender: Tender; tendered: number; amount: number; change: number }
>;
export type OrderClosed = DomainEvent<
  'OrderClosed',
  { receiptSeries: string; receiptNumber: number; total: number; paid: number }
>;

export type OrderEvent = OrderOpened | ItemAdded | ItemRemoved | PaymentTaken | OrderClosed;

export const orderStream = (orderId: string): string => `order-${orderId}`;

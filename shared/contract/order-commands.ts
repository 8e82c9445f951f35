import { z } from 'zod';
import { Envelope, Id } from './command-envelope';
import { MAX_AMOUNT } from './limits';

export const OpenOrderSchema = z.strictObject({
  type: z.literal('OpenOrder'),
  ...Envelope,
  orderId: Id,
  table: z.string().max(40).optional(),
});
export const AddItemSchema = z.strictObject({
  type: z.literal('AddItem'),
  ...Envelope,
  orderId: Id,
  lineId: Id,
  itemId: Id,
  // Range checks on qty and amount live in the domain, so the refusal reads the same from every entry point.
  qty: z.int(),
});
export const RemoveItemSchema = z.strictObject({ type: z.literal('RemoveItem'), ...Envelope, orderId: Id, lineId: Id });
export const TakePaymentSchema = z.strictObject({
  type: z.literal('TakePayment'),
  ...Envelope,
  orderId: Id,
  paymentId: Id,
  tender: z.literal('cash'),
  amount: z.int().max(MAX_AMOUNT),
});
export const CloseOrderSchema = z.strictObject({ type: z.literal('CloseOrder'), ...Envelope, orderId: Id });

export const ORDER_COMMAND_SCHEMAS = [OpenOrderSchema, AddItemSchema, RemoveItemSchema, TakePaymentSchema, CloseOrderSchema] as const;

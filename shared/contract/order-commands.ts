import { z } from 'zod';
import { Envelope, Id } from './command-envelope';
import { MAX_AMOUNT } from './limits';

// Range checks on quantities, amounts, seats and courses live in the domain,
// so a refusal reads the same from every entry point; here only the types.
const Reason = z.string().max(200);

export const OpenOrderSchema = z.strictObject({
  type: z.literal('OpenOrder'),
  ...Envelope,
  orderId: Id,
  tableId: Id.optional(),
  table: z.string().max(40).optional(),
  covers: z.int().optional(),
});
export const MoveOrderSchema = z.strictObject({ type: z.literal('MoveOrder'), ...Envelope, orderId: Id, tableId: Id });
export const MergeOrdersSchema = z.strictObject({ type: z.literal('MergeOrders'), ...Envelope, orderId: Id, sourceOrderId: Id });
export const PrintBillSchema = z.strictObject({ type: z.literal('PrintBill'), ...Envelope, orderId: Id });
export const SplitBillSchema = z.strictObject({
  type: z.literal('SplitBill'),
  ...Envelope,
  orderId: Id,
  splitId: Id,
  mode: z.enum(['even', 'seats', 'lines']),
  parts: z.int().optional(),
  groups: z.array(z.array(Id).max(200)).max(20).optional(),
});
export const ClearSplitSchema = z.strictObject({ type: z.literal('ClearSplit'), ...Envelope, orderId: Id });
export const RefundOrderSchema = z.strictObject({
  type: z.literal('RefundOrder'),
  ...Envelope,
  orderId: Id,
  refundId: Id,
  lineIds: z.array(Id).max(200).optional(),
  tender: z.enum(['cash', 'card', 'voucher']),
  reason: Reason,
});
export const ReopenOrderSchema = z.strictObject({ type: z.literal('ReopenOrder'), ...Envelope, orderId: Id, reason: Reason });
export const PrintReceiptSchema = z.strictObject({ type: z.literal('PrintReceipt'), ...Envelope, orderId: Id });
export const AddItemSchema = z.strictObject({
  type: z.literal('AddItem'),
  ...Envelope,
  orderId: Id,
  lineId: Id,
  itemId: Id,
  qty: z.int(),
  modifiers: z
    .array(z.strictObject({ groupId: Id, optionIds: z.array(Id).max(50) }))
    .max(20)
    .optional(),
  note: z.string().max(200).optional(),
  seat: z.int().optional(),
  course: z.int().optional(),
});
export const RemoveItemSchema = z.strictObject({ type: z.literal('RemoveItem'), ...Envelope, orderId: Id, lineId: Id });
export const SendOrderSchema = z.strictObject({
  type: z.literal('SendOrder'),
  ...Envelope,
  orderId: Id,
  sendId: Id,
  holdCourses: z.array(z.int()).max(9).optional(),
});
export const FireCourseSchema = z.strictObject({ type: z.literal('FireCourse'), ...Envelope, orderId: Id, sendId: Id, course: z.int() });
export const VoidItemSchema = z.strictObject({ type: z.literal('VoidItem'), ...Envelope, orderId: Id, lineId: Id, reason: Reason });
export const ApplyDiscountSchema = z.strictObject({
  type: z.literal('ApplyDiscount'),
  ...Envelope,
  orderId: Id,
  discountId: Id,
  lineId: Id.optional(),
  kind: z.enum(['percent', 'amount']),
  value: z.int().max(MAX_AMOUNT),
  reason: Reason,
});
export const RemoveDiscountSchema = z.strictObject({ type: z.literal('RemoveDiscount'), ...Envelope, orderId: Id, discountId: Id });
export const PrintKitchenTicketSchema = z.strictObject({
  type: z.literal('PrintKitchenTicket'),
  ...Envelope,
  orderId: Id,
  ticketId: z.string().min(1).max(100),
});
export const TakePaymentSchema = z.strictObject({
  type: z.literal('TakePayment'),
  ...Envelope,
  orderId: Id,
  paymentId: Id,
  tender: z.enum(['cash', 'card', 'voucher']),
  amount: z.int().max(MAX_AMOUNT),
  tip: z.int().max(MAX_AMOUNT).optional(),
  reference: z.string().max(64).optional(),
  partId: z.string().min(1).max(20).optional(),
});
export const CloseOrderSchema = z.strictObject({ type: z.literal('CloseOrder'), ...Envelope, orderId: Id });

export const ORDER_COMMAND_SCHEMAS = [
  OpenOrderSchema,
  MoveOrderSchema,
  MergeOrdersSchema,
  PrintBillSchema,
  SplitBillSchema,
  ClearSplitSchema,
  RefundOrderSchema,
  ReopenOrderSchema,
  PrintReceiptSchema,
  AddItemSchema,
  RemoveItemSchema,
  SendOrderSchema,
  FireCourseSchema,
  VoidItemSchema,
  ApplyDiscountSchema,
  RemoveDiscountSchema,
  PrintKitchenTicketSchema,
  TakePaymentSchema,
  CloseOrderSchema,
] as const;

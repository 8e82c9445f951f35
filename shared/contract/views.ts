import { z } from 'zod';

/** Read models as the renderer sees them. Amounts are integer minor units. */
export const MenuViewSchema = z.object({
  currency: z.string(),
  version: z.int(),
  taxMode: z.enum(['inclusive', 'exclusive']),
  /** Basis points of a price above which a discount needs a manager. */
  discountApprovalAbove: z.int(),
  categories: z.array(z.object({ categoryId: z.string(), name: z.string(), position: z.int() })),
  items: z.array(
    z.object({
      itemId: z.string(),
      categoryId: z.string(),
      name: z.string(),
      price: z.int(),
      taxCategoryId: z.string().nullable(),
      station: z.string(),
      modifierGroupIds: z.array(z.string()),
      available: z.boolean(),
    }),
  ),
  taxCategories: z.array(z.object({ taxCategoryId: z.string(), name: z.string(), rate: z.int() })),
  modifierGroups: z.array(
    z.object({
      groupId: z.string(),
      name: z.string(),
      min: z.int(),
      max: z.int(),
      options: z.array(z.object({ optionId: z.string(), name: z.string(), priceDelta: z.int() })),
    }),
  ),
});
export type MenuView = z.infer<typeof MenuViewSchema>;

export const OrderLineViewSchema = z.object({
  lineId: z.string(),
  itemId: z.string(),
  name: z.string(),
  unitPrice: z.int(),
  qty: z.int(),
  modifiers: z.array(z.object({ groupId: z.string(), optionId: z.string(), name: z.string(), priceDelta: z.int() })),
  note: z.string().nullable(),
  seat: z.int().nullable(),
  course: z.int(),
  station: z.string(),
  /** new: not sent yet; held: not sent, its course held; sent: in the kitchen; voided. */
  status: z.enum(['new', 'held', 'sent', 'voided']),
  voidReason: z.string().nullable(),
  taxRate: z.int(),
  /** Before discounts. */
  gross: z.int(),
  discount: z.int(),
  /** What the line is charged. */
  total: z.int(),
  tax: z.int(),
});

export const OrderStatusSchema = z.enum(['open', 'closed', 'merged']);

export const OrderViewSchema = z.object({
  orderId: z.string(),
  status: OrderStatusSchema,
  table: z.string().nullable(),
  tableId: z.string().nullable(),
  covers: z.int().nullable(),
  billsPrinted: z.int(),
  receiptsPrinted: z.int(),
  mergedInto: z.string().nullable(),
  currency: z.string(),
  taxMode: z.enum(['inclusive', 'exclusive']),
  terminal: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  lines: z.array(OrderLineViewSchema),
  heldCourses: z.array(z.int()),
  discounts: z.array(
    z.object({ discountId: z.string(), lineId: z.string().nullable(), kind: z.enum(['percent', 'amount']), value: z.int(), reason: z.string() }),
  ),
  payments: z.array(
    z.object({
      paymentId: z.string(),
      tender: z.enum(['cash', 'card', 'voucher']),
      tendered: z.int(),
      amount: z.int(),
      change: z.int(),
      tip: z.int(),
      reference: z.string().nullable(),
      partId: z.string().nullable(),
    }),
  ),
  split: z
    .object({
      splitId: z.string(),
      mode: z.enum(['even', 'seats', 'lines']),
      parts: z.array(z.object({ partId: z.string(), label: z.string(), amount: z.int(), lineIds: z.array(z.string()), due: z.int() })),
    })
    .nullable(),
  refunds: z.array(
    z.object({ refundId: z.string(), lineIds: z.array(z.string()), amount: z.int(), tender: z.enum(['cash', 'card', 'voucher']), reason: z.string() }),
  ),
  subtotal: z.int(),
  discount: z.int(),
  taxes: z.array(z.object({ taxCategoryId: z.string().nullable(), rate: z.int(), base: z.int(), tax: z.int() })),
  tax: z.int(),
  /** The bill: what must be paid (tips come on top). */
  total: z.int(),
  paid: z.int(),
  due: z.int(),
  change: z.int(),
  tips: z.int(),
  receipt: z.object({ series: z.string(), number: z.int() }).nullable(),
  version: z.int(),
});
export type OrderView = z.infer<typeof OrderViewSchema>;

export const OrderSummarySchema = OrderViewSchema.pick({
  orderId: true,
  status: true,
  table: true,
  currency: true,
  openedAt: true,
  total: true,
  paid: true,
  due: true,
  closedAt: true,
  receipt: true,
}).extend({ lineCount: z.int() });
export type OrderSummary = z.infer<typeof OrderSummarySchema>;

export const KitchenTicketViewSchema = z.object({
  ticketId: z.string(),
  orderId: z.string(),
  station: z.string(),
  kind: z.enum(['order', 'void']),
  table: z.string().nullable(),
  createdAt: z.string(),
  lines: z.array(
    z.object({
      lineId: z.string(),
      name: z.string(),
      qty: z.int(),
      modifiers: z.array(z.string()),
      note: z.string().nullable(),
      seat: z.int().nullable(),
      course: z.int(),
      reason: z.string().optional(),
    }),
  ),
  printCount: z.int(),
  lastPrintedAt: z.string().nullable(),
});
export type KitchenTicketView = z.infer<typeof KitchenTicketViewSchema>;

export const EventViewSchema = z.object({
  id: z.string(),
  stream: z.string(),
  version: z.int(),
  position: z.int(),
  type: z.string(),
  schema: z.int(),
  data: z.unknown(),
  meta: z.object({
    terminal: z.string(),
    seq: z.int(),
    staff: z.string().optional(),
    approvedBy: z.string().optional(),
    at: z.string(),
    command: z.string(),
    causation: z.string().optional(),
    correlation: z.string().optional(),
  }),
  hash: z.string(),
});
export type EventView = z.infer<typeof EventViewSchema>;

export const TillInfoSchema = z.object({
  terminal: z.string(),
  position: z.int(),
  /** What opening the data folder found: a torn journal tail that was dropped, if any. */
  recovered: z.object({ droppedBytes: z.int(), reason: z.string().nullable() }),
});
export type TillInfo = z.infer<typeof TillInfoSchema>;

import { z } from 'zod';
import { MAX_AMOUNT, MAX_TEXT } from './limits';

/**
 * Every command the till accepts, as zod schemas. A command carries its own id
 * (a UUIDv7 made by the client): sending the same command twice applies it once.
 * `expectedVersion`, when given, is the stream version the sender saw; a
 * mismatch is a Concurrency error and nothing is written.
 */
const Id = z.uuid();
const Envelope = {
  commandId: Id,
  expectedVersion: z.int().min(0).optional(),
};
const Name = z.string().min(1).max(MAX_TEXT);
const Price = z.int().min(0).max(MAX_AMOUNT);

export const CreateMenuSchema = z.strictObject({ type: z.literal('CreateMenu'), ...Envelope, currency: z.string().regex(/^[A-Z]{3}$/) });
export const AddCategorySchema = z.strictObject({ type: z.literal('AddCategory'), ...Envelope, categoryId: Id, name: Name });
export const AddMenuItemSchema = z.strictObject({
  type: z.literal('AddMenuItem'),
  ...Envelope,
  itemId: Id,
  categoryId: Id,
  name: Name,
  price: Price,
});
export const ChangeItemPriceSchema = z.strictObject({ type: z.literal('ChangeItemPrice'), ...Envelope, itemId: Id, price: Price });

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

export const CommandSchema = z.discriminatedUnion('type', [
  CreateMenuSchema,
  AddCategorySchema,
  AddMenuItemSchema,
  ChangeItemPriceSchema,
  OpenOrderSchema,
  AddItemSchema,
  RemoveItemSchema,
  TakePaymentSchema,
  CloseOrderSchema,
]);

export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** What a command answers once its events are on disk. */
export const CommandResultSchema = z.object({
  commandId: Id,
  /** Global position of the last event written (or of the log, when the command decided nothing). */
  position: z.int(),
  events: z.array(z.object({ id: Id, stream: z.string(), version: z.int(), type: z.string() })),
  /** True when this command id had been applied before and this is its stored answer. */
  duplicate: z.boolean(),
});
export type CommandResult = z.infer<typeof CommandResultSchema>;

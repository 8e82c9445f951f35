import { z } from 'zod';
import { Envelope, Id, Name, Price } from './command-envelope';

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

export const MENU_COMMAND_SCHEMAS = [CreateMenuSchema, AddCategorySchema, AddMenuItemSchema, ChangeItemPriceSchema] as const;

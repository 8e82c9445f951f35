import { z } from 'zod';
import { MAX_AMOUNT } from './limits';
import { Envelope, Id, Name, Price } from './command-envelope';

const BasisPoints = z.int().min(0).max(10_000);
const Station = z.string().regex(/^[a-z][a-z0-9-]{0,23}$/);

export const CreateMenuSchema = z.strictObject({ type: z.literal('CreateMenu'), ...Envelope, currency: z.string().regex(/^[A-Z]{3}$/) });
export const AddCategorySchema = z.strictObject({ type: z.literal('AddCategory'), ...Envelope, categoryId: Id, name: Name });
export const AddMenuItemSchema = z.strictObject({
  type: z.literal('AddMenuItem'),
  ...Envelope,
  itemId: Id,
  categoryId: Id,
  name: Name,
  price: Price,
  taxCategoryId: Id.optional(),
  station: Station.optional(),
  modifierGroupIds: z.array(Id).max(20).optional(),
});
export const ChangeItemPriceSchema = z.strictObject({ type: z.literal('ChangeItemPrice'), ...Envelope, itemId: Id, price: Price });
export const SetItemAvailabilitySchema = z.strictObject({
  type: z.literal('SetItemAvailability'),
  ...Envelope,
  itemId: Id,
  available: z.boolean(),
});
export const DefineTaxCategorySchema = z.strictObject({
  type: z.literal('DefineTaxCategory'),
  ...Envelope,
  taxCategoryId: Id,
  name: Name,
  rate: BasisPoints,
});
export const DefineModifierGroupSchema = z.strictObject({
  type: z.literal('DefineModifierGroup'),
  ...Envelope,
  groupId: Id,
  name: Name,
  min: z.int().min(0).max(50),
  max: z.int().min(1).max(50),
  options: z
    .array(z.strictObject({ optionId: Id, name: Name, priceDelta: z.int().min(-MAX_AMOUNT).max(MAX_AMOUNT) }))
    .min(1)
    .max(50),
});
export const SetItemModifierGroupsSchema = z.strictObject({
  type: z.literal('SetItemModifierGroups'),
  ...Envelope,
  itemId: Id,
  modifierGroupIds: z.array(Id).max(20),
});
export const SetPricingPolicySchema = z.strictObject({
  type: z.literal('SetPricingPolicy'),
  ...Envelope,
  taxMode: z.enum(['inclusive', 'exclusive']),
  discountApprovalAbove: BasisPoints,
});

export const MENU_COMMAND_SCHEMAS = [
  CreateMenuSchema,
  AddCategorySchema,
  AddMenuItemSchema,
  ChangeItemPriceSchema,
  SetItemAvailabilitySchema,
  DefineTaxCategorySchema,
  DefineModifierGroupSchema,
  SetItemModifierGroupsSchema,
  SetPricingPolicySchema,
] as const;

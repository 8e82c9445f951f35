import type { ModifierOption, TaxMode } from './menu-events';

export type CreateMenu = { type: 'CreateMenu'; currency: string };
export type AddCategory = { type: 'AddCategory'; categoryId: string; name: string };
export type AddMenuItem = {
  type: 'AddMenuItem';
  itemId: string;
  categoryId: string;
  name: string;
  price: number;
  taxCategoryId?: string | undefined;
  station?: string | undefined;
  modifierGroupIds?: string[] | undefined;
};
export type ChangeItemPrice = { type: 'ChangeItemPrice'; itemId: string; price: number };
export type SetItemAvailability = { type: 'SetItemAvailability'; itemId: string; available: boolean };
export type DefineTaxCategory = { type: 'DefineTaxCategory'; taxCategoryId: string; name: string; rate: number };
export type DefineModifierGroup = {
  type: 'DefineModifierGroup';
  groupId: string;
  name: string;
  min: number;
  max: number;
  options: ModifierOption[];
};
export type SetItemModifierGroups = { type: 'SetItemModifierGroups'; itemId: string; modifierGroupIds: string[] };
export type SetPricingPolicy = { type: 'SetPricingPolicy'; taxMode: TaxMode; discountApprovalAbove: number };

export type MenuCommand =
  | CreateMenu
  | AddCategory
  | AddMenuItem
  | ChangeItemPrice
  | SetItemAvailability
  | DefineTaxCategory
  | DefineModifierGroup
  | SetItemModifierGroups
  | SetPricingPolicy;

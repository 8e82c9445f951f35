import type { DomainEvent } from '../decider';

export type TaxMode = 'inclusive' | 'exclusive';

export interface ModifierOption {
  optionId: string;
  name: string;
  /** Added to the item's price for each unit, minor units (may be negative, e.g. "no cheese"). */
  priceDelta: number;
}

export type MenuCreated = DomainEvent<'MenuCreated', { currency: string }>;
export type CategoryAdded = DomainEvent<'CategoryAdded', { categoryId: string; name: string }>;
/**
 * Fields after `price` came with the restaurant features; events written
 * before them lack those fields, and evolve gives them their defaults.
 */
export type MenuItemAdded = DomainEvent<
  'MenuItemAdded',
  {
    itemId: string;
    categoryId: string;
    name: string;
    price: number;
    taxCategoryId?: string | null;
    /** Where its kitchen ticket goes ("kitchen", "bar", ...). */
    station?: string;
    modifierGroupIds?: string[];
  }
>;
export type MenuItemPriceChanged = DomainEvent<'MenuItemPriceChanged', { itemId: string; price: number; previous: number }>;
/** "86": an item runs out, and later comes back. */
export type ItemAvailabilityChanged = DomainEvent<'ItemAvailabilityChanged', { itemId: string; available: boolean }>;
/** A tax rate in basis points (825 = 8.25 %); defined again to change the rate for sales from then on. */
export type TaxCategoryDefined = DomainEvent<'TaxCategoryDefined', { taxCategoryId: string; name: string; rate: number }>;
export type ModifierGroupDefined = DomainEvent<
  'ModifierGroupDefined',
  { groupId: string; name: string; min: number; max: number; options: ModifierOption[] }
>;
export type ItemModifierGroupsSet = DomainEvent<'ItemModifierGroupsSet', { itemId: string; modifierGroupIds: string[] }>;
/** How prices are taxed, and the largest discount a server may give without a manager (basis points of the price). */
export type PricingPolicySet = DomainEvent<'PricingPolicySet', { taxMode: TaxMode; discountApprovalAbove: number }>;

export type MenuEvent =
  | MenuCreated
  | CategoryAdded
  | MenuItemAdded
  | MenuItemPriceChanged
  | ItemAvailabilityChanged
  | TaxCategoryDefined
  | ModifierGroupDefined
  | ItemModifierGroupsSet
  | PricingPolicySet;

export const MENU_STREAM = 'menu';

import type { DomainEvent } from '../decider';

export type MenuCreated = DomainEvent<'MenuCreated', { currency: string }>;
export type CategoryAdded = DomainEvent<'CategoryAdded', { categoryId: string; name: string }>;
export type MenuItemAdded = DomainEvent<
  'MenuItemAdded',
  { itemId: string; categoryId: string; name: string; price: number }
>;
export type MenuItemPriceChanged = DomainEvent<'MenuItemPriceChanged', { itemId: string; price: number; previous: number }>;

export type MenuEvent = MenuCreated | CategoryAdded | MenuItemAdded | MenuItemPriceChanged;
export const MENU_STREAM = 'menu';

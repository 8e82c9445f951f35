import type { MenuEvent } from './menu-events';
import { assertNever } from '../decider';

export interface MenuItem {
  itemId: string;
  categoryId: string;
  name: string;
  /** Minor units of the menu's currency. */
  price: number;
}

export interface MenuState {
  created: boolean;
  currency: string;
  /** Events folded so far: the menu version an order line records. */
  version: number;
  categories: Record<string, { categoryId: string; name: string }>;
  items: Record<string, MenuItem>;
}

export const initialMenuState = (): MenuState => ({ created: false, currency: '', version: 0, categories: {}, items: {} });

export function evolveMenu(state: MenuState, event: MenuEvent): MenuState {
  const version = state.version + 1;
  switch (event.type) {
    case 'MenuCreated':
      return { ...state, version, created: true, currency: event.data.currency };
    case 'CategoryAdded':
      return { ...state, version, categories: { ...state.categories, [event.data.categoryId]: { ...event.data } } };
    case 'MenuItemAdded':
      return { ...state, version, items: { ...state.items, [event.data.itemId]: { ...event.data } } };
    case 'MenuItemPriceChanged': {
      const item = state.items[event.data.itemId];
      if (!item) return { ...state, version };
      return { ...state, version, items: { ...state.items, [item.itemId]: { ...item, price: event.data.price } } };
    }
    default:
      return assertNever(event);
  }
}

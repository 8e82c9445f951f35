import { assertNever } from '../decider';
import type { MenuEvent, ModifierOption, TaxMode } from './menu-events';

export interface MenuItem {
  itemId: string;
  categoryId: string;
  name: string;
  /** Minor units of the menu's currency. */
  price: number;
  taxCategoryId: string | null;
  station: string;
  modifierGroupIds: string[];
  available: boolean;
}

export interface ModifierGroup {
  groupId: string;
  name: string;
  min: number;
  max: number;
  options: ModifierOption[];
}

export interface MenuState {
  created: boolean;
  currency: string;
  /** Events folded so far: the menu version an order line records. */
  version: number;
  categories: Record<string, { categoryId: string; name: string }>;
  items: Record<string, MenuItem>;
  taxCategories: Record<string, { taxCategoryId: string; name: string; rate: number }>;
  modifierGroups: Record<string, ModifierGroup>;
  policy: { taxMode: TaxMode; discountApprovalAbove: number };
}

export const DEFAULT_STATION = 'kitchen';
/** Until a policy is set: prices exclude tax, and any discount above 10 % needs a manager. */
export const DEFAULT_POLICY: MenuState['policy'] = { taxMode: 'exclusive', discountApprovalAbove: 1000 };

export const initialMenuState = (): MenuState => ({
  created: false,
  currency: '',
  version: 0,
  categories: {},
  items: {},
  taxCategories: {},
  modifierGroups: {},
  policy: DEFAULT_POLICY,
});

function withItem(state: MenuState, itemId: string, change: (item: MenuItem) => MenuItem): Record<string, MenuItem> {
  const item = state.items[itemId];
  return item ? { ...state.items, [itemId]: change(item) } : state.items;
}

export function evolveMenu(state: MenuState, event: MenuEvent): MenuState {
  const s = { ...state, version: state.version + 1 };
  switch (event.type) {
    case 'MenuCreated':
      return { ...s, created: true, currency: event.data.currency };
    case 'CategoryAdded':
      return { ...s, categories: { ...s.categories, [event.data.categoryId]: { ...event.data } } };
    case 'MenuItemAdded': {
      const d = event.data;
      const item: MenuItem = {
        itemId: d.itemId,
        categoryId: d.categoryId,
        name: d.name,
        price: d.price,
        taxCategoryId: d.taxCategoryId ?? null,
        station: d.station ?? DEFAULT_STATION,
        modifierGroupIds: d.modifierGroupIds ?? [],
        available: true,
      };
      return { ...s, items: { ...s.items, [item.itemId]: item } };
    }
    case 'MenuItemPriceChanged':
      return { ...s, items: withItem(s, event.data.itemId, (i) => ({ ...i, price: event.data.price })) };
    case 'ItemAvailabilityChanged':
      return { ...s, items: withItem(s, event.data.itemId, (i) => ({ ...i, available: event.data.available })) };
    case 'TaxCategoryDefined':
      return { ...s, taxCategories: { ...s.taxCategories, [event.data.taxCategoryId]: { ...event.data } } };
    case 'ModifierGroupDefined':
      return { ...s, modifierGroups: { ...s.modifierGroups, [event.data.groupId]: { ...event.data } } };
    case 'ItemModifierGroupsSet':
      return { ...s, items: withItem(s, event.data.itemId, (i) => ({ ...i, modifierGroupIds: [...event.data.modifierGroupIds] })) };
    case 'PricingPolicySet':
      return { ...s, policy: { ...event.data } };
    default:
      return assertNever(event);
  }
}

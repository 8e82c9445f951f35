import { DocketError } from '../../kernel/errors';
import { assertNever } from '../decider';
import type { MenuCommand } from './menu-commands';
import type { MenuEvent } from './menu-events';
import type { MenuState } from './menu-state';

const CURRENCY_RE = /^[A-Z]{3}$/;

function requireName(name: string, what: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 80) {
    throw new DocketError('Validation', `${what} needs a name of 1 to 80 characters`);
  }
  return trimmed;
}

function requirePrice(price: number): number {
  if (!Number.isSafeInteger(price) || price < 0) {
    throw new DocketError('Validation', 'a price must be zero or more whole minor units', { price });
  }
  return price;
}

function requireMenu(state: MenuState): void {
  if (!state.created) throw new DocketError('IllegalState', 'the menu has not been created yet');
}

export function decideMenu(command: MenuCommand, state: MenuState): MenuEvent[] {
  switch (command.type) {
    case 'CreateMenu':
      if (state.created) throw new DocketError('IllegalState', 'the menu already exists');
      if (!CURRENCY_RE.test(command.currency)) {
        throw new DocketError('Validation', 'a currency is a three-letter ISO 4217 code');
      }
      return [{ type: 'MenuCreated', data: { currency: command.currency } }];
    case 'AddCategory':
      requireMenu(state);
      if (state.categories[command.categoryId]) {
        throw new DocketError('IllegalState', 'that category already exists');
      }
      return [{ type: 'CategoryAdded', data: { categoryId: command.categoryId, name: requireName(command.name, 'a category') } }];
    case 'AddMenuItem':
      requireMenu(state);
      if (!state.categories[command.categoryId]) throw new DocketError('NotFound', 'no such category');
      if (state.items[command.itemId]) throw new DocketError('IllegalState', 'that item already exists');
      return [
        {
          type: 'MenuItemAdded',
          data: {
            itemId: command.itemId,
            categoryId: command.categoryId,
            name: requireName(command.name, 'an item'),
            price: requirePrice(command.price),
          },
        },
      ];
    case 'ChangeItemPrice': {
      requireMenu(state);
      const item = state.items[command.itemId];
      if (!item) throw new DocketError('NotFound', 'no such menu item');
      const price = requirePrice(command.price);
      if (price === item.price) return [];
      return [{ type: 'MenuItemPriceChanged', data: { itemId: item.itemId, price, previous: item.price } }];
    }
    default:
      return assertNever(command);
  }
}

import { DocketError } from '../../kernel/errors';
import { assertNever, type CommandContext } from '../decider';
import type { MenuCommand } from './menu-commands';
import type { MenuEvent, ModifierOption } from './menu-events';
import type { MenuState } from './menu-state';

const CURRENCY_RE = /^[A-Z]{3}$/;
const STATION_RE = /^[a-z][a-z0-9-]{0,23}$/;
/** 100 % in basis points: a tax rate or a discount threshold above this is a typo. */
const FULL_BP = 10_000;

function requireName(name: string, what: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 80) {
    throw new DocketError('Validation', `${what} needs a name of 1 to 80 characters`);
  }
  return trimmed;
}

function requireMinor(amount: number, what: string, min = 0): number {
  if (!Number.isSafeInteger(amount) || amount < min) {
    throw new DocketError('Validation', `${what} must be ${min < 0 ? 'a' : 'zero or more'} whole minor units`, { amount });
  }
  return amount;
}

function requireBasisPoints(bp: number, what: string): number {
  if (!Number.isSafeInteger(bp) || bp < 0 || bp > FULL_BP) {
    throw new DocketError('Validation', `${what} is a whole number of basis points from 0 to ${FULL_BP} (100 %)`, { bp });
  }
  return bp;
}

function requireMenu(state: MenuState): void {
  if (!state.created) throw new DocketError('IllegalState', 'the menu has not been created yet');
}

function requireItem(state: MenuState, itemId: string) {
  const item = state.items[itemId];
  if (!item) throw new DocketError('NotFound', 'no such menu item');
  return item;
}

function requireGroups(state: MenuState, ids: readonly string[]): string[] {
  if (new Set(ids).size !== ids.length) throw new DocketError('Validation', 'a modifier group is listed twice');
  for (const id of ids) if (!state.modifierGroups[id]) throw new DocketError('NotFound', 'no such modifier group');
  return [...ids];
}

function requireOptions(options: readonly ModifierOption[]): ModifierOption[] {
  if (options.length === 0) throw new DocketError('Validation', 'a modifier group needs at least one option');
  if (new Set(options.map((o) => o.optionId)).size !== options.length) {
    throw new DocketError('Validation', 'two options share an id');
  }
  return options.map((o) => ({
    optionId: o.optionId,
    name: requireName(o.name, 'an option'),
    priceDelta: requireMinor(o.priceDelta, 'a price change', -1e10),
  }));
}

/** Menu changes are a manager's; a system command (the demo seed, an import) has no staff and may make them. */
function requireManager(ctx: CommandContext): void {
  if (ctx.staff && ctx.staff.role !== 'manager') {
    throw new DocketError('Unauthorized', 'only a manager may change the menu');
  }
}

export function decideMenu(command: MenuCommand, state: MenuState, ctx: CommandContext): MenuEvent[] {
  requireManager(ctx);
  if (command.type !== 'CreateMenu') requireMenu(state);
  switch (command.type) {
    case 'CreateMenu':
      if (state.created) throw new DocketError('IllegalState', 'the menu already exists');
      if (!CURRENCY_RE.test(command.currency)) throw new DocketError('Validation', 'a currency is a three-letter ISO 4217 code');
      return [{ type: 'MenuCreated', data: { currency: command.currency } }];
    case 'AddCategory':
      if (state.categories[command.categoryId]) throw new DocketError('IllegalState', 'that category already exists');
      return [{ type: 'CategoryAdded', data: { categoryId: command.categoryId, name: requireName(command.name, 'a category') } }];
    case 'AddMenuItem': {
      if (!state.categories[command.categoryId]) throw new DocketError('NotFound', 'no such category');
      if (state.items[command.itemId]) throw new DocketError('IllegalState', 'that item already exists');
      if (command.taxCategoryId !== undefined && !state.taxCategories[command.taxCategoryId]) {
        throw new DocketError('NotFound', 'no such tax category');
      }
      const station = command.station ?? 'kitchen';
      if (!STATION_RE.test(station)) throw new DocketError('Validation', 'a station is a short lower-case name like "kitchen" or "bar"');
      return [
        {
          type: 'MenuItemAdded',
          data: {
            itemId: command.itemId,
            categoryId: command.categoryId,
            name: requireName(command.name, 'an item'),
            price: requireMinor(command.price, 'a price'),
            taxCategoryId: command.taxCategoryId ?? null,
            station,
            modifierGroupIds: requireGroups(state, command.modifierGroupIds ?? []),
          },
        },
      ];
    }
    case 'ChangeItemPrice': {
      const item = requireItem(state, command.itemId);
      const price = requireMinor(command.price, 'a price');
      if (price === item.price) return [];
      return [{ type: 'MenuItemPriceChanged', data: { itemId: item.itemId, price, previous: item.price } }];
    }
    case 'SetItemAvailability': {
      const item = requireItem(state, command.itemId);
      if (item.available === command.available) return [];
      return [{ type: 'ItemAvailabilityChanged', data: { itemId: item.itemId, available: command.available } }];
    }
    case 'DefineTaxCategory':
      return [
        {
          type: 'TaxCategoryDefined',
          data: {
            taxCategoryId: command.taxCategoryId,
            name: requireName(command.name, 'a tax category'),
            rate: requireBasisPoints(command.rate, 'a tax rate'),
          },
        },
      ];
    case 'DefineModifierGroup': {
      const options = requireOptions(command.options);
      const { min, max } = command;
      if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min < 0 || max < Math.max(1, min) || max > options.length) {
        throw new DocketError('Validation', 'choices must satisfy 0 ≤ min ≤ max, 1 ≤ max ≤ the number of options', { min, max });
      }
      return [{ type: 'ModifierGroupDefined', data: { groupId: command.groupId, name: requireName(command.name, 'a modifier group'), min, max, options } }];
    }
    case 'SetItemModifierGroups': {
      const item = requireItem(state, command.itemId);
      return [{ type: 'ItemModifierGroupsSet', data: { itemId: item.itemId, modifierGroupIds: requireGroups(state, command.modifierGroupIds) } }];
    }
    case 'SetPricingPolicy':
      if (command.taxMode !== 'inclusive' && command.taxMode !== 'exclusive') {
        throw new DocketError('Validation', 'prices are tax "inclusive" or "exclusive"');
      }
      return [
        {
          type: 'PricingPolicySet',
          data: { taxMode: command.taxMode, discountApprovalAbove: requireBasisPoints(command.discountApprovalAbove, 'a discount threshold') },
        },
      ];
    default:
      return assertNever(command);
  }
}

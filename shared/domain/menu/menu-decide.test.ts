import { describe, expect, it } from 'vitest';
import { fold, type CommandContext } from '../decider';
import type { MenuCommand } from './menu-commands';
import { decideMenu } from './menu-decide';
import type { MenuEvent } from './menu-events';
import { evolveMenu, initialMenuState } from './menu-state';

const CAT = '01900000-0000-7000-8001-000000000001';
const ITEM = '01900000-0000-7000-8002-000000000001';
const TAX = '01900000-0000-7000-8006-000000000001';
const GROUP = '01900000-0000-7000-8007-000000000001';
const OPT = (n: number) => `01900000-0000-7000-8008-00000000000${n}`;

const manager: CommandContext = { now: '2026-11-28T12:00:00.000Z', terminal: 'T1', staff: { staffId: 'ana', role: 'manager' } };
const server: CommandContext = { ...manager, staff: { staffId: 'ben', role: 'server' } };
const system: CommandContext = { now: manager.now, terminal: 'T1' };

const created: MenuEvent[] = [
  { type: 'MenuCreated', data: { currency: 'USD' } },
  { type: 'CategoryAdded', data: { categoryId: CAT, name: 'Pizza' } },
];
const taxDefined: MenuEvent = { type: 'TaxCategoryDefined', data: { taxCategoryId: TAX, name: 'Food', rate: 825 } };
const groupDefined: MenuEvent = {
  type: 'ModifierGroupDefined',
  data: {
    groupId: GROUP,
    name: 'Extras',
    min: 0,
    max: 2,
    options: [
      { optionId: OPT(1), name: 'Cheese', priceDelta: 150 },
      { optionId: OPT(2), name: 'No onion', priceDelta: 0 },
    ],
  },
};
const itemAdded: MenuEvent = { type: 'MenuItemAdded', data: { itemId: ITEM, categoryId: CAT, name: 'M', price: 1150 } };
const state = (events: MenuEvent[]) => fold(evolveMenu, initialMenuState(), events);

function given(events: MenuEvent[]) {
  return {
    when: (command: MenuCommand, ctx: CommandContext = manager) => ({
      then: (expected: MenuEvent[]) => expect(decideMenu(command, state(events), ctx)).toEqual(expected),
      thenError: (code: string) => expect(() => decideMenu(command, state(events), ctx)).toThrow(expect.objectContaining({ code })),
    }),
  };
}

describe('menu decide', () => {
  it('creates a menu once, in a valid currency', () => {
    given([]).when({ type: 'CreateMenu', currency: 'USD' }).then([{ type: 'MenuCreated', data: { currency: 'USD' } }]);
    given(created).when({ type: 'CreateMenu', currency: 'USD' }).thenError('IllegalState');
    given([]).when({ type: 'CreateMenu', currency: 'usd' }).thenError('Validation');
  });

  it('lets managers and system commands change the menu, and refuses servers', () => {
    given([]).when({ type: 'CreateMenu', currency: 'USD' }, system).then([{ type: 'MenuCreated', data: { currency: 'USD' } }]);
    given(created).when({ type: 'ChangeItemPrice', itemId: ITEM, price: 1 }, server).thenError('Unauthorized');
  });

  it('adds items with tax category, station and modifier groups, defaulting the rest', () => {
    const add = { type: 'AddMenuItem' as const, itemId: ITEM, categoryId: CAT, name: ' Margherita ', price: 1150 };
    given(created)
      .when(add)
      .then([
        {
          type: 'MenuItemAdded',
          data: { itemId: ITEM, categoryId: CAT, name: 'Margherita', price: 1150, taxCategoryId: null, station: 'kitchen', modifierGroupIds: [] },
        },
      ]);
    given([...created, taxDefined, groupDefined])
      .when({ ...add, taxCategoryId: TAX, station: 'bar', modifierGroupIds: [GROUP] })
      .then([
        {
          type: 'MenuItemAdded',
          data: { itemId: ITEM, categoryId: CAT, name: 'Margherita', price: 1150, taxCategoryId: TAX, station: 'bar', modifierGroupIds: [GROUP] },
        },
      ]);
    given(created).when({ ...add, taxCategoryId: TAX }).thenError('NotFound');
    given(created).when({ ...add, modifierGroupIds: [GROUP] }).thenError('NotFound');
    given(created).when({ ...add, station: 'Front Bar!' }).thenError('Validation');
    given(created).when({ ...add, categoryId: ITEM }).thenError('NotFound');
    given(created).when({ ...add, price: -1 }).thenError('Validation');
    given(created).when({ ...add, price: 1.5 }).thenError('Validation');
    given(created).when({ ...add, name: '  ' }).thenError('Validation');
    given([]).when(add).thenError('IllegalState');
  });

  it('changes a price, recording the previous one, and does nothing when it is unchanged', () => {
    given([...created, itemAdded])
      .when({ type: 'ChangeItemPrice', itemId: ITEM, price: 1200 })
      .then([{ type: 'MenuItemPriceChanged', data: { itemId: ITEM, price: 1200, previous: 1150 } }]);
    given([...created, itemAdded]).when({ type: 'ChangeItemPrice', itemId: ITEM, price: 1150 }).then([]);
    given([...created, itemAdded]).when({ type: 'ChangeItemPrice', itemId: CAT, price: 1 }).thenError('NotFound');
  });

  it('86es an item and brings it back, once each', () => {
    const out: MenuEvent = { type: 'ItemAvailabilityChanged', data: { itemId: ITEM, available: false } };
    given([...created, itemAdded]).when({ type: 'SetItemAvailability', itemId: ITEM, available: false }).then([out]);
    given([...created, itemAdded, out]).when({ type: 'SetItemAvailability', itemId: ITEM, available: false }).then([]);
    given([...created, itemAdded, out])
      .when({ type: 'SetItemAvailability', itemId: ITEM, available: true })
      .then([{ type: 'ItemAvailabilityChanged', data: { itemId: ITEM, available: true } }]);
  });

  it('defines tax categories in basis points', () => {
    given(created).when({ type: 'DefineTaxCategory', taxCategoryId: TAX, name: 'Food', rate: 825 }).then([taxDefined]);
    given(created).when({ type: 'DefineTaxCategory', taxCategoryId: TAX, name: 'Food', rate: 10_001 }).thenError('Validation');
    given(created).when({ type: 'DefineTaxCategory', taxCategoryId: TAX, name: 'Food', rate: 8.25 }).thenError('Validation');
  });

  it('defines modifier groups with consistent choice limits', () => {
    const define = { type: 'DefineModifierGroup' as const, groupId: GROUP, name: 'Extras', min: 0, max: 2, options: groupDefined.data.options };
    given(created).when(define).then([groupDefined]);
    given(created).when({ ...define, min: 3 }).thenError('Validation');
    given(created).when({ ...define, max: 3 }).thenError('Validation');
    given(created).when({ ...define, options: [] }).thenError('Validation');
    given(created).when({ ...define, options: [groupDefined.data.options[0]!, groupDefined.data.options[0]!] }).thenError('Validation');
  });

  it('sets the pricing policy', () => {
    given(created)
      .when({ type: 'SetPricingPolicy', taxMode: 'inclusive', discountApprovalAbove: 1500 })
      .then([{ type: 'PricingPolicySet', data: { taxMode: 'inclusive', discountApprovalAbove: 1500 } }]);
    given(created).when({ type: 'SetPricingPolicy', taxMode: 'both' as never, discountApprovalAbove: 1500 }).thenError('Validation');
  });
});

import { describe, expect, it } from 'vitest';
import { fold } from '../decider';
import { decideMenu } from './menu-decide';
import type { MenuEvent } from './menu-events';
import { evolveMenu, initialMenuState } from './menu-state';

const CAT = '01900000-0000-7000-8001-000000000001';
const ITEM = '01900000-0000-7000-8002-000000000001';
const created: MenuEvent[] = [
  { type: 'MenuCreated', data: { currency: 'USD' } },
  { type: 'CategoryAdded', data: { categoryId: CAT, name: 'Pizza' } },
];
const state = (events: MenuEvent[]) => fold(evolveMenu, initialMenuState(), events);

describe('menu decide', () => {
  it('creates a menu once, in a valid currency', () => {
    expect(decideMenu({ type: 'CreateMenu', currency: 'USD' }, state([]))).toEqual([{ type: 'MenuCreated', data: { currency: 'USD' } }]);
    expect(() => decideMenu({ type: 'CreateMenu', currency: 'USD' }, state(created))).toThrow(expect.objectContaining({ code: 'IllegalState' }));
    expect(() => decideMenu({ type: 'CreateMenu', currency: 'usd' }, state([]))).toThrow(expect.objectContaining({ code: 'Validation' }));
  });

  it('adds items to existing categories with a valid price', () => {
    const add = { type: 'AddMenuItem' as const, itemId: ITEM, categoryId: CAT, name: ' Margherita ', price: 1150 };
    expect(decideMenu(add, state(created))).toEqual([
      { type: 'MenuItemAdded', data: { itemId: ITEM, categoryId: CAT, name: 'Margherita', price: 1150 } },
    ]);
    expect(() => decideMenu({ ...add, categoryId: ITEM }, state(created))).toThrow(expect.objectContaining({ code: 'NotFound' }));
    expect(() => decideMenu({ ...add, price: -1 }, state(created))).toThrow(expect.objectContaining({ code: 'Validation' }));
    expect(() => decideMenu({ ...add, price: 1.5 }, state(created))).toThrow(expect.objectContaining({ code: 'Validation' }));
    expect(() => decideMenu({ ...add, name: '  ' }, state(created))).toThrow(expect.objectContaining({ code: 'Validation' }));
    expect(() => decideMenu(add, state([]))).toThrow(expect.objectContaining({ code: 'IllegalState' }));
  });

  it('changes a price, recording the previous one, and does nothing when it is unchanged', () => {
    const withItem = state([...created, { type: 'MenuItemAdded', data: { itemId: ITEM, categoryId: CAT, name: 'M', price: 1150 } }]);
    expect(decideMenu({ type: 'ChangeItemPrice', itemId: ITEM, price: 1200 }, withItem)).toEqual([
      { type: 'MenuItemPriceChanged', data: { itemId: ITEM, price: 1200, previous: 1150 } },
    ]);
    expect(decideMenu({ type: 'ChangeItemPrice', itemId: ITEM, price: 1150 }, withItem)).toEqual([]);
    expect(() => decideMenu({ type: 'ChangeItemPrice', itemId: CAT, price: 1 }, withItem)).toThrow(expect.objectContaining({ code: 'NotFound' }));
  });
});

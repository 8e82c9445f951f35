import { expect } from 'vitest';
import { fold, type CommandContext } from '../decider';
import { evolveFloor, initialFloorState, type FloorEvent } from '../floor';
import { evolveMenu, initialMenuState, type MenuEvent } from '../menu';
import type { OrderCommand } from './order-commands';
import { decideOrder, type OrderContext } from './order-decide';
import type { ItemAdded, OrderEvent } from './order-events';
import { evolveOrder, initialOrderState } from './order-state';

/** Fixed ids and a small menu for the order domain tests (given events / when command / then events). */
export const id = (kind: number, n: number): string => `01900000-0000-7000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;
export const ORDER = id(3, 1);
export const LINE = id(4, 1);
export const LINE2 = id(4, 2);
export const PAY = id(5, 1);
export const CAT = id(1, 1);
export const PIZZA = id(2, 1);
export const COLA = id(2, 2);
export const STEAK = id(2, 3);
export const FOOD_TAX = id(6, 1);
export const DRINK_TAX = id(6, 2);
export const DONENESS = id(7, 1);
export const SIDES = id(7, 2);
export const opt = (n: number): string => id(8, n);
export const SHIFT = id(11, 1);
export const TABLE = id(12, 1);
export const TABLE2 = id(12, 2);
const floor = fold(evolveFloor, initialFloorState(), [
  { type: 'TableAdded', data: { tableId: TABLE, name: '4', seats: 4, area: 'Main' } },
  { type: 'TableAdded', data: { tableId: TABLE2, name: '12', seats: 6, area: 'Terrace' } },
] satisfies FloorEvent[]);

export const menuEvents: MenuEvent[] = [
  { type: 'MenuCreated', data: { currency: 'USD' } },
  { type: 'CategoryAdded', data: { categoryId: CAT, name: 'Food' } },
  { type: 'TaxCategoryDefined', data: { taxCategoryId: FOOD_TAX, name: 'Food', rate: 825 } },
  { type: 'TaxCategoryDefined', data: { taxCategoryId: DRINK_TAX, name: 'Drinks', rate: 2000 } },
  {
    type: 'ModifierGroupDefined',
    data: {
      groupId: DONENESS,
      name: 'Doneness',
      min: 1,
      max: 1,
      options: [
        { optionId: opt(1), name: 'Rare', priceDelta: 0 },
        { optionId: opt(2), name: 'Medium', priceDelta: 0 },
      ],
    },
  },
  {
    type: 'ModifierGroupDefined',
    data: {
      groupId: SIDES,
      name: 'Sides',
      min: 0,
      max: 2,
      options: [
        { optionId: opt(3), name: 'Fries', priceDelta: 350 },
        { optionId: opt(4), name: 'Salad', priceDelta: 400 },
      ],
    },
  },
  { type: 'MenuItemAdded', data: { itemId: PIZZA, categoryId: CAT, name: 'Pizza', price: 1150 } },
  { type: 'MenuItemAdded', data: { itemId: COLA, categoryId: CAT, name: 'Cola', price: 300, taxCategoryId: DRINK_TAX, station: 'bar' } },
  {
    type: 'MenuItemAdded',
    data: { itemId: STEAK, categoryId: CAT, name: 'Steak', price: 2400, taxCategoryId: FOOD_TAX, modifierGroupIds: [DONENESS, SIDES] },
  },
];

const server: CommandContext = { now: '2026-11-28T12:00:00.000Z', terminal: 'T1', staff: { staffId: 'ben', role: 'server' } };
export const manager: Pick<CommandContext, 'staff'> = { staff: { staffId: 'ana', role: 'manager' } };

export function context(extra: Partial<OrderContext> = {}, menu: MenuEvent[] = menuEvents): OrderContext {
  return { ...server, menu: fold(evolveMenu, initialMenuState(), menu), floor, nextReceipt: { series: 'T1', number: 7 }, shiftId: SHIFT, ...extra };
}

export const opened: OrderEvent = {
  type: 'OrderOpened',
  data: { orderId: ORDER, table: '4', currency: 'USD', covers: 2, taxMode: 'exclusive', tableId: TABLE },
};
export const pizzaAdded: ItemAdded = {
  type: 'ItemAdded',
  data: {
    lineId: LINE,
    itemId: PIZZA,
    name: 'Pizza',
    unitPrice: 1150,
    qty: 2,
    menuVersion: 9,
    categoryId: CAT,
    modifiers: [],
    note: null,
    seat: null,
    course: 1,
    taxCategoryId: null,
    taxRate: 0,
    station: 'kitchen',
  },
};
export const sent = (lineIds: string[], n = 1): OrderEvent => ({ type: 'LinesSent', data: { sendId: id(9, n), lineIds } });
export const paidInFull: OrderEvent = {
  type: 'PaymentTaken',
  data: { paymentId: PAY, tender: 'cash', tendered: 2300, amount: 2300, change: 0, tip: 0, reference: null, shiftId: SHIFT, partId: null },
};

export const stateOf = (events: OrderEvent[]) => fold(evolveOrder, initialOrderState(), events);

/** given events / when command / then events (or an error code). */
export function given(events: OrderEvent[], ctx: OrderContext = context()) {
  const state = stateOf(events);
  return {
    when: (command: OrderCommand) => ({
      then: (expected: OrderEvent[]) => expect(decideOrder(command, state, ctx)).toEqual(expected),
      thenError: (code: string, message?: RegExp) => {
        let thrown: unknown;
        try {
          decideOrder(command, state, ctx);
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toMatchObject({ code });
        if (message) expect((thrown as Error).message).toMatch(message);
      },
    }),
  };
}

import { describe, expect, it } from 'vitest';
import { fold } from '../decider';
import { evolveMenu, initialMenuState, type MenuEvent } from '../menu';
import type { OrderCommand } from './order-commands';
import { decideOrder, type OrderContext } from './order-decide';
import type { OrderEvent } from './order-events';
import { evolveOrder, initialOrderState } from './order-state';

const ORDER = '01900000-0000-7000-8003-000000000001';
const LINE = '01900000-0000-7000-8004-000000000001';
const LINE2 = '01900000-0000-7000-8004-000000000002';
const PAY = '01900000-0000-7000-8005-000000000001';
const CAT = '01900000-0000-7000-8001-000000000001';
const PIZZA = '01900000-0000-7000-8002-000000000001';
const COLA = '01900000-0000-7000-8002-000000000002';

const menuEvents: MenuEvent[] = [
  { type: 'MenuCreated', data: { currency: 'USD' } },
  { type: 'CategoryAdded', data: { categoryId: CAT, name: 'Food' } },
  { type: 'MenuItemAdded', data: { itemId: PIZZA, categoryId: CAT, name: 'Pizza', price: 1150 } },
  { type: 'MenuItemAdded', data: { itemId: COLA, categoryId: CAT, name: 'Cola', price: 300 } },
];
const ctx: OrderContext = {
  now: '2026-11-28T12:00:00.000Z',
  terminal: 'T1',
  menu: fold(evolveMenu, initialMenuState(), menuEvents),
  nextReceipt: { series: 'T1', number: 7 },
};

const opened: OrderEvent = { type: 'OrderOpened', data: { orderId: ORDER, table: '4', currency: 'USD' } };
const pizzaAdded: OrderEvent = {
  type: 'ItemAdded',
  data: { lineId: LINE, itemId: PIZZA, name: 'Pizza', unitPrice: 1150, qty: 2, menuVersion: 4 },
};
const paidInFull: OrderEvent = { type: 'PaymentTaken', data: { paymentId: PAY, tender: 'cash', tendered: 2300, amount: 2300, change: 0 } };

/** given events / when command / then events (or an error code). */
function given(events: OrderEvent[], context: OrderContext = ctx) {
  const state = fold(evolveOrder, initialOrderState(), events);
  return {
    when: (command: OrderCommand) => ({
      then: (expected: OrderEvent[]) => expect(decideOrder(command, state, context)).toEqual(expected),
      thenError: (code: string, message?: RegExp) => {
        let thrown: unknown;
        try {
          decideOrder(command, state, context);
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toMatchObject({ code });
        if (message) expect((thrown as Error).message).toMatch(message);
      },
    }),
  };
}

describe('OpenOrder', () => {
  it('opens an order at a table in the menu currency', () =>
    given([]).when({ type: 'OpenOrder', orderId: ORDER, table: ' 4 ' }).then([opened]));
  it('opens a counter order without a table', () =>
    given([])
      .when({ type: 'OpenOrder', orderId: ORDER })
      .then([{ type: 'OrderOpened', data: { orderId: ORDER, table: null, currency: 'USD' } }]));
  it('refuses to open the same order twice', () => given([opened]).when({ type: 'OpenOrder', orderId: ORDER }).thenError('IllegalState'));
  it('refuses when there is no menu', () =>
    given([], { ...ctx, menu: initialMenuState() }).when({ type: 'OpenOrder', orderId: ORDER }).thenError('IllegalState'));
  it('refuses an over-long table name', () =>
    given([]).when({ type: 'OpenOrder', orderId: ORDER, table: 'x'.repeat(41) }).thenError('Validation'));
});

describe('AddItem', () => {
  it('records name, price and menu version at the time of sale', () =>
    given([opened]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: PIZZA, qty: 2 }).then([pizzaAdded]));
  it('refuses an unknown item', () =>
    given([opened]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: ORDER, qty: 1 }).thenError('NotFound'));
  for (const qty of [0, -1, 1.5, 1000]) {
    it(`refuses quantity ${qty}`, () =>
      given([opened]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: PIZZA, qty }).thenError('Validation'));
  }
  it('refuses to add to an order that does not exist', () =>
    given([]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: PIZZA, qty: 1 }).thenError('NotFound'));
  it('refuses to add to a closed order', () =>
    given([opened, pizzaAdded, paidInFull, { type: 'OrderClosed', data: { receiptSeries: 'T1', receiptNumber: 1, total: 2300, paid: 2300 } }])
      .when({ type: 'AddItem', orderId: ORDER, lineId: LINE2, itemId: PIZZA, qty: 1 })
      .thenError('IllegalState', /closed/));
  it('refuses a line id already used', () =>
    given([opened, pizzaAdded]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: COLA, qty: 1 }).thenError('IllegalState'));
});

describe('RemoveItem', () => {
  it('removes a line', () =>
    given([opened, pizzaAdded]).when({ type: 'RemoveItem', orderId: ORDER, lineId: LINE }).then([{ type: 'ItemRemoved', data: { lineId: LINE } }]));
  it('refuses a line that is not on the order', () =>
    given([opened]).when({ type: 'RemoveItem', orderId: ORDER, lineId: LINE }).thenError('NotFound'));
  it('refuses a removal that would leave more paid than owed', () =>
    given([opened, pizzaAdded, paidInFull]).when({ type: 'RemoveItem', orderId: ORDER, lineId: LINE }).thenError('IllegalState'));
});

describe('TakePayment', () => {
  const pay = (amount: number): OrderCommand => ({ type: 'TakePayment', orderId: ORDER, paymentId: PAY, tender: 'cash', amount });
  it('takes part of the bill', () =>
    given([opened, pizzaAdded])
      .when(pay(1000))
      .then([{ type: 'PaymentTaken', data: { paymentId: PAY, tender: 'cash', tendered: 1000, amount: 1000, change: 0 } }]));
  it('computes change when more cash is handed over than is due', () =>
    given([opened, pizzaAdded])
      .when(pay(5000))
      .then([{ type: 'PaymentTaken', data: { paymentId: PAY, tender: 'cash', tendered: 5000, amount: 2300, change: 2700 } }]));
  it('refuses a zero payment', () => given([opened, pizzaAdded]).when(pay(0)).thenError('Validation'));
  it('refuses a negative payment', () => given([opened, pizzaAdded]).when(pay(-100)).thenError('Validation'));
  it('refuses a fractional payment', () => given([opened, pizzaAdded]).when(pay(10.5)).thenError('Validation'));
  it('refuses payment when nothing is owed', () => given([opened]).when(pay(100)).thenError('IllegalState'));
  it('refuses the same payment id twice', () =>
    given([opened, pizzaAdded, { ...paidInFull, data: { ...paidInFull.data, amount: 100, tendered: 100 } }])
      .when(pay(100))
      .thenError('IllegalState'));
});

describe('CloseOrder', () => {
  it('closes a fully paid order with the next receipt number of this terminal', () =>
    given([opened, pizzaAdded, paidInFull])
      .when({ type: 'CloseOrder', orderId: ORDER })
      .then([{ type: 'OrderClosed', data: { receiptSeries: 'T1', receiptNumber: 7, total: 2300, paid: 2300 } }]));
  it('refuses to close an unpaid order', () =>
    given([opened, pizzaAdded]).when({ type: 'CloseOrder', orderId: ORDER }).thenError('IllegalState', /not fully paid/));
  it('refuses to close an empty order', () => given([opened]).when({ type: 'CloseOrder', orderId: ORDER }).thenError('IllegalState'));
  it('refuses to close twice', () =>
    given([opened, pizzaAdded, paidInFull, { type: 'OrderClosed', data: { receiptSeries: 'T1', receiptNumber: 7, total: 2300, paid: 2300 } }])
      .when({ type: 'CloseOrder', orderId: ORDER })
      .thenError('IllegalState'));
});

describe('evolveOrder', () => {
  it('keeps totals, paid and change in minor units', () => {
    const s = fold(evolveOrder, initialOrderState(), [
      opened,
      pizzaAdded,
      { type: 'ItemAdded', data: { lineId: LINE2, itemId: COLA, name: 'Cola', unitPrice: 300, qty: 1, menuVersion: 4 } },
      { type: 'ItemRemoved', data: { lineId: LINE2 } },
      { type: 'PaymentTaken', data: { paymentId: PAY, tender: 'cash', tendered: 5000, amount: 2300, change: 2700 } },
    ]);
    expect(s).toMatchObject({ status: 'open', total: 2300, paid: 2300, change: 2700, lines: [{ lineId: LINE }] });
  });
});

import { describe, it } from 'vitest';
import type { OrderEvent } from './order-events';
import {
  COLA, DONENESS, LINE, LINE2, ORDER, PAY, PIZZA, SIDES, STEAK, context, given, id, manager, menuEvents, opened, opt, paidInFull,
  pizzaAdded, sent, SHIFT, TABLE,
} from './order-test-fixtures';

const closed: OrderEvent = { type: 'OrderClosed', data: { receiptSeries: 'T1', receiptNumber: 1, total: 2300, paid: 2300 } };

describe('OpenOrder', () => {
  it('opens an order at a table with covers, in the menu currency and tax mode', () =>
    given([]).when({ type: 'OpenOrder', orderId: ORDER, tableId: TABLE, covers: 2 }).then([opened]));
  it('opens a takeaway order under a label', () =>
    given([])
      .when({ type: 'OpenOrder', orderId: ORDER, table: ' Sam (takeaway) ' })
      .then([{ type: 'OrderOpened', data: { orderId: ORDER, table: 'Sam (takeaway)', currency: 'USD', covers: null, taxMode: 'exclusive', tableId: null } }]));
  it('opens a counter order without a table', () =>
    given([])
      .when({ type: 'OpenOrder', orderId: ORDER })
      .then([{ type: 'OrderOpened', data: { orderId: ORDER, table: null, currency: 'USD', covers: null, taxMode: 'exclusive', tableId: null } }]));
  it('refuses to open the same order twice', () => given([opened]).when({ type: 'OpenOrder', orderId: ORDER }).thenError('IllegalState'));
  it('refuses when there is no menu', () => given([], context({}, [])).when({ type: 'OpenOrder', orderId: ORDER }).thenError('IllegalState'));
  it('refuses an over-long table name or silly covers', () => {
    given([]).when({ type: 'OpenOrder', orderId: ORDER, table: 'x'.repeat(41) }).thenError('Validation');
    given([]).when({ type: 'OpenOrder', orderId: ORDER, covers: 0 }).thenError('Validation');
  });
});

describe('AddItem', () => {
  it('records name, price, category, tax and menu version at the time of sale', () =>
    given([opened]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: PIZZA, qty: 2 }).then([pizzaAdded]));
  it('records modifiers with their prices, a note, a seat and a course', () =>
    given([opened])
      .when({
        type: 'AddItem',
        orderId: ORDER,
        lineId: LINE,
        itemId: STEAK,
        qty: 1,
        modifiers: [
          { groupId: DONENESS, optionIds: [opt(1)] },
          { groupId: SIDES, optionIds: [opt(3), opt(4)] },
        ],
        note: ' no salt ',
        seat: 2,
        course: 2,
      })
      .then([
        {
          type: 'ItemAdded',
          data: {
            lineId: LINE,
            itemId: STEAK,
            name: 'Steak',
            unitPrice: 2400,
            qty: 1,
            menuVersion: menuEvents.length,
            categoryId: pizzaAdded.data.categoryId as string,
            modifiers: [
              { groupId: DONENESS, optionId: opt(1), name: 'Rare', priceDelta: 0 },
              { groupId: SIDES, optionId: opt(3), name: 'Fries', priceDelta: 350 },
              { groupId: SIDES, optionId: opt(4), name: 'Salad', priceDelta: 400 },
            ],
            note: 'no salt',
            seat: 2,
            course: 2,
            taxCategoryId: id(6, 1),
            taxRate: 825,
            station: 'kitchen',
          },
        },
      ]));
  it('refuses a missing required modifier, too many choices, unknown groups and options', () => {
    const steak = { type: 'AddItem' as const, orderId: ORDER, lineId: LINE, itemId: STEAK, qty: 1 };
    given([opened]).when(steak).thenError('Validation', /Doneness: choose 1/);
    given([opened]).when({ ...steak, modifiers: [{ groupId: DONENESS, optionIds: [opt(1), opt(2)] }] }).thenError('Validation');
    given([opened]).when({ ...steak, modifiers: [{ groupId: DONENESS, optionIds: [opt(3)] }] }).thenError('Validation');
    given([opened]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: PIZZA, qty: 1, modifiers: [{ groupId: SIDES, optionIds: [] }] }).thenError('Validation');
  });
  it('refuses an unknown or 86ed item', () => {
    given([opened]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: ORDER, qty: 1 }).thenError('NotFound');
    const eightySixed = context({}, [...menuEvents, { type: 'ItemAvailabilityChanged', data: { itemId: PIZZA, available: false } }]);
    given([opened], eightySixed).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: PIZZA, qty: 1 }).thenError('IllegalState', /86/);
  });
  for (const qty of [0, -1, 1.5, 1000]) {
    it(`refuses quantity ${qty}`, () => given([opened]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: PIZZA, qty }).thenError('Validation'));
  }
  it('refuses a seat or course out of range', () => {
    given([opened]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: PIZZA, qty: 1, seat: 0 }).thenError('Validation');
    given([opened]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: PIZZA, qty: 1, course: 10 }).thenError('Validation');
  });
  it('refuses to add to an order that does not exist, or is closed', () => {
    given([]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: PIZZA, qty: 1 }).thenError('NotFound');
    given([opened, pizzaAdded, paidInFull, closed]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE2, itemId: PIZZA, qty: 1 }).thenError('IllegalState', /closed/);
  });
  it('refuses a line id already used', () =>
    given([opened, pizzaAdded]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE, itemId: COLA, qty: 1 }).thenError('IllegalState'));
});

describe('RemoveItem and VoidItem', () => {
  it('removes a line not yet sent', () =>
    given([opened, pizzaAdded]).when({ type: 'RemoveItem', orderId: ORDER, lineId: LINE }).then([{ type: 'ItemRemoved', data: { lineId: LINE } }]));
  it('refuses to remove a sent line: it must be voided', () =>
    given([opened, pizzaAdded, sent([LINE])]).when({ type: 'RemoveItem', orderId: ORDER, lineId: LINE }).thenError('IllegalState', /void/));
  it('refuses a removal that would leave more paid than owed', () =>
    given([opened, pizzaAdded, paidInFull]).when({ type: 'RemoveItem', orderId: ORDER, lineId: LINE }).thenError('IllegalState'));
  it('voids a sent line only with a manager, and with a reason', () => {
    const voidIt = { type: 'VoidItem' as const, orderId: ORDER, lineId: LINE, reason: 'guest changed mind' };
    given([opened, pizzaAdded, sent([LINE])]).when(voidIt).thenError('ApprovalRequired');
    given([opened, pizzaAdded, sent([LINE])], context({ approvedBy: { staffId: 'ana', role: 'manager' } }))
      .when(voidIt)
      .then([{ type: 'ItemVoided', data: { lineId: LINE, reason: 'guest changed mind' } }]);
    given([opened, pizzaAdded, sent([LINE])], context(manager)).when(voidIt).then([{ type: 'ItemVoided', data: { lineId: LINE, reason: 'guest changed mind' } }]);
    given([opened, pizzaAdded, sent([LINE])], context(manager)).when({ ...voidIt, reason: ' ' }).thenError('Validation');
  });
  it('refuses to void a line never sent or already voided', () => {
    given([opened, pizzaAdded], context(manager)).when({ type: 'VoidItem', orderId: ORDER, lineId: LINE, reason: 'x' }).thenError('IllegalState', /remove/);
    const voided: OrderEvent = { type: 'ItemVoided', data: { lineId: LINE, reason: 'x' } };
    given([opened, pizzaAdded, sent([LINE]), voided], context(manager)).when({ type: 'VoidItem', orderId: ORDER, lineId: LINE, reason: 'x' }).thenError('IllegalState');
  });
});

describe('SendOrder, FireCourse, PrintKitchenTicket', () => {
  const course2: OrderEvent = { ...pizzaAdded, data: { ...pizzaAdded.data, lineId: LINE2, course: 2 } };
  it('sends every unsent line', () =>
    given([opened, pizzaAdded, course2]).when({ type: 'SendOrder', orderId: ORDER, sendId: id(9, 1) }).then([sent([LINE, LINE2])]));
  it('holds a course and sends the rest', () =>
    given([opened, pizzaAdded, course2])
      .when({ type: 'SendOrder', orderId: ORDER, sendId: id(9, 1), holdCourses: [2] })
      .then([{ type: 'CoursesHeld', data: { courses: [2] } }, sent([LINE])]));
  it('fires a held course later', () =>
    given([opened, pizzaAdded, course2, { type: 'CoursesHeld', data: { courses: [2] } }, sent([LINE])])
      .when({ type: 'FireCourse', orderId: ORDER, sendId: id(9, 2), course: 2 })
      .then([{ type: 'CourseFired', data: { sendId: id(9, 2), course: 2, lineIds: [LINE2] } }]));
  it('keeps a held course back on later sends', () =>
    given([opened, pizzaAdded, course2, { type: 'CoursesHeld', data: { courses: [2] } }])
      .when({ type: 'SendOrder', orderId: ORDER, sendId: id(9, 1) })
      .then([sent([LINE])]));
  it('refuses to send nothing, or fire a course with nothing waiting', () => {
    given([opened, pizzaAdded, sent([LINE])]).when({ type: 'SendOrder', orderId: ORDER, sendId: id(9, 2) }).thenError('IllegalState');
    given([opened, pizzaAdded, sent([LINE])]).when({ type: 'FireCourse', orderId: ORDER, sendId: id(9, 2), course: 3 }).thenError('IllegalState');
  });
  it('prints a kitchen ticket once, and marks every later print as a reprint', () => {
    const ticketId = `${id(9, 1)}:kitchen`;
    given([opened, pizzaAdded, sent([LINE])])
      .when({ type: 'PrintKitchenTicket', orderId: ORDER, ticketId })
      .then([{ type: 'KitchenTicketPrinted', data: { ticketId, reprint: false } }]);
    given([opened, pizzaAdded, sent([LINE]), { type: 'KitchenTicketPrinted', data: { ticketId, reprint: false } }])
      .when({ type: 'PrintKitchenTicket', orderId: ORDER, ticketId })
      .then([{ type: 'KitchenTicketPrinted', data: { ticketId, reprint: true } }]);
    given([opened, pizzaAdded]).when({ type: 'PrintKitchenTicket', orderId: ORDER, ticketId }).thenError('NotFound');
  });
});

describe('ApplyDiscount', () => {
  const disc = (value: number, kind: 'percent' | 'amount' = 'percent', lineId?: string) => ({
    type: 'ApplyDiscount' as const,
    orderId: ORDER,
    discountId: id(10, 1),
    kind,
    value,
    reason: 'regular',
    ...(lineId ? { lineId } : {}),
  });
  const applied = (value: number, kind: 'percent' | 'amount' = 'percent', lineId: string | null = null): OrderEvent => ({
    type: 'DiscountApplied',
    data: { discountId: id(10, 1), lineId, kind, value, reason: 'regular' },
  });
  it('gives a server up to the threshold (10 %) on their own', () => {
    given([opened, pizzaAdded]).when(disc(1000)).then([applied(1000)]);
    given([opened, pizzaAdded]).when(disc(230, 'amount', LINE)).then([applied(230, 'amount', LINE)]);
  });
  it('needs a manager above the threshold', () => {
    given([opened, pizzaAdded]).when(disc(1500)).thenError('ApprovalRequired');
    given([opened, pizzaAdded]).when(disc(231, 'amount')).thenError('ApprovalRequired');
    given([opened, pizzaAdded], context({ approvedBy: { staffId: 'ana', role: 'manager' } })).when(disc(1500)).then([applied(1500)]);
  });
  it('refuses nonsense', () => {
    given([opened, pizzaAdded]).when(disc(0)).thenError('Validation');
    given([opened, pizzaAdded]).when(disc(10_001)).thenError('Validation');
    given([opened, pizzaAdded]).when({ ...disc(100), reason: '' }).thenError('Validation');
    given([opened, pizzaAdded]).when(disc(100, 'percent', LINE2)).thenError('NotFound');
    given([opened]).when(disc(100)).thenError('IllegalState');
  });
  it('removes a discount', () => {
    given([opened, pizzaAdded, applied(1000)]).when({ type: 'RemoveDiscount', orderId: ORDER, discountId: id(10, 1) }).then([{ type: 'DiscountRemoved', data: { discountId: id(10, 1) } }]);
    given([opened, pizzaAdded]).when({ type: 'RemoveDiscount', orderId: ORDER, discountId: id(10, 1) }).thenError('NotFound');
  });
});

describe('TakePayment', () => {
  const pay = (amount: number, extra: Record<string, unknown> = {}) => ({
    type: 'TakePayment' as const,
    orderId: ORDER,
    paymentId: PAY,
    tender: 'cash' as const,
    amount,
    ...extra,
  });
  const taken = (data: Partial<Extract<OrderEvent, { type: 'PaymentTaken' }>['data']>): OrderEvent => ({
    type: 'PaymentTaken',
    data: { paymentId: PAY, tender: 'cash', tendered: 0, amount: 0, change: 0, tip: 0, reference: null, shiftId: SHIFT, partId: null, ...data },
  });
  it('takes part of the bill', () => given([opened, pizzaAdded]).when(pay(1000)).then([taken({ tendered: 1000, amount: 1000 })]));
  it('computes change when more cash is handed over than is due', () =>
    given([opened, pizzaAdded]).when(pay(5000)).then([taken({ tendered: 5000, amount: 2300, change: 2700 })]));
  it('records a card payment with its reference and a tip', () =>
    given([opened, pizzaAdded])
      .when(pay(2300, { tender: 'card', reference: 'A1B2', tip: 230 }))
      .then([taken({ tender: 'card', tendered: 2300, amount: 2300, tip: 230, reference: 'A1B2' })]));
  it('refuses a card payment over the amount due, or without a reference', () => {
    given([opened, pizzaAdded]).when(pay(2301, { tender: 'card', reference: 'X' })).thenError('Validation');
    given([opened, pizzaAdded]).when(pay(2300, { tender: 'card' })).thenError('Validation');
  });
  it('refuses zero, negative and fractional payments, and negative tips', () => {
    given([opened, pizzaAdded]).when(pay(0)).thenError('Validation');
    given([opened, pizzaAdded]).when(pay(-100)).thenError('Validation');
    given([opened, pizzaAdded]).when(pay(10.5)).thenError('Validation');
    given([opened, pizzaAdded]).when(pay(100, { tip: -1 })).thenError('Validation');
  });
  it('refuses payment when nothing is owed, and the same payment id twice', () => {
    given([opened]).when(pay(100)).thenError('IllegalState');
    given([opened, pizzaAdded, taken({ tendered: 100, amount: 100 })]).when(pay(100)).thenError('IllegalState');
  });
});

describe('CloseOrder', () => {
  it('closes a fully paid order with the next receipt number of this terminal', () =>
    given([opened, pizzaAdded, paidInFull])
      .when({ type: 'CloseOrder', orderId: ORDER })
      .then([{ type: 'OrderClosed', data: { receiptSeries: 'T1', receiptNumber: 7, total: 2300, paid: 2300, shiftId: SHIFT } }]));
  it('refuses to take money or close outside a shift', () => {
    given([opened, pizzaAdded], context({ shiftId: null })).when({ type: 'TakePayment', orderId: ORDER, paymentId: PAY, tender: 'cash', amount: 100 }).thenError('IllegalState', /shift/);
    given([opened, pizzaAdded, paidInFull], context({ shiftId: null })).when({ type: 'CloseOrder', orderId: ORDER }).thenError('IllegalState', /shift/);
  });
  it('refuses to close an unpaid, empty or closed order', () => {
    given([opened, pizzaAdded]).when({ type: 'CloseOrder', orderId: ORDER }).thenError('IllegalState', /not fully paid/);
    given([opened]).when({ type: 'CloseOrder', orderId: ORDER }).thenError('IllegalState');
    given([opened, pizzaAdded, paidInFull, closed]).when({ type: 'CloseOrder', orderId: ORDER }).thenError('IllegalState');
  });
});

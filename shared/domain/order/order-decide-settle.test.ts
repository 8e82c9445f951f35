import { describe, it } from 'vitest';
import type { OrderEvent } from './order-events';
import { context, given, id, LINE, LINE2, ORDER, opened, pizzaAdded, SHIFT } from './order-test-fixtures';

const SPLIT = id(13, 1);
const seat = (lineId: string, s: number | null, price = 1150): OrderEvent => ({
  ...pizzaAdded,
  data: { ...pizzaAdded.data, lineId, seat: s, qty: 1, unitPrice: price },
});
const LINE3 = id(4, 3);
const approved = context({ approvedBy: { staffId: 'ana', role: 'manager' } });
const pay = (partId: string, amount: number): OrderEvent => ({
  type: 'PaymentTaken',
  data: { paymentId: id(5, amount), tender: 'cash', tendered: amount, amount, change: 0, tip: 0, reference: null, shiftId: SHIFT, partId },
});
const closed: OrderEvent = { type: 'OrderClosed', data: { receiptSeries: 'T1', receiptNumber: 4, total: 2300, paid: 2300, shiftId: SHIFT } };

describe('SplitBill', () => {
  it('splits evenly, the parts adding up exactly', () =>
    given([opened, seat(LINE, 1, 1000)])
      .when({ type: 'SplitBill', orderId: ORDER, splitId: SPLIT, mode: 'even', parts: 3 })
      .then([
        {
          type: 'BillSplit',
          data: {
            splitId: SPLIT,
            mode: 'even',
            parts: [
              { partId: '1', label: '1/3', amount: 334, lineIds: [LINE] },
              { partId: '2', label: '2/3', amount: 333, lineIds: [LINE] },
              { partId: '3', label: '3/3', amount: 333, lineIds: [LINE] },
            ],
          },
        },
      ]));
  it('splits by seat, sharing lines on no seat', () =>
    given([opened, seat(LINE, 1, 1000), seat(LINE2, 2, 2000), seat(LINE3, null, 501)])
      .when({ type: 'SplitBill', orderId: ORDER, splitId: SPLIT, mode: 'seats' })
      .then([
        {
          type: 'BillSplit',
          data: {
            splitId: SPLIT,
            mode: 'seats',
            parts: [
              { partId: 'seat-1', label: 'Seat 1', amount: 1251, lineIds: [LINE, LINE3] },
              { partId: 'seat-2', label: 'Seat 2', amount: 2250, lineIds: [LINE2, LINE3] },
            ],
          },
        },
      ]));
  it('splits by chosen lines, every line in exactly one group', () => {
    const events = [opened, seat(LINE, 1, 1000), seat(LINE2, 2, 2000)];
    given(events)
      .when({ type: 'SplitBill', orderId: ORDER, splitId: SPLIT, mode: 'lines', groups: [[LINE2], [LINE]] })
      .then([
        {
          type: 'BillSplit',
          data: {
            splitId: SPLIT,
            mode: 'lines',
            parts: [
              { partId: '1', label: 'Part 1', amount: 2000, lineIds: [LINE2] },
              { partId: '2', label: 'Part 2', amount: 1000, lineIds: [LINE] },
            ],
          },
        },
      ]);
    given(events).when({ type: 'SplitBill', orderId: ORDER, splitId: SPLIT, mode: 'lines', groups: [[LINE], [LINE]] }).thenError('Validation');
    given(events).when({ type: 'SplitBill', orderId: ORDER, splitId: SPLIT, mode: 'lines', groups: [[LINE]] }).thenError('Validation');
  });
  it('refuses a split after money is taken, or with nothing to split', () => {
    given([opened, seat(LINE, 1), pay('x', 100)]).when({ type: 'SplitBill', orderId: ORDER, splitId: SPLIT, mode: 'even', parts: 2 }).thenError('IllegalState');
    given([opened]).when({ type: 'SplitBill', orderId: ORDER, splitId: SPLIT, mode: 'even', parts: 2 }).thenError('IllegalState');
    given([opened, seat(LINE, 1)]).when({ type: 'SplitBill', orderId: ORDER, splitId: SPLIT, mode: 'seats' }).thenError('IllegalState');
  });
  const split: OrderEvent = {
    type: 'BillSplit',
    data: { splitId: SPLIT, mode: 'even', parts: [{ partId: '1', label: '1/2', amount: 575, lineIds: [LINE] }, { partId: '2', label: '2/2', amount: 575, lineIds: [LINE] }] },
  };
  it('pays each part on its own', () => {
    given([opened, seat(LINE, 1), split])
      .when({ type: 'TakePayment', orderId: ORDER, paymentId: id(5, 1), tender: 'cash', amount: 1000, partId: '1' })
      .then([{ type: 'PaymentTaken', data: { paymentId: id(5, 1), tender: 'cash', tendered: 1000, amount: 575, change: 425, tip: 0, reference: null, shiftId: SHIFT, partId: '1' } }]);
    given([opened, seat(LINE, 1), split]).when({ type: 'TakePayment', orderId: ORDER, paymentId: id(5, 1), tender: 'cash', amount: 100 }).thenError('Validation');
    given([opened, seat(LINE, 1), split, pay('1', 575)]).when({ type: 'TakePayment', orderId: ORDER, paymentId: id(5, 2), tender: 'cash', amount: 100, partId: '1' }).thenError('IllegalState');
  });
  it('drops an unpaid split when the bill changes, and refuses the change once a part is paid', () => {
    given([opened, seat(LINE, 1), split])
      .when({ type: 'AddItem', orderId: ORDER, lineId: LINE2, itemId: pizzaAdded.data.itemId, qty: 1 })
      .then([{ type: 'SplitCleared', data: { splitId: SPLIT } }, { ...pizzaAdded, data: { ...pizzaAdded.data, lineId: LINE2, qty: 1 } }]);
    given([opened, seat(LINE, 1), split, pay('1', 575)]).when({ type: 'AddItem', orderId: ORDER, lineId: LINE2, itemId: pizzaAdded.data.itemId, qty: 1 }).thenError('IllegalState');
  });
});

describe('RefundOrder and ReopenOrder', () => {
  const sold = [opened, seat(LINE, 1, 1000), seat(LINE2, 2, 1300), pay('x', 2300), closed];
  it('refunds chosen lines once, with a manager, into the open shift', () => {
    given(sold).when({ type: 'RefundOrder', orderId: ORDER, refundId: id(14, 1), lineIds: [LINE], tender: 'cash', reason: 'cold' }).thenError('ApprovalRequired');
    given(sold, approved)
      .when({ type: 'RefundOrder', orderId: ORDER, refundId: id(14, 1), lineIds: [LINE], tender: 'cash', reason: 'cold' })
      .then([{ type: 'OrderRefunded', data: { refundId: id(14, 1), lineIds: [LINE], amount: 1000, tender: 'cash', reason: 'cold', shiftId: SHIFT } }]);
    const once: OrderEvent = { type: 'OrderRefunded', data: { refundId: id(14, 1), lineIds: [LINE], amount: 1000, tender: 'cash', reason: 'cold', shiftId: SHIFT } };
    given([...sold, once], approved).when({ type: 'RefundOrder', orderId: ORDER, refundId: id(14, 2), lineIds: [LINE], tender: 'cash', reason: 'x' }).thenError('IllegalState');
    given([...sold, once], approved)
      .when({ type: 'RefundOrder', orderId: ORDER, refundId: id(14, 2), tender: 'card', reason: 'rest' })
      .then([{ type: 'OrderRefunded', data: { refundId: id(14, 2), lineIds: [LINE2], amount: 1300, tender: 'card', reason: 'rest', shiftId: SHIFT } }]);
    given([opened, seat(LINE, 1)], approved).when({ type: 'RefundOrder', orderId: ORDER, refundId: id(14, 1), tender: 'cash', reason: 'x' }).thenError('IllegalState');
    given(sold, context({ approvedBy: { staffId: 'ana', role: 'manager' }, shiftId: null })).when({ type: 'RefundOrder', orderId: ORDER, refundId: id(14, 1), tender: 'cash', reason: 'x' }).thenError('IllegalState');
  });
  it('reopens a closed order with a manager, remembering its receipt', () => {
    given(sold).when({ type: 'ReopenOrder', orderId: ORDER, reason: 'wrong table' }).thenError('ApprovalRequired');
    given(sold, approved)
      .when({ type: 'ReopenOrder', orderId: ORDER, reason: 'wrong table' })
      .then([{ type: 'OrderReopened', data: { reason: 'wrong table', previousReceipt: { series: 'T1', number: 4 } } }]);
    given([opened], approved).when({ type: 'ReopenOrder', orderId: ORDER, reason: 'x' }).thenError('IllegalState');
  });
});

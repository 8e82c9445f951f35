import { describe, expect, it } from 'vitest';
import { mergeOrders } from './order-decide-floor';
import type { OrderEvent } from './order-events';
import { given, id, LINE, LINE2, ORDER, opened, paidInFull, pizzaAdded, sent, stateOf, TABLE, TABLE2 } from './order-test-fixtures';

const OTHER = id(3, 2);
const otherOpened: OrderEvent = { type: 'OrderOpened', data: { ...opened.data, orderId: OTHER, table: '12', tableId: TABLE2 } } as OrderEvent;
const otherLine: OrderEvent = { ...pizzaAdded, data: { ...pizzaAdded.data, lineId: LINE2, course: 2 } };

describe('tables', () => {
  it('seats an order at a floor-plan table by id, under its name', () =>
    given([])
      .when({ type: 'OpenOrder', orderId: ORDER, tableId: TABLE, covers: 2 })
      .then([opened]));
  it('refuses an unknown table', () => given([]).when({ type: 'OpenOrder', orderId: ORDER, tableId: ORDER }).thenError('NotFound'));
  it('moves an order to another table', () => {
    given([opened]).when({ type: 'MoveOrder', orderId: ORDER, tableId: TABLE2 }).then([{ type: 'OrderMoved', data: { tableId: TABLE2, table: '12' } }]);
    given([opened]).when({ type: 'MoveOrder', orderId: ORDER, tableId: TABLE }).thenError('IllegalState');
  });
  it('prints the bill, counting copies', () => {
    given([opened, pizzaAdded]).when({ type: 'PrintBill', orderId: ORDER }).then([{ type: 'BillPrinted', data: { copy: 1 } }]);
    given([opened]).when({ type: 'PrintBill', orderId: ORDER }).thenError('IllegalState');
  });
});

describe('mergeOrders', () => {
  it('moves every line, sent or not, with held courses, and ends the source as merged', () => {
    const source = stateOf([otherOpened, otherLine, sent([LINE2])]);
    const r = mergeOrders({ type: 'MergeOrders', orderId: ORDER, sourceOrderId: OTHER }, stateOf([opened, pizzaAdded]), source);
    expect(r.source).toEqual([{ type: 'OrderMerged', data: { targetOrderId: ORDER } }]);
    expect(r.target).toEqual([{ type: 'LinesMerged', data: { sourceOrderId: OTHER, lines: source.lines, heldCourses: [] } }]);
    const merged = stateOf([opened, pizzaAdded, ...r.target]);
    expect(merged.lines.map((l) => [l.lineId, l.status])).toEqual([
      [LINE, 'new'],
      [LINE2, 'sent'],
    ]);
  });
  it('refuses a source with money on it, a closed source, or itself', () => {
    const merge = { type: 'MergeOrders' as const, orderId: ORDER, sourceOrderId: OTHER };
    const target = stateOf([opened, pizzaAdded]);
    const paid = { ...paidInFull, data: { ...(paidInFull.data as object), paymentId: id(5, 9) } } as OrderEvent;
    expect(() => mergeOrders(merge, target, stateOf([otherOpened, otherLine, paid]))).toThrow(expect.objectContaining({ code: 'IllegalState' }));
    expect(() => mergeOrders(merge, target, stateOf([]))).toThrow(expect.objectContaining({ code: 'NotFound' }));
    expect(() => mergeOrders({ ...merge, sourceOrderId: ORDER }, target, target)).toThrow(expect.objectContaining({ code: 'Validation' }));
  });
});

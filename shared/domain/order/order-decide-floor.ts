import { DocketError } from '../../kernel/errors';
import type { MergeOrders, MoveOrder, OpenOrder, PrintBill } from './order-commands';
import { requireWhole, type OrderContext } from './order-context';
import type { OrderEvent } from './order-events';
import type { OrderState } from './order-state';

function requireTable(ctx: OrderContext, tableId: string) {
  const table = ctx.floor.tables[tableId];
  if (!table) throw new DocketError('NotFound', 'no such table on the floor plan');
  return table;
}

/**
 * Seats guests at a table of the floor plan, or opens a counter order under a
 * label. A table may have two open orders (a second party, or two tills
 * seating it offline): nothing is refused or lost, the floor shows both.
 */
export function openOrder(command: OpenOrder, state: OrderState, ctx: OrderContext): OrderEvent[] {
  if (state.status !== 'none') throw new DocketError('IllegalState', 'that order is already open');
  if (!ctx.menu.created) throw new DocketError('IllegalState', 'there is no menu to sell from yet');
  const table = command.tableId !== undefined ? requireTable(ctx, command.tableId) : null;
  const label = table?.name ?? (command.table?.trim() || null);
  if (label !== null && label.length > 40) throw new DocketError('Validation', 'a table name is at most 40 characters');
  const covers = requireWhole(command.covers, 'covers', 1, 99) ?? null;
  return [
    {
      type: 'OrderOpened',
      data: { orderId: command.orderId, table: label, currency: ctx.menu.currency, covers, taxMode: ctx.menu.policy.taxMode, tableId: table?.tableId ?? null },
    },
  ];
}

export function moveOrder(command: MoveOrder, state: OrderState, ctx: OrderContext): OrderEvent[] {
  const table = requireTable(ctx, command.tableId);
  if (state.tableId === table.tableId) throw new DocketError('IllegalState', `the order is already at ${table.name}`);
  return [{ type: 'OrderMoved', data: { tableId: table.tableId, table: table.name } }];
}

export function printBill(_command: PrintBill, state: OrderState): OrderEvent[] {
  if (!state.lines.some((l) => l.status !== 'voided')) throw new DocketError('IllegalState', 'there is nothing on the bill yet');
  return [{ type: 'BillPrinted', data: { copy: state.billsPrinted + 1 } }];
}

/**
 * Two tables pushed together: every line of the source (sent or not, with its
 * modifiers, seat and course) moves to the target, and the source ends as
 * merged. Money and discounts do not move, so a source that has them is refused.
 */
export function mergeOrders(command: MergeOrders, target: OrderState, source: OrderState): { target: OrderEvent[]; source: OrderEvent[] } {
  if (command.sourceOrderId === command.orderId) throw new DocketError('Validation', 'an order cannot be merged into itself');
  if (source.status === 'none') throw new DocketError('NotFound', 'no such order to merge');
  if (source.status !== 'open') throw new DocketError('IllegalState', 'only an open order can be merged');
  if (source.payments.length > 0) throw new DocketError('IllegalState', 'the other order has payments: settle it on its own');
  if (source.discounts.length > 0) throw new DocketError('IllegalState', 'the other order has discounts: remove them first');
  if (source.currency !== target.currency) throw new DocketError('IllegalState', 'the orders are in different currencies');
  const taken = new Set(target.lines.map((l) => l.lineId));
  if (source.lines.some((l) => taken.has(l.lineId))) throw new DocketError('IllegalState', 'the orders share a line');
  return {
    target: [{ type: 'LinesMerged', data: { sourceOrderId: command.sourceOrderId, lines: source.lines, heldCourses: source.heldCourses } }],
    source: [{ type: 'OrderMerged', data: { targetOrderId: command.orderId } }],
  };
}

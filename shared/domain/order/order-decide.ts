import { DocketError } from '../../kernel/errors';
import { assertNever } from '../decider';
import type { OpenOrder, OrderCommand } from './order-commands';
import { requireOpen, requireWhole, type OrderContext } from './order-context';
import { addItem, applyDiscount, removeDiscount, removeItem, voidItem } from './order-decide-lines';
import { fireCourse, printKitchenTicket, sendOrder } from './order-decide-kitchen';
import { closeOrder, takePayment } from './order-decide-payments';
import type { OrderEvent } from './order-events';
import type { OrderState } from './order-state';

export type { OrderContext } from './order-context';

function openOrder(command: OpenOrder, state: OrderState, ctx: OrderContext): OrderEvent[] {
  if (state.status !== 'none') throw new DocketError('IllegalState', 'that order is already open');
  if (!ctx.menu.created) throw new DocketError('IllegalState', 'there is no menu to sell from yet');
  const table = command.table?.trim() || null;
  if (table !== null && table.length > 40) throw new DocketError('Validation', 'a table name is at most 40 characters');
  const covers = requireWhole(command.covers, 'covers', 1, 99) ?? null;
  return [
    {
      type: 'OrderOpened',
      data: { orderId: command.orderId, table, currency: ctx.menu.currency, covers, taxMode: ctx.menu.policy.taxMode },
    },
  ];
}

/** One short function per command (see the order-decide-*.ts files); this only dispatches. */
export function decideOrder(command: OrderCommand, state: OrderState, ctx: OrderContext): OrderEvent[] {
  if (command.type !== 'OpenOrder') requireOpen(state);
  switch (command.type) {
    case 'OpenOrder':
      return openOrder(command, state, ctx);
    case 'AddItem':
      return addItem(command, state, ctx);
    case 'RemoveItem':
      return removeItem(command, state);
    case 'SendOrder':
      return sendOrder(command, state);
    case 'FireCourse':
      return fireCourse(command, state);
    case 'VoidItem':
      return voidItem(command, state, ctx);
    case 'ApplyDiscount':
      return applyDiscount(command, state, ctx);
    case 'RemoveDiscount':
      return removeDiscount(command, state);
    case 'PrintKitchenTicket':
      return printKitchenTicket(command, state);
    case 'TakePayment':
      return takePayment(command, state, ctx);
    case 'CloseOrder':
      return closeOrder(command, state, ctx);
    default:
      return assertNever(command);
  }
}

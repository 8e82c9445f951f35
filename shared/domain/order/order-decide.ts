import { DocketError } from '../../kernel/errors';
import { assertNever } from '../decider';
import type { OrderCommand } from './order-commands';
import { requireOpen, type OrderContext } from './order-context';
import { moveOrder, openOrder, printBill } from './order-decide-floor';
import { addItem, applyDiscount, removeDiscount, removeItem, voidItem } from './order-decide-lines';
import { fireCourse, printKitchenTicket, sendOrder } from './order-decide-kitchen';
import { closeOrder, takePayment } from './order-decide-payments';
import type { OrderEvent } from './order-events';
import type { OrderState } from './order-state';

export type { OrderContext } from './order-context';

/** One short function per command (see the order-decide-*.ts files); this only dispatches. */
export function decideOrder(command: OrderCommand, state: OrderState, ctx: OrderContext): OrderEvent[] {
  if (command.type !== 'OpenOrder') requireOpen(state);
  switch (command.type) {
    case 'OpenOrder':
      return openOrder(command, state, ctx);
    case 'MoveOrder':
      return moveOrder(command, state, ctx);
    case 'PrintBill':
      return printBill(command, state);
    case 'MergeOrders':
      // Two streams change together: the core calls mergeOrders with both states (order-decide-floor.ts).
      throw new DocketError('Internal', 'MergeOrders is decided with both orders, by mergeOrders');
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

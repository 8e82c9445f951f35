import { DocketError } from '../../kernel/errors';
import { assertNever } from '../decider';
import type { OrderCommand } from './order-commands';
import { requireOpen, type OrderContext } from './order-context';
import { moveOrder, openOrder, printBill } from './order-decide-floor';
import { addItem, applyDiscount, removeDiscount, removeItem, voidItem } from './order-decide-lines';
import { fireCourse, printKitchenTicket, sendOrder } from './order-decide-kitchen';
import { closeOrder, takePayment } from './order-decide-payments';
import { clearSplit, refundOrder, reopenOrder, splitBill, unsplitFor } from './order-decide-settle';
import type { OrderEvent } from './order-events';
import type { OrderState } from './order-state';

export type { OrderContext } from './order-context';

/** Commands that change what the bill comes to: they drop an unpaid split first (see unsplitFor). */
const CHANGES_BILL = new Set<OrderCommand['type']>(['AddItem', 'RemoveItem', 'VoidItem', 'ApplyDiscount', 'RemoveDiscount']);
/** Commands that act on a closed order. */
const ON_CLOSED = new Set<OrderCommand['type']>(['RefundOrder', 'ReopenOrder', 'PrintReceipt']);

/** One short function per command (see the order-decide-*.ts files); this only dispatches. */
export function decideOrder(command: OrderCommand, state: OrderState, ctx: OrderContext): OrderEvent[] {
  if (command.type !== 'OpenOrder' && !ON_CLOSED.has(command.type)) requireOpen(state);
  if (ON_CLOSED.has(command.type) && state.status === 'none') throw new DocketError('NotFound', 'no such order');
  if (CHANGES_BILL.has(command.type)) {
    const events = decideOne(command, state, ctx);
    return events.length > 0 ? [...unsplitFor(state), ...events] : events;
  }
  return decideOne(command, state, ctx);
}

function decideOne(command: OrderCommand, state: OrderState, ctx: OrderContext): OrderEvent[] {
  switch (command.type) {
    case 'OpenOrder':
      return openOrder(command, state, ctx);
    case 'MoveOrder':
      return moveOrder(command, state, ctx);
    case 'PrintBill':
      return printBill(command, state);
    case 'SplitBill':
      return splitBill(command, state);
    case 'ClearSplit':
      return clearSplit(command, state);
    case 'RefundOrder':
      return refundOrder(command, state, ctx);
    case 'ReopenOrder':
      return reopenOrder(command, state, ctx);
    case 'PrintReceipt':
      if (state.status !== 'closed') throw new DocketError('IllegalState', 'a receipt is printed once the order is closed; print the bill before');
      return [{ type: 'ReceiptPrinted', data: { copy: state.receiptsPrinted + 1 } }];
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

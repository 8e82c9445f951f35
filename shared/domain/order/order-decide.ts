import { DocketError } from '../../kernel/errors';
import { assertNever, type CommandContext } from '../decider';
import type { MenuState } from '../menu/menu-state';
import type { OrderCommand } from './order-commands';
import type { OrderEvent } from './order-events';
import { amountDue, type OrderState } from './order-state';

/** What an order decision needs from outside its own stream. */
export interface OrderContext extends CommandContext {
  readonly menu: MenuState;
  /** The next gapless receipt number of this terminal's series; read only by CloseOrder. */
  readonly nextReceipt: { series: string; number: number };
}

const MAX_QTY = 999;

function requireOpen(state: OrderState): void {
  if (state.status === 'none') throw new DocketError('NotFound', 'no such order');
  if (state.status === 'closed') throw new DocketError('IllegalState', 'the order is closed');
}

export function decideOrder(command: OrderCommand, state: OrderState, ctx: OrderContext): OrderEvent[] {
  switch (command.type) {
    case 'OpenOrder': {
      if (state.status !== 'none') throw new DocketError('IllegalState', 'that order is already open');
      if (!ctx.menu.created) throw new DocketError('IllegalState', 'there is no menu to sell from yet');
      const table = command.table?.trim() || null;
      if (table !== null && table.length > 40) throw new DocketError('Validation', 'a table name is at most 40 characters');
      return [{ type: 'OrderOpened', data: { orderId: command.orderId, table, currency: ctx.menu.currency } }];
    }
    case 'AddItem': {
      requireOpen(state);
      if (!Number.isSafeInteger(command.qty) || command.qty <= 0 || command.qty > MAX_QTY) {
        throw new DocketError('Validation', `a quantity is a whole number from 1 to ${MAX_QTY}`, { qty: command.qty });
      }
      const item = ctx.menu.items[command.itemId];
      if (!item) throw new DocketError('NotFound', 'no such menu item');
      if (state.lines.some((l) => l.lineId === command.lineId)) {
        throw new DocketError('IllegalState', 'that line is already on the order');
      }
      return [
        {
          type: 'ItemAdded',
          data: {
            lineId: command.lineId,
            itemId: item.itemId,
            name: item.name,
            unitPrice: item.price,
            qty: command.qty,
            menuVersion: ctx.menu.version,
          },
        },
      ];
    }
    case 'RemoveItem': {
      requireOpen(state);
      const line = state.lines.find((l) => l.lineId === command.lineId);
      if (!line) throw new DocketError('NotFound', 'no such line on the order');
      if (state.total - line.unitPrice * line.qty < state.paid) {
        throw new DocketError('IllegalState', 'removing this line would leave more paid than owed');
      }
      return [{ type: 'ItemRemoved', data: { lineId: line.lineId } }];
    }
    case 'TakePayment': {
      requireOpen(state);
      if (!Number.isSafeInteger(command.amount) || command.amount <= 0) {
        throw new DocketError('Validation', 'a payment must be more than zero, in whole minor units', {
          amount: command.amount,
        });
      }
      if (state.payments.some((p) => p.paymentId === command.paymentId)) {
        throw new DocketError('IllegalState', 'that payment is already recorded');
      }
      const due = amountDue(state);
      if (due === 0) throw new DocketError('IllegalState', 'nothing is owed on this order');
      const amount = Math.min(command.amount, due);
      return [
        {
          type: 'PaymentTaken',
          data: {
            paymentId: command.paymentId,
            tender: command.tender,
            tendered: command.amount,
            amount,
            change: command.amount - amount,
          },
        },
      ];
    }
    case 'CloseOrder': {
      requireOpen(state);
      if (state.lines.length === 0) throw new DocketError('IllegalState', 'an empty order cannot be closed');
      const due = amountDue(state);
      if (due > 0) throw new DocketError('IllegalState', 'the order is not fully paid', { due });
      return [
        {
          type: 'OrderClosed',
          data: {
            receiptSeries: ctx.nextReceipt.series,
            receiptNumber: ctx.nextReceipt.number,
            total: state.total,
            paid: state.paid,
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

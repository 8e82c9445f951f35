import { DocketError } from '../../kernel/errors';
import type { CloseOrder, TakePayment } from './order-commands';
import { requireShift, requireWhole, type OrderContext } from './order-context';
import type { OrderEvent } from './order-events';
import type { OrderState } from './order-state';
import { orderTotals } from './order-totals';
import { partDue } from './order-decide-settle';

/**
 * Cash may be more than is due (the rest is change); a card or voucher
 * payment may not, since nothing goes back. A tip is on top of the bill and
 * is never change.
 */
export function takePayment(command: TakePayment, state: OrderState, ctx: OrderContext): OrderEvent[] {
  const shiftId = requireShift(ctx);
  if (!Number.isSafeInteger(command.amount) || command.amount <= 0) {
    throw new DocketError('Validation', 'a payment must be more than zero, in whole minor units', { amount: command.amount });
  }
  const tip = requireWhole(command.tip, 'tip', 0, Number.MAX_SAFE_INTEGER) ?? 0;
  if (state.payments.some((p) => p.paymentId === command.paymentId)) throw new DocketError('IllegalState', 'that payment is already recorded');
  const reference = command.reference?.trim() || null;
  if (reference !== null && reference.length > 64) throw new DocketError('Validation', 'a payment reference is at most 64 characters');
  if (command.tender === 'card' && reference === null) {
    throw new DocketError('Validation', 'a card payment needs the card terminal’s reference');
  }
  const partId = state.split ? command.partId : undefined;
  if (state.split && partId === undefined) throw new DocketError('Validation', 'the bill is split: say which part this pays');
  if (!state.split && command.partId !== undefined) throw new DocketError('IllegalState', 'the bill is not split');
  const due = partId !== undefined ? partDue(state, partId) : Math.max(0, orderTotals(state).total - state.paid);
  if (due === 0) throw new DocketError('IllegalState', partId !== undefined ? 'that part is paid' : 'nothing is owed on this order');
  if (command.tender !== 'cash' && command.amount > due) {
    throw new DocketError('Validation', `a ${command.tender} payment cannot be more than is due`, { due });
  }
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
        tip,
        reference,
        shiftId,
        partId: partId ?? null,
      },
    },
  ];
}

export function closeOrder(_command: CloseOrder, state: OrderState, ctx: OrderContext): OrderEvent[] {
  if (!state.lines.some((l) => l.status !== 'voided')) throw new DocketError('IllegalState', 'an empty order cannot be closed');
  const { total } = orderTotals(state);
  const due = Math.max(0, total - state.paid);
  if (due > 0) throw new DocketError('IllegalState', 'the order is not fully paid', { due });
  const shiftId = requireShift(ctx);
  return [
    {
      type: 'OrderClosed',
      data: { receiptSeries: ctx.nextReceipt.series, receiptNumber: ctx.nextReceipt.number, total, paid: state.paid, shiftId },
    },
  ];
}

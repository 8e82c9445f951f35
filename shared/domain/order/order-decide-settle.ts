import { DocketError } from '../../kernel/errors';
import { approver } from '../decider';
import type { ClearSplit, RefundOrder, ReopenOrder, SplitBill } from './order-commands';
import { requireReason, requireShift, requireWhole, type OrderContext } from './order-context';
import type { BillPart, OrderEvent } from './order-events';
import type { OrderState } from './order-state';
import { allocate, orderTotals, type LineMoney } from './order-totals';

/** What a line costs the guest: with tax added when prices exclude it. */
const lineCharge = (m: LineMoney, state: Pick<OrderState, 'taxMode'>): number => (state.taxMode === 'exclusive' ? m.net + m.tax : m.net);

/**
 * A change to the bill (a line, a discount) while it is split: before anything
 * is paid the split is dropped (the parts no longer add up); after a part is
 * paid the change is refused, since money was taken against those parts.
 */
export function unsplitFor(state: OrderState): OrderEvent[] {
  if (!state.split) return [];
  if (state.payments.length > 0) throw new DocketError('IllegalState', 'the bill is split and partly paid: take the rest as it is');
  return [{ type: 'SplitCleared', data: { splitId: state.split.splitId } }];
}

function parts(state: OrderState, command: SplitBill): BillPart[] {
  const totals = orderTotals(state);
  const live = state.lines.filter((l) => l.status !== 'voided');
  const charge = new Map(totals.lines.map((m) => [m.lineId, lineCharge(m, state)]));
  const ids = live.map((l) => l.lineId);
  switch (command.mode) {
    case 'even': {
      const n = requireWhole(command.parts, 'parts', 2, 20);
      if (n === undefined) throw new DocketError('Validation', 'say how many equal parts');
      return allocate(totals.total, Array.from({ length: n }, () => 1)).map((amount, i) => ({
        partId: String(i + 1),
        label: `${i + 1}/${n}`,
        amount,
        lineIds: ids,
      }));
    }
    case 'seats': {
      const seats = [...new Set(live.map((l) => l.seat).filter((s): s is number => s !== null))].sort((a, b) => a - b);
      if (seats.length < 2) throw new DocketError('IllegalState', 'split by seat needs lines on at least two seats');
      // Lines on no seat (a shared starter) are shared out over the seats in equal parts.
      const shared = live.filter((l) => l.seat === null).reduce((s, l) => s + (charge.get(l.lineId) ?? 0), 0);
      const shares = allocate(shared, seats.map(() => 1));
      return seats.map((seat, i) => {
        const own = live.filter((l) => l.seat === seat);
        return {
          partId: `seat-${seat}`,
          label: `Seat ${seat}`,
          amount: own.reduce((s, l) => s + (charge.get(l.lineId) ?? 0), 0) + (shares[i] as number),
          lineIds: [...own.map((l) => l.lineId), ...live.filter((l) => l.seat === null).map((l) => l.lineId)],
        };
      });
    }
    case 'lines': {
      const groups = command.groups ?? [];
      if (groups.length < 2 || groups.some((g) => g.length === 0)) throw new DocketError('Validation', 'give at least two groups of lines');
      const chosen = groups.flat();
      if (chosen.length !== ids.length || new Set(chosen).size !== chosen.length || !chosen.every((id) => ids.includes(id))) {
        throw new DocketError('Validation', 'every line of the bill must be in exactly one group');
      }
      return groups.map((g, i) => ({
        partId: String(i + 1),
        label: `Part ${i + 1}`,
        amount: g.reduce((s, id) => s + (charge.get(id) ?? 0), 0),
        lineIds: g,
      }));
    }
    default:
      throw new DocketError('Validation', 'split evenly, by seat, or by lines');
  }
}

export function splitBill(command: SplitBill, state: OrderState): OrderEvent[] {
  if (state.payments.length > 0) throw new DocketError('IllegalState', 'money has been taken: split before the first payment');
  if (orderTotals(state).total === 0) throw new DocketError('IllegalState', 'there is nothing to split');
  return [{ type: 'BillSplit', data: { splitId: command.splitId, mode: command.mode, parts: parts(state, command) } }];
}

export function clearSplit(_command: ClearSplit, state: OrderState): OrderEvent[] {
  if (!state.split) throw new DocketError('IllegalState', 'the bill is not split');
  return unsplitFor(state);
}

/** What is still owed on one part of a split bill. */
export function partDue(state: OrderState, partId: string): number {
  const part = state.split?.parts.find((p) => p.partId === partId);
  if (!part) throw new DocketError('NotFound', 'no such part of the bill');
  return Math.max(0, part.amount - state.payments.filter((p) => p.partId === partId).reduce((s, p) => s + p.amount, 0));
}

export function refundOrder(command: RefundOrder, state: OrderState, ctx: OrderContext): OrderEvent[] {
  if (state.status !== 'closed') throw new DocketError('IllegalState', 'only a closed order is refunded; change an open one instead');
  const reason = requireReason(command.reason);
  if (state.refunds.some((r) => r.refundId === command.refundId)) throw new DocketError('IllegalState', 'that refund is already recorded');
  const refunded = new Set(state.refunds.flatMap((r) => r.lineIds));
  const totals = orderTotals(state);
  const refundable = totals.lines.filter((m) => !refunded.has(m.lineId));
  const lineIds = command.lineIds ?? refundable.map((m) => m.lineId);
  if (lineIds.length === 0) throw new DocketError('IllegalState', 'everything on this order is already refunded');
  for (const id of lineIds) {
    if (refunded.has(id)) throw new DocketError('IllegalState', 'a line can only be refunded once');
    if (!refundable.some((m) => m.lineId === id)) throw new DocketError('NotFound', 'no such line on the order');
  }
  const amount = refundable.filter((m) => lineIds.includes(m.lineId)).reduce((s, m) => s + lineCharge(m, state), 0);
  if (!approver(ctx)) throw new DocketError('ApprovalRequired', 'a refund needs a manager');
  const shiftId = requireShift(ctx);
  return [{ type: 'OrderRefunded', data: { refundId: command.refundId, lineIds: [...lineIds], amount, tender: command.tender, reason, shiftId } }];
}

export function reopenOrder(command: ReopenOrder, state: OrderState, ctx: OrderContext): OrderEvent[] {
  if (state.status !== 'closed') throw new DocketError('IllegalState', 'only a closed order can be reopened');
  if (state.refunds.length > 0) throw new DocketError('IllegalState', 'a refunded order cannot be reopened');
  const reason = requireReason(command.reason);
  if (!approver(ctx)) throw new DocketError('ApprovalRequired', 'reopening a closed order needs a manager');
  return [{ type: 'OrderReopened', data: { reason, previousReceipt: state.receipt } }];
}

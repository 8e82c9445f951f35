import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../decider';
import type { OrderCommand } from './order-commands';
import { decideOrder } from './order-decide';
import type { OrderEvent } from './order-events';
import { evolveOrder, initialOrderState, type OrderState } from './order-state';
import { orderTotals } from './order-totals';
import { COLA, context, id, ORDER, PIZZA, STEAK, DONENESS, opt } from './order-test-fixtures';

/**
 * Whole orders through the decider: random lines, discounts, a split, every
 * part paid by random tenders with tips, closed, then refunded line by line.
 * However they come, the money adds up to the cent, in integers.
 */
const ctx = context({ approvedBy: { staffId: 'ana', role: 'manager' } });

function apply(state: OrderState, command: OrderCommand): OrderState {
  return fold(evolveOrder, state, decideOrder(command, state, ctx) as OrderEvent[]);
}

const arbLine = fc.record({
  item: fc.constantFrom(PIZZA, COLA, STEAK),
  qty: fc.integer({ min: 1, max: 9 }),
  seat: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
});
const arbDiscount = fc.record({ kind: fc.constantFrom('percent' as const, 'amount' as const), value: fc.integer({ min: 1, max: 5000 }), onFirstLine: fc.boolean() });
const arbSplit = fc.oneof(fc.constant({ mode: 'none' as const }), fc.record({ mode: fc.constant('even' as const), parts: fc.integer({ min: 2, max: 7 }) }), fc.constant({ mode: 'seats' as const }));
const arbTender = fc.record({ tender: fc.constantFrom('cash' as const, 'card' as const, 'voucher' as const), over: fc.integer({ min: 0, max: 3000 }), tip: fc.integer({ min: 0, max: 2000 }) });

describe('order money (property)', () => {
  it('tenders, change, tips, tax, splits and refunds always add up to the cent', () => {
    fc.assert(
      fc.property(fc.array(arbLine, { minLength: 1, maxLength: 8 }), fc.array(arbDiscount, { maxLength: 3 }), arbSplit, fc.array(arbTender, { minLength: 1, maxLength: 8 }), (lines, discounts, split, tenders) => {
        let n = 0;
        const next = () => id(20, ++n);
        let s = apply(initialOrderState(), { type: 'OpenOrder', orderId: ORDER });
        for (const l of lines) {
          const modifiers = l.item === STEAK ? [{ groupId: DONENESS, optionIds: [opt(1)] }] : undefined;
          s = apply(s, { type: 'AddItem', orderId: ORDER, lineId: next(), itemId: l.item, qty: l.qty, seat: l.seat, modifiers });
        }
        for (const d of discounts) {
          try {
            s = apply(s, { type: 'ApplyDiscount', orderId: ORDER, discountId: next(), kind: d.kind, value: d.value, reason: 'p', lineId: d.onFirstLine ? s.lines[0]?.lineId : undefined });
          } catch {
            // "nothing left to discount" is a fair refusal; the order goes on without it.
          }
        }
        const { total } = orderTotals(s);
        if (split.mode !== 'none' && total > 0) {
          try {
            s = apply(s, { type: 'SplitBill', orderId: ORDER, splitId: next(), mode: split.mode, parts: 'parts' in split ? split.parts : undefined });
            expect(s.split?.parts.reduce((a, p) => a + p.amount, 0)).toBe(total);
          } catch {
            // seats split refused when fewer than two seats: pay it whole.
          }
        }
        const parts = s.split ? s.split.parts.map((p) => p.partId) : [undefined];
        let t = 0;
        for (const partId of parts) {
          for (let guard = 0; guard < 50; guard++) {
            const due = partId ? (s.split?.parts.find((p) => p.partId === partId)?.amount ?? 0) - s.payments.filter((p) => p.partId === partId).reduce((a, p) => a + p.amount, 0) : total - s.paid;
            if (due <= 0) break;
            const tender = tenders[t++ % tenders.length] as (typeof tenders)[number];
            const amount = tender.tender === 'cash' ? due + tender.over : due - tender.over >= 1 ? due - tender.over : due;
            s = apply(s, { type: 'TakePayment', orderId: ORDER, paymentId: next(), tender: tender.tender, amount, tip: tender.tip, reference: 'R', partId });
          }
        }
        if (total > 0) s = apply(s, { type: 'CloseOrder', orderId: ORDER });
        const paid = s.payments.reduce((a, p) => a + p.amount, 0);
        const handed = s.payments.reduce((a, p) => a + p.tendered, 0);
        const change = s.payments.reduce((a, p) => a + p.change, 0);
        const money = [paid, handed, change, s.tips, total, ...s.payments.flatMap((p) => [p.amount, p.tendered, p.change, p.tip])];
        expect(money.every(Number.isSafeInteger)).toBe(true);
        expect(paid).toBe(total);
        expect(handed - change).toBe(paid);
        expect(s.payments.every((p) => p.tender === 'cash' || p.change === 0)).toBe(true);
        expect(s.tips).toBe(s.payments.reduce((a, p) => a + p.tip, 0));
        if (total > 0) {
          for (const line of orderTotals(s).lines) {
            s = apply(s, { type: 'RefundOrder', orderId: ORDER, refundId: next(), lineIds: [line.lineId], tender: 'cash', reason: 'r' });
          }
          expect(s.refunds.reduce((a, r) => a + r.amount, 0)).toBe(total);
        }
      }),
      { numRuns: 300 },
    );
  });
});

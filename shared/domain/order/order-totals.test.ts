import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderDiscount, OrderLine } from './order-state';
import { allocate, divRoundHalfUp, lineTax, orderTotals } from './order-totals';

const line = (lineId: string, unitPrice: number, qty: number, taxRate = 0, extra: Partial<OrderLine> = {}): OrderLine => ({
  lineId,
  itemId: 'i',
  name: lineId,
  categoryId: null,
  unitPrice,
  qty,
  menuVersion: 1,
  modifiers: [],
  note: null,
  seat: null,
  course: 1,
  taxCategoryId: taxRate ? `tax-${taxRate}` : null,
  taxRate,
  station: 'kitchen',
  status: 'new',
  sendId: null,
  voidReason: null,
  ...extra,
});

describe('rounding and allocation', () => {
  it('rounds half up', () => {
    expect(divRoundHalfUp(5, 10)).toBe(1);
    expect(divRoundHalfUp(4, 10)).toBe(0);
    expect(divRoundHalfUp(15, 10)).toBe(2);
    expect(divRoundHalfUp(25, 10)).toBe(3);
  });

  it('shares an amount exactly, by largest remainder', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(10, [0, 5, 5])).toEqual([0, 5, 5]);
    expect(allocate(0, [3, 4])).toEqual([0, 0]);
    expect(allocate(7, [0, 0])).toEqual([0, 0]);
  });

  it('computes exclusive and inclusive tax per line', () => {
    expect(lineTax(1000, 825, 'exclusive')).toBe(83); // 82.5 → 83
    expect(lineTax(1083, 825, 'inclusive')).toBe(83); // 1083 − round(1083 / 1.0825 = 1000.46) = 83
    expect(lineTax(1000, 0, 'exclusive')).toBe(0);
  });
});

describe('orderTotals', () => {
  it('adds exclusive tax by rate on top of the discounted lines', () => {
    const t = orderTotals({
      taxMode: 'exclusive',
      lines: [line('a', 2400, 1, 825), line('b', 300, 2, 2000), line('c', 1150, 1)],
      discounts: [{ discountId: 'd', lineId: null, kind: 'percent', value: 1000, reason: 'r' }],
    });
    expect(t.subtotal).toBe(4150);
    expect(t.discount).toBe(415);
    expect(t.net).toBe(3735);
    // Shares of 415 over 2400/600/1150: 240, 60, 115; taxes: 2160 × 8.25 % = 178.2 → 178; 540 × 20 % = 108.
    expect(t.taxes).toEqual([
      { taxCategoryId: 'tax-825', rate: 825, base: 2160, tax: 178 },
      { taxCategoryId: 'tax-2000', rate: 2000, base: 540, tax: 108 },
    ]);
    expect(t.total).toBe(3735 + 286);
  });

  it('keeps tax inside inclusive prices', () => {
    const t = orderTotals({ taxMode: 'inclusive', lines: [line('a', 1083, 1, 825)], discounts: [] });
    expect(t).toMatchObject({ total: 1083, tax: 83, taxes: [{ base: 1000, tax: 83 }] });
  });

  it('prices modifiers per unit and ignores voided lines', () => {
    const withFries = line('a', 2400, 2, 0, { modifiers: [{ groupId: 'g', optionId: 'o', name: 'Fries', priceDelta: 350 }] });
    const t = orderTotals({ taxMode: 'exclusive', lines: [withFries, line('v', 999, 1, 0, { status: 'voided' })], discounts: [] });
    expect(t.total).toBe(5500);
  });
});

describe('money properties (fast-check)', () => {
  const arbLine = fc.record({
    unitPrice: fc.integer({ min: 0, max: 500_000 }),
    qty: fc.integer({ min: 1, max: 20 }),
    taxRate: fc.constantFrom(0, 500, 825, 1000, 2000),
    delta: fc.integer({ min: -100, max: 2_000 }),
  });
  const arbDiscount = fc.record({
    kind: fc.constantFrom('percent' as const, 'amount' as const),
    value: fc.integer({ min: 1, max: 10_000 }),
    onLine: fc.option(fc.nat(), { nil: null }),
  });

  it('always adds up to the cent: lines, discounts, taxes and total, in integers', () => {
    fc.assert(
      fc.property(fc.array(arbLine, { minLength: 1, maxLength: 12 }), fc.array(arbDiscount, { maxLength: 4 }), fc.constantFrom('inclusive' as const, 'exclusive' as const), (ls, ds, taxMode) => {
        const lines = ls.map((l, i) =>
          line(`l${i}`, Math.max(0, l.unitPrice), l.qty, l.taxRate, {
            modifiers: l.unitPrice + l.delta >= 0 ? [{ groupId: 'g', optionId: 'o', name: 'm', priceDelta: l.delta }] : [],
          }),
        );
        const discounts: OrderDiscount[] = ds.map((d, i) => ({
          discountId: `d${i}`,
          lineId: d.onLine === null ? null : `l${d.onLine % lines.length}`,
          kind: d.kind,
          value: d.value,
          reason: 'r',
        }));
        const t = orderTotals({ taxMode, lines, discounts });
        const all = [t.subtotal, t.discount, t.net, t.tax, t.total, ...t.lines.flatMap((m) => [m.gross, m.discount, m.net, m.tax])];
        expect(all.every(Number.isSafeInteger)).toBe(true);
        expect(t.lines.every((m) => m.net >= 0 && m.tax >= 0 && m.discount >= 0)).toBe(true);
        expect(t.lines.reduce((s, m) => s + m.net, 0)).toBe(t.net);
        expect(t.subtotal - t.discount).toBe(t.net);
        expect(t.taxes.reduce((s, x) => s + x.tax, 0)).toBe(t.tax);
        expect(t.total).toBe(taxMode === 'exclusive' ? t.net + t.tax : t.net);
        const taxedBase = t.taxes.reduce((s, x) => s + x.base, 0);
        const untaxed = t.lines.filter((_, i) => (lines[i] as OrderLine).taxRate === 0).reduce((s, m) => s + m.net, 0);
        expect(taxedBase + untaxed).toBe(taxMode === 'exclusive' ? t.net : t.net - t.tax);
      }),
      { numRuns: 500 },
    );
  });
});

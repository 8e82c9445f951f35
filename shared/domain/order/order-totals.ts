import type { TaxMode } from '../menu/menu-events';
import type { OrderDiscount, OrderLine, OrderState } from './order-state';

/**
 * The money of an order, in integer minor units. The rules, in order:
 *
 * 1. A line's gross is (unit price + the price changes of its modifiers) × qty.
 *    Voided lines count for nothing.
 * 2. A line discount comes off its line: a percentage is rounded half up to
 *    the minor unit; an amount is capped at the line's gross.
 * 3. An order discount is computed on the sum of the lines after their own
 *    discounts (rounded the same way), then shared out over the lines in
 *    proportion to them by the largest-remainder method, so that the shares
 *    add up exactly and every line's tax is computed on what was really charged.
 * 4. Tax is computed per line, rounded half up to the minor unit:
 *    - prices exclusive of tax: tax = net × rate / 10 000, added on top;
 *    - prices inclusive of tax: tax = net − net × 10 000 / (10 000 + rate),
 *      already inside the price.
 * 5. Taxes are reported summed by tax category and rate.
 */
export interface TaxLine {
  taxCategoryId: string | null;
  /** Basis points. */
  rate: number;
  /** What the tax was computed on, excluding tax. */
  base: number;
  tax: number;
}

export interface LineMoney {
  lineId: string;
  gross: number;
  discount: number;
  net: number;
  tax: number;
}

export interface OrderTotals {
  /** Sum of line grosses before any discount. */
  subtotal: number;
  discount: number;
  /** What is charged for the goods: inclusive of tax when prices are, exclusive otherwise. */
  net: number;
  tax: number;
  taxes: TaxLine[];
  /** The bill: what must be paid (tips come on top). */
  total: number;
  lines: LineMoney[];
}

/** a / b rounded half up, for a ≥ 0 and b > 0. */
export const divRoundHalfUp = (a: number, b: number): number => Math.floor((2 * a + b) / (2 * b));

const percentOf = (amount: number, bp: number): number => divRoundHalfUp(amount * bp, 10_000);

export const lineGross = (l: OrderLine): number =>
  l.status === 'voided' ? 0 : (l.unitPrice + l.modifiers.reduce((s, m) => s + m.priceDelta, 0)) * l.qty;

function discountAmount(d: OrderDiscount, base: number): number {
  return Math.min(base, d.kind === 'percent' ? percentOf(base, d.value) : d.value);
}

/**
 * Shares `amount` (≥ 0) over non-negative `weights` in proportion, exactly, by
 * largest remainder. BigInt: amount × weight can pass 2^53 on large bills.
 */
export function allocate(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  if (total === 0 || amount === 0) return weights.map(() => 0);
  const a = BigInt(amount);
  const t = BigInt(total);
  const shares = weights.map((w) => Number((a * BigInt(w)) / t));
  const order = weights
    .map((w, i) => ({ i, rest: (a * BigInt(w)) % t }))
    .sort((x, y) => (x.rest === y.rest ? x.i - y.i : x.rest > y.rest ? -1 : 1));
  let left = amount - shares.reduce((s, x) => s + x, 0);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] as number) + 1;
    left -= 1;
  }
  return shares;
}

export function lineTax(net: number, rate: number, mode: TaxMode): number {
  if (rate === 0 || net <= 0) return 0;
  return mode === 'exclusive' ? percentOf(net, rate) : net - divRoundHalfUp(net * 10_000, 10_000 + rate);
}

export function orderTotals(s: Pick<OrderState, 'lines' | 'discounts' | 'taxMode'>): OrderTotals {
  const lines = s.lines.filter((l) => l.status !== 'voided');
  const gross = lines.map(lineGross);
  const afterLine = lines.map((l, i) => {
    const g = gross[i] as number;
    const off = s.discounts.filter((d) => d.lineId === l.lineId).reduce((sum, d) => sum + discountAmount(d, g - sum), 0);
    return g - off;
  });
  const base = afterLine.reduce((a, b) => a + b, 0);
  const orderOff = s.discounts.filter((d) => d.lineId === null).reduce((sum, d) => sum + discountAmount(d, base - sum), 0);
  const shares = allocate(orderOff, afterLine);
  const money: LineMoney[] = lines.map((l, i) => {
    const net = (afterLine[i] as number) - (shares[i] as number);
    return { lineId: l.lineId, gross: gross[i] as number, discount: (gross[i] as number) - net, net, tax: lineTax(net, l.taxRate, s.taxMode) };
  });
  const byRate = new Map<string, TaxLine>();
  lines.forEach((l, i) => {
    const m = money[i] as LineMoney;
    if (l.taxRate === 0) return;
    const key = `${l.taxCategoryId ?? ''}|${l.taxRate}`;
    const t = byRate.get(key) ?? { taxCategoryId: l.taxCategoryId, rate: l.taxRate, base: 0, tax: 0 };
    t.base += s.taxMode === 'exclusive' ? m.net : m.net - m.tax;
    t.tax += m.tax;
    byRate.set(key, t);
  });
  const subtotal = gross.reduce((a, b) => a + b, 0);
  const net = money.reduce((a, m) => a + m.net, 0);
  const tax = money.reduce((a, m) => a + m.tax, 0);
  return {
    subtotal,
    discount: subtotal - net,
    net,
    tax,
    taxes: [...byRate.values()].sort((a, b) => a.rate - b.rate),
    total: s.taxMode === 'exclusive' ? net + tax : net,
    lines: money,
  };
}

export const amountDue = (s: OrderState): number => Math.max(0, orderTotals(s).total - s.paid);

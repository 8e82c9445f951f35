import { currencyExponent } from '../../shared/kernel/money';

/** Note values in major units; currencies without minor units use bigger ones (yen, won). */
const NOTES_MINOR_CURRENCY = [5, 10, 20, 50, 100];
const NOTES_NO_MINOR = [500, 1000, 2000, 5000, 10000];

/**
 * The amounts a customer is likely to hand over for `due`: the next round
 * multiple of each common note above the exact amount ("13.50 → 15, 20, 50").
 */
export function quickAmounts(due: number, currency: string, count = 3): number[] {
  if (due <= 0) return [];
  const exp = currencyExponent(currency);
  const notes = (exp === 0 ? NOTES_NO_MINOR : NOTES_MINOR_CURRENCY).map((n) => n * 10 ** exp);
  const out = new Set<number>();
  for (const note of notes) {
    const next = Math.ceil(due / note) * note;
    if (next > due) out.add(next);
  }
  return [...out].sort((a, b) => a - b).slice(0, count);
}

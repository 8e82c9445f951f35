import { isDocketError } from '../../shared/kernel/errors';
import { parseMoney } from '../../shared/kernel/money';

export type Parsed = { ok: true; value: number } | { ok: false; error: string };

/**
 * Typed money into minor units through the kernel's parseMoney (decimal text,
 * never a float); the refusal is the kernel's own plain message.
 */
export function parseAmount(text: string, currency: string, opts: { min?: number } = {}): Parsed {
  try {
    const value = parseMoney(text, currency).amount;
    if (opts.min !== undefined && value < opts.min) return { ok: false, error: 'tooSmall' };
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: isDocketError(err) ? err.message : String(err) };
  }
}

const PERCENT_RE = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/;

/**
 * "8.25" or "8,25 %" → 825 basis points, from the digits alone: a rate is
 * never a float on its way in. At most two decimals, 0 to 100 percent.
 */
export function parsePercent(text: string): Parsed {
  const m = PERCENT_RE.exec(text);
  if (!m) return { ok: false, error: 'percent' };
  const [, whole = '0', frac = ''] = m;
  const bp = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  if (bp > 10_000) return { ok: false, error: 'percent' };
  return { ok: true, value: bp };
}

/** Basis points as exact decimal text of a fraction ("825" → "0.0825"), for Intl's percent style. */
export function basisPointsFraction(bp: number): string {
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  return `${sign}${Math.floor(abs / 10_000)}.${String(abs % 10_000).padStart(4, '0')}`;
}

/** 825 → "8.25", 2000 → "20": the text a manager edits. */
export function basisPointsText(bp: number): string {
  const whole = Math.floor(bp / 100);
  const frac = String(bp % 100).padStart(2, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

import { DocketError } from './errors';

/**
 * Money is an integer count of minor units (cents) with its ISO 4217 currency.
 * No floats, anywhere: amounts typed by people or read from files are parsed
 * from their decimal text straight into minor units.
 */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/** Minor-unit digits per currency; ISO 4217 exponents for the ones a till meets. */
const EXPONENTS: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, BHD: 3, KWD: 3, OMR: 3, TND: 3 };
export const currencyExponent = (currency: string): number => EXPONENTS[currency] ?? 2;

export function assertMinorUnits(amount: number, what = 'amount'): void {
  if (!Number.isSafeInteger(amount)) {
    throw new DocketError('Validation', `${what} must be a whole number of minor units`, { amount });
  }
}

export function money(amount: number, currency: string): Money {
  assertMinorUnits(amount);
  return { amount, currency };
}

export function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new DocketError('Validation', `cannot combine ${a.currency} with ${b.currency}`);
  }
}

export const addMoney = (a: Money, b: Money): Money => {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
};

export const subtractMoney = (a: Money, b: Money): Money => {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
};

export const multiplyMoney = (a: Money, factor: number): Money => {
  if (!Number.isSafeInteger(factor)) throw new DocketError('Validation', 'a quantity must be a whole number');
  return money(a.amount * factor, a.currency);
};

export const zero = (currency: string): Money => ({ amount: 0, currency });

/**
 * Parses "12.75", "-3", "0.5" into minor units without floating point.
 * More fraction digits than the currency has is an error, never a rounding.
 */
export function parseMoney(text: string, currency: string): Money {
  const exp = currencyExponent(currency);
  const m = /^\s*(-)?(\d{1,13})(?:\.(\d+))?\s*$/.exec(text);
  if (!m) throw new DocketError('Validation', `"${text}" is not an amount`);
  const [, sign, whole = '0', frac = ''] = m;
  if (frac.length > exp) {
    throw new DocketError('Validation', `"${text}" has more than ${exp} decimal places for ${currency}`);
  }
  const minor = Number(whole) * 10 ** exp + Number(frac.padEnd(exp, '0') || '0');
  return money(sign ? -minor : minor, currency);
}

/** Plain decimal text of an amount ("1234.50"); display formatting with Intl happens in the renderer. */
export function formatMinor(amount: number, currency: string): string {
  const exp = currencyExponent(currency);
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  if (exp === 0) return `${sign}${abs}`;
  const unit = 10 ** exp;
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(exp, '0')}`;
}

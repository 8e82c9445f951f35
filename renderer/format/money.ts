import { currencyExponent, formatMinor } from '../../shared/kernel/money';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let nf = cache.get(key);
  if (!nf) {
    const digits = currencyExponent(currency);
    nf = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    cache.set(key, nf);
  }
  return nf;
}

/**
 * Minor units to display text. The amount goes to Intl as exact decimal text
 * ("11.50"), not as a float divided by 100, so no display can drift a cent.
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  if (!currency) return formatMinor(minor, 'XXX');
  return formatter(locale, currency).format(formatMinor(minor, currency) as Intl.StringNumericLiteral);
}

const compactCache = new Map<string, Intl.NumberFormat>();

/**
 * Minor units as short text for a chart's axis ("$120K", "¥1.2万"): an axis
 * tick has room for a few characters, and the table beside the chart carries
 * the exact amounts. Rounding here is for display only.
 */
export function formatMoneyCompact(minor: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let nf = compactCache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { style: 'currency', currency: currency || 'XXX', notation: 'compact', maximumFractionDigits: 1 });
    compactCache.set(key, nf);
  }
  return nf.format(Number(formatMinor(minor, currency || 'XXX')));
}

import { basisPointsFraction } from './parse-input';

const cache = new Map<string, Intl.NumberFormat>();

/** 825 basis points → "8.25%" in the locale's way; Intl gets exact decimal text, never bp / 10000. */
export function formatPercent(bp: number, locale: string): string {
  let nf = cache.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 2 });
    cache.set(locale, nf);
  }
  return nf.format(basisPointsFraction(bp) as Intl.StringNumericLiteral);
}

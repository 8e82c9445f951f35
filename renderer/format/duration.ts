const cache = new Map<string, Intl.NumberFormat>();

type Unit = 'day' | 'hour' | 'minute' | 'second';

function unitFormat(locale: string, unit: Unit): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
    cache.set(key, f);
  }
  return f;
}

/**
 * A span of time as people say it between two steps of an order: "45 sec",
 * "12 min", "1 hr 5 min", "2 days 3 hr" — the two largest units, in the
 * locale's own words (Intl), seconds with a tenth below a minute.
 */
export function formatDuration(ms: number, locale: string): string {
  const abs = Math.abs(ms);
  const sign = ms < 0 ? '−' : '';
  if (abs < 60_000) return sign + unitFormat(locale, 'second').format(Math.round(abs / 100) / 10);
  const parts: [Unit, number][] = [
    ['day', Math.floor(abs / 86_400_000)],
    ['hour', Math.floor(abs / 3_600_000) % 24],
    ['minute', Math.floor(abs / 60_000) % 60],
    ['second', Math.floor(abs / 1000) % 60],
  ];
  const first = parts.findIndex(([, n]) => n > 0);
  const shown = parts.slice(first, first + 2).filter(([, n]) => n > 0);
  return sign + shown.map(([unit, n]) => unitFormat(locale, unit).format(n)).join(' ');
}

const cache = new Map<string, Intl.DateTimeFormat>();

/** Just the time of day ("9:28 PM"): a kitchen ticket is read within the hour it was sent. */
export function clockTime(iso: string, locale: string): string {
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    cache.set(locale, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

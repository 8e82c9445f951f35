const cache = new Map<string, Intl.DateTimeFormat>();

/** Local date and time of an ISO instant, e.g. for an event's `meta.at`. */
export function formatTime(iso: string, locale: string): string {
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' });
    cache.set(locale, f);
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

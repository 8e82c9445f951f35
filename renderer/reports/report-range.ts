/**
 * The day range a report covers. Business days are UTC dates, as the core
 * dates its report rows (the till has no time zone setting yet), so "today"
 * here is the UTC date too, whatever the screen's clock says.
 */
export const RANGE_PRESETS = ['today', 'week', 'month', 'year', 'all'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DayRange {
  from?: string;
  to?: string;
}

const day = (t: Date): string => t.toISOString().slice(0, 10);
const shift = (t: Date, days: number): Date => new Date(t.getTime() + days * 86_400_000);

/** today; this week from Monday; this month from the 1st; this year from 1 January; all: no bounds. */
export function presetRange(preset: RangePreset, now: Date): DayRange {
  const today = day(now);
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'week':
      return { from: day(shift(now, -((now.getUTCDay() + 6) % 7))), to: today };
    case 'month':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'all':
      return {};
  }
}

/** A range typed by hand: empty ends are open; one that ends before it starts is refused here, before the till is asked. */
export function customRange(from: string, to: string): DayRange | 'endsBeforeStart' {
  const r: DayRange = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  return r.from && r.to && r.from > r.to ? 'endsBeforeStart' : r;
}

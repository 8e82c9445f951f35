import { addDays, businessTime, UTC_CLOCK, weekdayFromMonday, type BusinessClock } from '../../shared/domain/restaurant/business-time';

/**
 * The day range a report covers. Days are the restaurant's business days
 * (its time zone, after its day cut-off), as the core dates report rows, so
 * "today" at 01:30 with a 04:00 cut-off is still yesterday's date, whatever
 * zone the screen's own clock is in.
 */
export const RANGE_PRESETS = ['today', 'week', 'month', 'year', 'all'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DayRange {
  from?: string;
  to?: string;
}

/** The restaurant's clock from its details (GetRestaurant); UTC, midnight, until they are read. */
export const clockOf = (r: { timeZone: string; dayCutoffMinutes: number } | null | undefined): BusinessClock =>
  r ? { timeZone: r.timeZone, dayCutoffMinutes: r.dayCutoffMinutes } : UTC_CLOCK;

/** A cut-off as the clock shows it: 240 → "04:00" (also the value of an <input type="time">). */
export const cutoffText = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** today; this week from Monday; this month from the 1st; this year from 1 January; all: no bounds — all in business days. */
export function presetRange(preset: RangePreset, now: Date, clock: BusinessClock = UTC_CLOCK): DayRange {
  const today = businessTime(now.getTime(), clock).day;
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'week':
      return { from: addDays(today, -weekdayFromMonday(today)), to: today };
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

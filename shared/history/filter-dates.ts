import { addDays, businessDaySpan, businessTime, instantOfWallClock, type BusinessClock } from '../domain/restaurant/business-time';
import type { DateParts } from './filter-syntax';

/**
 * The span of instants a written date stands for: a day is the whole day, a
 * minute the whole minute, and so on, so that `at = 2026-11-01` and
 * `at = 2026-11-01T14:30` mean what an owner means by them. Spans are
 * half-open, [start, end), in Unix milliseconds.
 *
 * A date without a zone is read in a `DateZone`:
 * - the restaurant's clock (its IANA zone and business-day cut-off, the
 *   default the core gives): a day is the business day, from its cut-off to
 *   the next, as Reports count it; a time is the zone's wall clock (DST
 *   included);
 * - a fixed offset, minutes east of UTC (0 reads it as UTC), when the caller
 *   asks for one: a day is then the calendar day at that offset.
 * A date written with a zone (`Z`, `+01:00`) is that exact span either way.
 * Events store `at` as UTC ISO text.
 */
export interface Span {
  start: number;
  end: number;
}

export type DateZone = number | BusinessClock;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function dateSpan(p: DateParts, zone: DateZone): Span {
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 0, p.minute ?? 0, p.second ?? 0, p.ms ?? 0);
  const size = p.hour === undefined ? DAY : p.second === undefined ? MINUTE : p.ms === undefined ? 1000 : 1;
  if (p.offsetMinutes === undefined && typeof zone !== 'number') {
    if (p.hour === undefined) return businessDaySpan(`${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, zone);
    const start = instantOfWallClock(wall, zone.timeZone);
    return { start, end: start + size };
  }
  const offset = p.offsetMinutes ?? (zone as number);
  const start = wall - offset * MINUTE;
  return { start, end: start + size };
}

/** today / yesterday as a day span: the business day now falls in (and the one before), or the calendar day at a fixed offset. */
export function relativeDaySpan(name: 'today' | 'yesterday', nowMs: number, zone: DateZone): Span {
  if (typeof zone !== 'number') {
    const today = businessTime(nowMs, zone).day;
    return businessDaySpan(name === 'yesterday' ? addDays(today, -1) : today, zone);
  }
  const local = new Date(nowMs + zone * MINUTE);
  const startLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - (name === 'yesterday' ? DAY : 0);
  const start = startLocal - zone * MINUTE;
  return { start, end: start + DAY };
}

/** The ISO text events store in `at`: comparing these strings compares the instants. */
export const isoAt = (ms: number): string => new Date(ms).toISOString();

import type { DateParts } from './filter-syntax';

/**
 * The span of instants a written date stands for: a day is the whole day, a
 * minute the whole minute, and so on, so that `at = 2026-11-01` and
 * `at = 2026-11-01T14:30` mean what an owner means by them. Spans are
 * half-open, [start, end), in Unix milliseconds.
 *
 * A date without a zone is read in the viewer's zone (`offsetMinutes` east
 * of UTC; 0 reads it as UTC). Events store `at` as UTC ISO text.
 */
export interface Span {
  start: number;
  end: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export function dateSpan(p: DateParts, viewerOffsetMinutes: number): Span {
  const offset = p.offsetMinutes ?? viewerOffsetMinutes;
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour ?? 0, p.minute ?? 0, p.second ?? 0, p.ms ?? 0);
  const start = local - offset * MINUTE;
  const size = p.hour === undefined ? DAY : p.second === undefined ? MINUTE : p.ms === undefined ? 1000 : 1;
  return { start, end: start + size };
}

/** today / yesterday in the viewer's zone, as a day span. */
export function relativeDaySpan(name: 'today' | 'yesterday', nowMs: number, viewerOffsetMinutes: number): Span {
  const local = new Date(nowMs + viewerOffsetMinutes * MINUTE);
  const startLocal = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - (name === 'yesterday' ? DAY : 0);
  const start = startLocal - viewerOffsetMinutes * MINUTE;
  return { start, end: start + DAY };
}

/** The ISO text events store in `at`: comparing these strings compares the instants. */
export const isoAt = (ms: number): string => new Date(ms).toISOString();

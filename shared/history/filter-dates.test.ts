import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessTime, type BusinessClock } from '../domain/restaurant/business-time';
import { dateSpan, relativeDaySpan } from './filter-dates';
import { parseFilter } from './filter-parser';
import type { DateParts } from './filter-syntax';

/** The parts of the date a filter like `at = <text>` holds, as the parser reads them. */
function parts(text: string): DateParts {
  const node = parseFilter(`at = ${text}`);
  if (node?.kind !== 'compare' || node.value.kind !== 'date') throw new Error(`not a date: ${text}`);
  return node.value.parts;
}
const iso = (s: { start: number; end: number }) => [new Date(s.start).toISOString(), new Date(s.end).toISOString()];
const NY: BusinessClock = { timeZone: 'America/New_York', dayCutoffMinutes: 240 };
const LONDON: BusinessClock = { timeZone: 'Europe/London', dayCutoffMinutes: 0 };

describe('filter dates in the restaurant clock', () => {
  it('read a day as the business day, cut-off to cut-off, 23 or 25 hours across a DST change', () => {
    // The clocks go back at 02:00 on 1 November: the 31st's business day (04:00 EDT to 04:00 EST) holds the extra hour.
    expect(iso(dateSpan(parts('2026-10-31'), NY))).toEqual(['2026-10-31T08:00:00.000Z', '2026-11-01T09:00:00.000Z']);
    expect(iso(dateSpan(parts('2026-11-01'), NY))).toEqual(['2026-11-01T09:00:00.000Z', '2026-11-02T09:00:00.000Z']);
    expect(iso(dateSpan(parts('2026-03-07'), NY))).toEqual(['2026-03-07T09:00:00.000Z', '2026-03-08T08:00:00.000Z']);
    expect(iso(dateSpan(parts('2026-03-29'), LONDON))).toEqual(['2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z']);
    expect(iso(dateSpan(parts('2026-10-25'), LONDON))).toEqual(['2026-10-24T23:00:00.000Z', '2026-10-26T00:00:00.000Z']);
  });

  it('read a time on the zone wall clock, summer or winter; a written zone wins; a fixed offset is a calendar day', () => {
    expect(iso(dateSpan(parts('2026-07-01T14:30'), LONDON))).toEqual(['2026-07-01T13:30:00.000Z', '2026-07-01T13:31:00.000Z']);
    expect(iso(dateSpan(parts('2026-12-01T14:30'), LONDON))).toEqual(['2026-12-01T14:30:00.000Z', '2026-12-01T14:31:00.000Z']);
    // 01:30 on the night the clocks go back happens twice: the first.
    expect(iso(dateSpan(parts('2026-11-01T01:30'), NY))[0]).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(dateSpan(parts('2026-11-01T01:30Z'), NY))[0]).toBe('2026-11-01T01:30:00.000Z');
    expect(iso(dateSpan(parts('2026-11-01'), -300))).toEqual(['2026-11-01T05:00:00.000Z', '2026-11-02T05:00:00.000Z']);
  });

  it('make today and yesterday the business day now falls in and the one before, even in the small hours', () => {
    const smallHours = Date.parse('2026-11-02T06:30:00Z'); // 01:30 on the 2nd, New York: still the 1st's business
    expect(iso(relativeDaySpan('today', smallHours, NY))).toEqual(['2026-11-01T09:00:00.000Z', '2026-11-02T09:00:00.000Z']);
    expect(iso(relativeDaySpan('yesterday', smallHours, NY))).toEqual(['2026-10-31T08:00:00.000Z', '2026-11-01T09:00:00.000Z']);
    expect(iso(relativeDaySpan('today', smallHours, 0))).toEqual(['2026-11-02T00:00:00.000Z', '2026-11-03T00:00:00.000Z']);
  });

  it('pick, for any instant, the day the reports date it on', () => {
    const arbClock = fc.record({
      timeZone: fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'),
      dayCutoffMinutes: fc.integer({ min: 0, max: 720 }),
    });
    fc.assert(
      fc.property(arbClock, fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }), (clock, ms) => {
        const { day } = businessTime(ms, clock);
        const span = dateSpan(parts(day), clock);
        expect(span.start <= ms && ms < span.end).toBe(true);
        expect(relativeDaySpan('today', ms, clock)).toEqual(span);
      }),
      { numRuns: 300 },
    );
  });
});

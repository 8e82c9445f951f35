import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  businessDaySpan,
  businessTime,
  instantOfWallClock,
  isTimeZone,
  UTC_CLOCK,
  wallClockMs,
  weekdayFromMonday,
  type BusinessClock,
} from './business-time';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const ny = (dayCutoffMinutes = 0): BusinessClock => ({ timeZone: 'America/New_York', dayCutoffMinutes });
const iso = (ms: number): string => new Date(ms).toISOString();

describe('business time', () => {
  it('puts 01:30 on the 2nd (New York, cut-off 04:00) on the 1st, at hour 1', () => {
    expect(businessTime('2026-11-02T06:30:00.000Z', ny(240))).toEqual({ day: '2026-11-01', month: '2026-11', hour: 1 });
    // After the cut-off it is the 2nd's.
    expect(businessTime('2026-11-02T09:00:00.000Z', ny(240))).toEqual({ day: '2026-11-02', month: '2026-11', hour: 4 });
    // The last night of a month trading past midnight counts for that month.
    expect(businessTime('2026-12-01T06:30:00.000Z', ny(240))).toEqual({ day: '2026-11-30', month: '2026-11', hour: 1 });
  });

  it('reads UTC with no cut-off exactly as the ISO text says (the figures of every folder from before zones)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 0, 1) }), (ms) => {
        const at = iso(ms);
        expect(businessTime(at, UTC_CLOCK)).toEqual({ day: at.slice(0, 10), month: at.slice(0, 7), hour: Number(at.slice(11, 13)) });
      }),
    );
  });

  it('follows the clocks through DST: the local hour before and after each change', () => {
    // New York springs forward at 02:00 EST (07:00Z) on 8 March 2026 and falls back at 02:00 EDT (06:00Z) on 1 November.
    expect(businessTime('2026-03-08T06:59:00.000Z', ny()).hour).toBe(1);
    expect(businessTime('2026-03-08T07:00:00.000Z', ny()).hour).toBe(3);
    expect(businessTime('2026-11-01T05:30:00.000Z', ny()).hour).toBe(1);
    expect(businessTime('2026-11-01T06:30:00.000Z', ny()).hour).toBe(1); // the second 01:30
    // London: 01:00Z on 29 March 2026 is 02:00 BST.
    expect(businessTime('2026-03-29T00:59:00.000Z', { timeZone: 'Europe/London', dayCutoffMinutes: 0 }).hour).toBe(0);
    expect(businessTime('2026-03-29T01:00:00.000Z', { timeZone: 'Europe/London', dayCutoffMinutes: 0 }).hour).toBe(2);
  });

  it('gives a business day as the span from its cut-off to the next: 23 hours in spring, 25 in autumn', () => {
    const spring = businessDaySpan('2026-03-07', ny(240)); // holds the jump at 02:00 on the 8th
    expect([iso(spring.start), iso(spring.end)]).toEqual(['2026-03-07T09:00:00.000Z', '2026-03-08T08:00:00.000Z']);
    const autumn = businessDaySpan('2026-11-01', ny());
    expect([iso(autumn.start), (autumn.end - autumn.start) / HOUR]).toEqual(['2026-11-01T04:00:00.000Z', 25]);
    expect(businessDaySpan('2026-11-28', UTC_CLOCK)).toEqual({ start: Date.UTC(2026, 10, 28), end: Date.UTC(2026, 10, 29) });
  });

  it('reads a wall-clock time that happens twice as the first, and one skipped by the jump as after it', () => {
    expect(iso(instantOfWallClock(Date.UTC(2026, 10, 1, 1, 30), 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(instantOfWallClock(Date.UTC(2026, 2, 8, 2, 30), 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    expect(iso(instantOfWallClock(Date.UTC(2026, 0, 15, 12, 0), 'Asia/Kolkata'))).toBe('2026-01-15T06:30:00.000Z');
  });

  it('knows zones by their IANA names and nothing else', () => {
    for (const z of ['UTC', 'Europe/London', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5', 'Asia/Kolkata']) expect(isTimeZone(z)).toBe(true);
    for (const z of ['', 'Mars/Base', '+01:00', 'Europe/London ', '../etc', 'a'.repeat(65)]) expect(isTimeZone(z)).toBe(false);
  });

  it('counts days on the calendar, across months, years and DST', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(weekdayFromMonday('2026-11-23')).toBe(0); // a Monday
    expect(weekdayFromMonday('2026-11-29')).toBe(6);
  });
});

// Zones with DST north and south, half- and quarter-hour offsets, half-hour DST (Lord Howe), and the changes' own hours.
const ZONES = ['America/New_York', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/Santiago', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
// Instants of DST changes in 2026 (and one in 2030), to search around.
const CHANGES = [
  '2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-04-04T16:00:00Z',
  '2026-10-03T16:00:00Z', '2026-04-05T03:00:00Z', '2026-09-06T04:00:00Z', '2030-03-10T07:00:00Z',
].map(Date.parse);

const arbClock = fc.record({ timeZone: fc.constantFrom(...ZONES), dayCutoffMinutes: fc.integer({ min: 0, max: 720 }) });
const arbNearChange = fc.tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -48 * 60, max: 48 * 60 })).map(([c, m]) => c + m * MINUTE + (m % 7) * 1000);
const arbInstant = fc.oneof(arbNearChange, fc.integer({ min: Date.UTC(1980, 0, 1), max: Date.UTC(2060, 0, 1) }));

describe('business time, property-tested around DST changes', () => {
  it('an instant lies in the span of its own business day, and days follow one another without gap or overlap', () => {
    fc.assert(
      fc.property(arbClock, arbInstant, (clock, ms) => {
        const { day } = businessTime(ms, clock);
        const span = businessDaySpan(day, clock);
        expect(span.start).toBeLessThanOrEqual(ms);
        expect(ms).toBeLessThan(span.end);
        expect(businessDaySpan(addDays(day, 1), clock).start).toBe(span.end);
        // 22..26 hours: DST moves a day by at most an hour here (Lord Howe by half of one).
        expect(span.end - span.start).toBeGreaterThanOrEqual(22 * HOUR);
        expect(span.end - span.start).toBeLessThanOrEqual(26 * HOUR);
      }),
      { numRuns: 500 },
    );
  });

  it('the hour is the local clock hour Intl itself shows, and the cut-off never moves it', () => {
    fc.assert(
      fc.property(arbClock, arbInstant, (clock, ms) => {
        const shown = new Intl.DateTimeFormat('en-GB', { timeZone: clock.timeZone, hour: '2-digit', hourCycle: 'h23' }).format(ms);
        expect(businessTime(ms, clock).hour).toBe(Number(shown));
        expect(businessTime(ms, { ...clock, dayCutoffMinutes: 0 }).hour).toBe(businessTime(ms, clock).hour);
      }),
      { numRuns: 500 },
    );
  });

  it('a wall-clock time read back gives the same wall clock, at the earliest instant showing it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), arbInstant, (zone, ms) => {
        const wall = wallClockMs(ms, zone);
        const back = instantOfWallClock(wall, zone);
        expect(wallClockMs(back, zone)).toBe(wall);
        expect(back).toBeLessThanOrEqual(ms);
        expect(ms - back).toBeLessThanOrEqual(HOUR); // only an autumn hour shows its clock twice
      }),
      { numRuns: 500 },
    );
  });

  it('a later cut-off can only move an instant to the same business day or the one before', () => {
    fc.assert(
      fc.property(arbClock, arbInstant, (clock, ms) => {
        const midnight = businessTime(ms, { ...clock, dayCutoffMinutes: 0 }).day;
        const cut = businessTime(ms, clock).day;
        expect([midnight, addDays(midnight, -1)]).toContain(cut);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The restaurant's clock: which business day, month and hour of the day an
 * instant belongs to, in the restaurant's time zone and after its day
 * cut-off, and back again (the instants a business day starts and ends).
 *
 * A business day is named by the local date on which it starts: with a
 * cut-off of 04:00, 01:30 on the 2nd (local) still belongs to the 1st. The
 * month is the business day's month; the hour is the local wall-clock hour
 * (not shifted by the cut-off), so "sales by hour" reads as the clock did.
 *
 * Zones come from the platform's Intl (ICU) data, DST included; no tz
 * library. Pure: the instant always comes from the caller.
 */
export interface BusinessClock {
  /** An IANA zone name, e.g. "Europe/London", "America/New_York", "UTC". */
  timeZone: string;
  /** Minutes after local midnight at which one business day ends and the next starts, 0..720. */
  dayCutoffMinutes: number;
}

export interface BusinessTime {
  /** YYYY-MM-DD: the business day. */
  day: string;
  /** YYYY-MM: the business day's month. */
  month: string;
  /** 0..23: the local hour of the instant. */
  hour: number;
}

export const UTC_CLOCK: BusinessClock = { timeZone: 'UTC', dayCutoffMinutes: 0 };
export const MAX_DAY_CUTOFF_MINUTES = 720;

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;
// A formatter is costly to make and cheap to use: one per zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** True for a zone name Intl knows ("Europe/London", "UTC"); false for offsets ("+01:00"), abbreviations Intl refuses, and junk. */
export function isTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 64 || !ZONE_NAME.test(name)) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * The local wall-clock time at an instant, as if it were UTC (ms): the
 * instant plus the zone's offset then. Years before 1 CE count down (BC);
 * they are of no use to a till but must not crash it.
 */
export function wallClockMs(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const p: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(whole)) p[part.type] = part.value;
  const year = p.era === 'BC' ? 1 - Number(p.year) : Number(p.year);
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
  wall.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), 0);
  return wall.getTime() + (ms - whole);
}

/** The zone's offset from UTC at an instant, in ms (east positive). */
export const zoneOffsetMs = (ms: number, timeZone: string): number => wallClockMs(ms, timeZone) - ms;

/**
 * The instant a local wall-clock time names (given as if UTC, ms). Where the
 * clocks go back and the time happens twice, the earlier; where they jump
 * forward and it never happens, the time as far after the gap's start as it
 * is written (02:30 in a 02:00→03:00 jump is 03:30) — Temporal's
 * "compatible" rule, the one calendar apps use.
 */
export function instantOfWallClock(wall: number, timeZone: string): number {
  const before = zoneOffsetMs(wall - DAY, timeZone);
  const after = zoneOffsetMs(wall + DAY, timeZone);
  const fits = [before, after].map((o) => wall - o).filter((t) => zoneOffsetMs(t, timeZone) === wall - t);
  if (fits.length > 0) return Math.min(...fits);
  return wall - before;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** YYYY-MM-DD of a wall-clock time given as if UTC. */
function isoDay(wall: number): string {
  const d = new Date(wall);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// Further than this from a cut-off on the wall clock, no clock change can move an instant across it.
const NEAR_CUTOFF = 3 * 60 * MINUTE;

/**
 * The business day, month and local hour of an instant (ms or ISO text).
 * The day is the one whose span (businessDaySpan) holds the instant: near a
 * cut-off that the clocks pass twice (a cut-off at 01:30 on the night they
 * go back), the wall clock alone would be ambiguous.
 */
export function businessTime(at: number | string, clock: BusinessClock): BusinessTime {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  const wall = wallClockMs(ms, clock.timeZone);
  const sinceCutoff = wall - clock.dayCutoffMinutes * MINUTE;
  let day = isoDay(sinceCutoff);
  const intoDay = sinceCutoff - Math.floor(sinceCutoff / DAY) * DAY;
  if (intoDay < NEAR_CUTOFF || intoDay > DAY - NEAR_CUTOFF) {
    if (ms < businessDayStart(day, clock)) day = addDays(day, -1);
    else if (ms >= businessDayStart(addDays(day, 1), clock)) day = addDays(day, 1);
  }
  return { day, month: day.slice(0, 7), hour: new Date(wall).getUTCHours() };
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight of a YYYY-MM-DD as if UTC (ms); throws on a malformed day. */
function dayWall(day: string): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new RangeError(`"${day}" is not a day (YYYY-MM-DD)`);
  // setUTCFullYear, not Date.UTC, which reads years 0..99 as 1900..1999.
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getTime();
}

/** The instant a business day starts: its date at the cut-off, local time. */
export function businessDayStart(day: string, clock: BusinessClock): number {
  return instantOfWallClock(dayWall(day) + clock.dayCutoffMinutes * MINUTE, clock.timeZone);
}

/** A business day as the half-open span of instants [start, end) it covers (23, 24 or 25 hours). */
export function businessDaySpan(day: string, clock: BusinessClock): { start: number; end: number } {
  const next = isoDay(dayWall(day) + DAY);
  return { start: businessDayStart(day, clock), end: businessDayStart(next, clock) };
}

/** The business day `days` after (or before, negative) a given one: calendar arithmetic on the name. */
export const addDays = (day: string, days: number): string => isoDay(dayWall(day) + days * DAY);

/** 0 (Monday) .. 6 (Sunday) of a business day. */
export const weekdayFromMonday = (day: string): number => (new Date(dayWall(day)).getUTCDay() + 6) % 7;

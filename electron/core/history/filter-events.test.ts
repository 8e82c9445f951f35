import { beforeAll, describe, expect, it } from 'vitest';
import { EventLog } from '../store/event-log';
import { createStoreSchema } from '../store/schema';
import { loadSqlJs, SqlDb } from '../store/sql-db';
import { compileFilterText } from './compile-filter';
import { filterEventsPage, type FilterPage } from './filter-events';

/**
 * Paging in slices over a log of 20,000 events: every 1000th is a
 * DrawerOpened, the rest ItemAdded, so a DrawerOpened filter needs many
 * windows to fill a page.
 */
let db: SqlDb;
let log: EventLog;
const N = 20_000;

beforeAll(async () => {
  const SQL = await loadSqlJs();
  db = new SqlDb(new SQL.Database());
  createStoreSchema(db);
  log = new EventLog(db, 'T1');
  let n = 0;
  const id = (): string => `0190c000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
  db.exec('BEGIN');
  for (let i = 1; i <= N; i++) {
    const type = i % 1000 === 0 ? 'DrawerOpened' : 'ItemAdded';
    log.append(`s-${i % 50}`, 'any', [{ type, data: { i } }], { at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), command: 'c' }, id);
  }
  db.exec('COMMIT');
});

const drawer = () => compileFilterText('type = DrawerOpened');
const positionsOf = (p: FilterPage): number[] => p.events.map((e) => e.position);

describe('filterEventsPage', () => {
  it('fills a page of sparse matches across windows, and says where to go on', () => {
    const p = filterEventsPage(db, log, drawer(), { limit: 5 });
    expect(positionsOf(p)).toEqual([1000, 2000, 3000, 4000, 5000]);
    expect(p).toMatchObject({ nextAfter: 5000, nextBefore: null, partial: false, lastPosition: N });
    const rest = filterEventsPage(db, log, drawer(), { limit: 100, afterPosition: 5000 });
    expect(positionsOf(rest)).toEqual(Array.from({ length: 15 }, (_, i) => 6000 + i * 1000));
    expect(rest).toMatchObject({ nextAfter: null, partial: false });
  });

  it('pages newest first', () => {
    const p = filterEventsPage(db, log, drawer(), { limit: 3, newestFirst: true });
    expect(positionsOf(p)).toEqual([20000, 19000, 18000]);
    expect(p.nextBefore).toBe(18000);
    const q = filterEventsPage(db, log, drawer(), { limit: 100, beforePosition: 3000 });
    expect(positionsOf(q)).toEqual([2000, 1000]);
    expect(q).toMatchObject({ nextBefore: null, nextAfter: null, partial: false });
  });

  it('stops when its time slice is spent, returning what it found and the cursor', () => {
    let t = 0;
    const clock = (): number => (t += 200); // every reading of the clock is 200 ms later: each slice reads one window
    const p = filterEventsPage(db, log, drawer(), { limit: 10, budgetMs: 100, clock });
    // The first window (positions 1..4096) holds 4 matches; then the slice is spent.
    expect(positionsOf(p)).toEqual([1000, 2000, 3000, 4000]);
    expect(p).toMatchObject({ partial: true, nextAfter: 4096 });
    // Going on from the cursor finds the rest, nothing twice, nothing skipped.
    const seen = [...positionsOf(p)];
    let cursor = p.nextAfter;
    while (cursor !== null) {
      const next = filterEventsPage(db, log, drawer(), { limit: 10, budgetMs: 100, clock, afterPosition: cursor });
      seen.push(...positionsOf(next));
      cursor = next.nextAfter;
    }
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 1000));
  });

  it('reads dense matches from the first window only', () => {
    const p = filterEventsPage(db, log, compileFilterText('type = ItemAdded'), { limit: 100, afterPosition: 150 });
    expect(positionsOf(p)[0]).toBe(151);
    expect(p.events).toHaveLength(100);
    expect(p.nextAfter).toBe(250);
  });

  it('returns an empty, finished page past the end and for no match', () => {
    expect(filterEventsPage(db, log, drawer(), { limit: 5, afterPosition: N })).toMatchObject({ events: [], nextAfter: null, partial: false });
    expect(filterEventsPage(db, log, compileFilterText('type = Nothing'), { limit: 5 })).toMatchObject({ events: [], nextAfter: null, partial: false });
  });
});

describe('filterEventsPage up to a fixed end (upToPosition)', () => {
  // An export fixes its end when it starts; events recorded after it (here: 15,001..20,000) are left out.
  const end = 15_000;

  it('walks windows up to the end and no further, then says it is done', () => {
    const seen: number[] = [];
    let cursor: number | null = 0;
    while (cursor !== null) {
      const p = filterEventsPage(db, log, drawer(), { limit: 4, afterPosition: cursor, upToPosition: end });
      seen.push(...positionsOf(p));
      expect(p.lastPosition).toBe(N); // still the log's own end
      cursor = p.nextAfter;
    }
    expect(seen).toEqual(Array.from({ length: 15 }, (_, i) => (i + 1) * 1000));
    // A dense filter stops exactly at the end; from the end on, nothing.
    const dense = filterEventsPage(db, log, compileFilterText('type = ItemAdded'), { limit: 100, afterPosition: end - 50, upToPosition: end });
    expect(positionsOf(dense).at(-1)).toBe(end - 1);
    expect(dense).toMatchObject({ nextAfter: null, partial: false });
    expect(filterEventsPage(db, log, drawer(), { limit: 5, afterPosition: end, upToPosition: end })).toMatchObject({ events: [], nextAfter: null });
  });

  it('starts newest first from the end, and bounds a time-range page too', () => {
    expect(positionsOf(filterEventsPage(db, log, drawer(), { limit: 2, newestFirst: true, upToPosition: end }))).toEqual([15000, 14000]);
    // Event i was recorded i minutes after 2026-01-01: 11 January (day 10) holds 14400..15839.
    const day = compileFilterText('at = 2026-01-11');
    const p = filterEventsPage(db, log, day, { limit: 10_000, upToPosition: end });
    expect(positionsOf(p)[0]).toBe(14400);
    expect(positionsOf(p).at(-1)).toBe(end);
    expect(p.nextAfter).toBeNull();
    expect(positionsOf(filterEventsPage(db, log, day, { limit: 1, newestFirst: true, upToPosition: end }))).toEqual([end]);
    // A page that fills exactly at the end has nothing after it.
    expect(filterEventsPage(db, log, day, { limit: end - 14400 + 1, upToPosition: end }).nextAfter).toBeNull();
  });
});

describe('filterEventsPage over a time range', () => {
  // Event i was recorded i minutes after 2026-01-01T00:00Z: 2 January holds positions 1440..2879.
  it('reads a small range from the index on at, oldest or newest first, with cursors', () => {
    const f = compileFilterText('at = 2026-01-02 and type = DrawerOpened');
    expect(f.atRange).toEqual({ from: '2026-01-02T00:00:00.000Z', before: '2026-01-03T00:00:00.000Z' });
    expect(positionsOf(filterEventsPage(db, log, f, { limit: 10 }))).toEqual([2000]);
    const day = compileFilterText('at = 2026-01-02');
    const p = filterEventsPage(db, log, day, { limit: 1000 });
    expect(p.events).toHaveLength(1000);
    expect(p).toMatchObject({ nextAfter: 2439, partial: false });
    const rest = filterEventsPage(db, log, day, { limit: 1000, afterPosition: 2439 });
    expect(positionsOf(rest)).toEqual(Array.from({ length: 440 }, (_, i) => 2440 + i));
    expect(rest.nextAfter).toBeNull();
    const newest = filterEventsPage(db, log, day, { limit: 2, newestFirst: true });
    expect(positionsOf(newest)).toEqual([2879, 2878]);
    expect(newest.nextBefore).toBe(2878);
  });

  it('walks the log by position when the range is too big for one go, with the same answer', () => {
    const since = compileFilterText('at >= 2026-01-01 and type = DrawerOpened');
    expect(since.atRange).toEqual({ from: '2026-01-01T00:00:00.000Z' });
    const windows = filterEventsPage(db, log, since, { limit: 3, maxRangeEvents: 1000 });
    expect(positionsOf(windows)).toEqual([1000, 2000, 3000]);
    expect(windows.nextAfter).toBe(3000);
    expect(positionsOf(filterEventsPage(db, log, since, { limit: 3 }))).toEqual([1000, 2000, 3000]);
  });

  it('orders the terms of an AND cheapest first, and bounds at only from the top level', () => {
    const f = compileFilterText('data.i > 5 and staff = null and type = ItemAdded');
    expect(f.where).toBe("((type = ?) AND (json_extract(meta, '$.staff') IS NULL) AND (instr(data, ?) > 0 AND json_extract(data, ?) > ?))");
    expect(f.params).toEqual(['ItemAdded', '"i"', '$.i', 5]);
    expect(compileFilterText('at = 2026-01-02 or type = X').atRange).toBeUndefined();
    expect(compileFilterText('not at = 2026-01-02').atRange).toBeUndefined();
    expect(compileFilterText('at > 2026-01-02 and at < 2026-01-05').atRange).toEqual({ from: '2026-01-03T00:00:00.000Z', before: '2026-01-05T00:00:00.000Z' });
  });
});

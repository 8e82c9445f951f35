import type { Recorded } from '../../../shared/kernel/recorded';
import { EVENT_COLUMNS, rowToRecorded, type EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import type { CompiledFilter, SqlParam } from './compile-filter';
import type { AtRange } from './filter-plan';

/**
 * One page of the events a compiled filter matches, found in slices so that
 * a filter nothing can narrow (a `data.` path over a year of history) never
 * holds the core's one thread for long: commands queue behind queries.
 *
 * The log is read in windows of positions, small at first (a common filter
 * fills its page from the first few thousand events) and doubling while the
 * page is not full, until the page is full, the log ends, or the time budget
 * is spent. Then the answer carries the cursor to continue from: a screen
 * asks again with it (showing how far the search has got), `partial` tells
 * it the page is short because of the budget, not because nothing is left.
 */
export interface FilterPageOptions {
  limit: number;
  /** Oldest first from here (exclusive); the default. */
  afterPosition?: number;
  /** Newest first from here (exclusive); implies newestFirst. */
  beforePosition?: number;
  newestFirst?: boolean;
  /**
   * No event beyond this position (an export fixes its end when it starts, so
   * a till that keeps selling does not make it run on); nextAfter is null
   * once it is reached. Default: the log's end.
   */
  upToPosition?: number;
  /** Stop widening the search after this long (ms); at least one window is always read. */
  budgetMs?: number;
  clock?: () => number;
  /** A time range holding fewer events is read from the index on `at` in one query (default AT_RANGE_MAX_EVENTS). */
  maxRangeEvents?: number;
}

export interface FilterPage {
  events: Recorded[];
  /** Oldest first: ask again with afterPosition = nextAfter; null once the log's end was searched. */
  nextAfter: number | null;
  /** Newest first: ask again with beforePosition = nextBefore; null once the log's start was searched. */
  nextBefore: number | null;
  /** The page is short because the time budget ran out; more may match beyond the cursor. */
  partial: boolean;
  /** The last position in the log when the page was read (how far "the end" is). */
  lastPosition: number;
}

const FIRST_WINDOW = 4096;
const MAX_WINDOW = 1 << 18;
export const DEFAULT_BUDGET_MS = 100;
/** A time range holding fewer events than this is searched from the index on `at` in one go. */
export const AT_RANGE_MAX_EVENTS = 50_000;

export function filterEventsPage(db: SqlDb, log: EventLog, filter: CompiledFilter, o: FilterPageOptions): FilterPage {
  const newestFirst = o.newestFirst === true || o.beforePosition !== undefined;
  const logEnd = log.lastPosition;
  // `last` is where this search ends: the log's end, or the caller's fixed end before it.
  const last = Math.min(o.upToPosition ?? logEnd, logEnd);
  const byTime = filter.atRange && timeRangeQuery(db, filter.atRange, o.maxRangeEvents ?? AT_RANGE_MAX_EVENTS);
  if (byTime) return rangePage(db, filter, byTime, o, newestFirst, last, logEnd);
  const clock = o.clock ?? (() => performance.now());
  const deadline = clock() + (o.budgetMs ?? DEFAULT_BUDGET_MS);
  const events: Recorded[] = [];
  // A fresh statement per window, freed after it (SqlDb.each): the prepared-statement cache would
  // otherwise keep one statement per filter ever typed.
  const sql = newestFirst
    ? `SELECT ${EVENT_COLUMNS} FROM events WHERE position >= ? AND position < ? AND (${filter.where}) ORDER BY position DESC LIMIT ?`
    : `SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? AND position <= ? AND (${filter.where}) ORDER BY position LIMIT ?`;
  let window = FIRST_WINDOW;
  let cursor = newestFirst ? Math.min(o.beforePosition ?? last + 1, last + 1) : Math.max(0, o.afterPosition ?? 0);
  const more = (): boolean => (newestFirst ? cursor > 1 : cursor < last);
  while (more() && events.length < o.limit) {
    const want = o.limit - events.length;
    const [lo, hi] = newestFirst ? [Math.max(1, cursor - window), cursor] : [cursor, Math.min(last, cursor + window)];
    let got = 0;
    db.each(sql, [lo, hi, ...filter.params, want], (row) => {
      events.push(rowToRecorded(row));
      got += 1;
    });
    if (got === want) {
      cursor = (events.at(-1) as Recorded).position;
      break;
    }
    cursor = newestFirst ? lo : hi;
    if (clock() >= deadline) break;
    window = Math.min(MAX_WINDOW, window * 2);
  }
  const done = !more();
  return {
    events,
    nextAfter: newestFirst || done ? null : cursor,
    nextBefore: !newestFirst || done ? null : cursor,
    partial: !done && events.length < o.limit,
    lastPosition: logEnd,
  };
}

/**
 * The range's bounds as SQL over the index on `at`, when the range holds few
 * enough events to read them all (counted on the index, at most
 * AT_RANGE_MAX_EVENTS entries, a few ms). SQLite's planner would rather walk
 * the log by position than sort a day's rows, so the index is named.
 */
function timeRangeQuery(db: SqlDb, r: AtRange, max: number): { sql: string; params: SqlParam[] } | undefined {
  if (!hasAtIndex(db)) return undefined;
  const terms = [...(r.from ? ['at >= ?'] : []), ...(r.before ? ['at < ?'] : [])].join(' AND ');
  const params = [...(r.from ? [r.from] : []), ...(r.before ? [r.before] : [])];
  const n = db.get<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM events INDEXED BY events_at WHERE ${terms} LIMIT ?)`, [...params, max]);
  return Number(n?.n) < max ? { sql: terms, params } : undefined;
}

const withAtIndex = new WeakSet<SqlDb>();
function hasAtIndex(db: SqlDb): boolean {
  if (withAtIndex.has(db)) return true;
  const found = db.get("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'events_at'") !== undefined;
  if (found) withAtIndex.add(db);
  return found;
}

/** A page from a small time range: one query, no slices (its size is bounded by the count above). */
function rangePage(
  db: SqlDb,
  filter: CompiledFilter,
  range: { sql: string; params: SqlParam[] },
  o: FilterPageOptions,
  newestFirst: boolean,
  last: number,
  logEnd: number,
): FilterPage {
  const cursor = newestFirst ? Math.min(o.beforePosition ?? last + 1, last + 1) : (o.afterPosition ?? 0);
  const events: Recorded[] = [];
  db.each(
    `SELECT ${EVENT_COLUMNS} FROM events INDEXED BY events_at WHERE ${range.sql} AND position ${newestFirst ? '<' : '>'} ? AND position <= ? AND (${filter.where})
      ORDER BY position ${newestFirst ? 'DESC' : ''} LIMIT ?`,
    [...range.params, cursor, last, ...filter.params, o.limit + 1],
    (row) => events.push(rowToRecorded(row)),
  );
  // One more than asked for says whether anything is left, without a second query.
  const more = events.length > o.limit;
  if (more) events.pop();
  const next = more ? (events.at(-1) as Recorded).position : null;
  return { events, nextAfter: newestFirst ? null : next, nextBefore: newestFirst ? next : null, partial: false, lastPosition: logEnd };
}

/** Every match (up to `limit`), oldest first, one at a time (the CLI's export): no page, no budget. */
export function forEachMatch(db: SqlDb, filter: CompiledFilter, fn: (e: Recorded) => void, limit = -1): void {
  db.each(`SELECT ${EVENT_COLUMNS} FROM events WHERE (${filter.where}) ORDER BY position LIMIT ?`, [...filter.params, limit], (row) => fn(rowToRecorded(row)));
}

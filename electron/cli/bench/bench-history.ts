import type { Query, QueryResults } from '../../../shared/contract/queries';
import { parseQuery } from '../../../shared/contract/validate';
import { runQuery, type QueryDeps } from '../../core/queries/run-query';
import { Projector } from '../../core/projections/projector';
import { EventLog } from '../../core/store/event-log';
import { createStoreSchema } from '../../core/store/schema';
import { loadSqlJs, SqlDb } from '../../core/store/sql-db';
import { collectGarbage, median, progress, round, type BenchOptions, type Metric } from './bench-kit';
import { buildHistoryLog, type HistoryLogStats } from './history-log';

/**
 * The history screen's questions on a log of a million events (100k with
 * --quick), asked through the core's own query handlers (parse, compile,
 * sliced search, JSON of the events), as the screen asks them:
 *
 * - filter.type_day: `type = PaymentTaken and at = <a day mid-log>`, answered
 *   from the (type, at) index;
 * - filter.data_path: `data.reason = "burnt"`, which no index can narrow: a
 *   scan of the payloads until the page fills;
 * - timeline.stream: one order's timeline (stream, version index).
 *
 * Each value is the median time until the first page (100 events) is full or
 * the log's end is reached, continuing from the cursor while a page comes
 * back partial (each call holds the core's thread for at most its slice);
 * `allMs` is the time to page through every match to the end of the log.
 */
export const HISTORY_METRICS = ['filter.type_day', 'filter.data_path', 'timeline.stream'] as const;

const PAGE = 100;

type Ask = <Q extends Query>(q: Q) => QueryResults[Q['type']];

/** Pages of FilterEvents until the first page is full (or the end), then on to the end; times both. */
function timeFilter(ask: Ask, filter: string): { firstMs: number; allMs: number; matches: number; calls: number } {
  const t0 = performance.now();
  let firstMs = -1;
  let matches = 0;
  let calls = 0;
  let after: number | null = 0;
  while (after !== null) {
    const page: QueryResults['FilterEvents'] = ask({ type: 'FilterEvents', filter, afterPosition: after, limit: PAGE });
    calls += 1;
    matches += page.events.length;
    if (firstMs < 0 && (matches >= PAGE || page.nextAfter === null)) firstMs = performance.now() - t0;
    after = page.nextAfter;
  }
  return { firstMs, allMs: performance.now() - t0, matches, calls };
}

function repeat<T>(runs: number, fn: () => T): T[] {
  fn(); // warm-up: statement compile, caches
  const out: T[] = [];
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    out.push(fn());
  }
  return out;
}

function filterMetric(name: string, ask: Ask, filter: string, runs: number, target: number, ctx: Record<string, unknown>): Metric {
  const results = repeat(runs, () => timeFilter(ask, filter));
  const value = round(median(results.map((r) => r.firstMs)), 2);
  const last = results.at(-1) as ReturnType<typeof timeFilter>;
  progress(`${name}: first page ${value} ms, all ${last.matches} matches in ${round(median(results.map((r) => r.allMs)), 1)} ms (${last.calls} calls)`);
  return {
    name,
    value,
    unit: 'ms',
    target,
    filter,
    runs,
    allMs: round(median(results.map((r) => r.allMs)), 1),
    matches: last.matches,
    calls: last.calls,
    ...ctx,
  };
}

export async function benchHistory(o: BenchOptions, want: (name: string) => boolean): Promise<Metric[]> {
  const total = o.quick ? 100_000 : 1_000_000;
  const SQL = await loadSqlJs();
  const db = new SqlDb(new SQL.Database());
  try {
    createStoreSchema(db);
    // The read models' tables, empty: the history queries name streams from them (a miss costs what a hit does).
    new Projector(db);
    const log = new EventLog(db, 'T1');
    progress(`history: writing ${total} events`);
    const stats: HistoryLogStats = buildHistoryLog(db, log, total);
    collectGarbage();
    const rssMB = round(process.memoryUsage().rss / 2 ** 20, 0);
    const dbMB = round(Number(db.get<{ b: number }>('SELECT page_count * page_size AS b FROM pragma_page_count, pragma_page_size')?.b) / 2 ** 20, 0);
    progress(`history: ${stats.events} events (${stats.days} days) in ${round(stats.ms / 1000, 1)} s; database ${dbMB} MB, RSS ${rssMB} MB`);
    const deps: QueryDeps = {
      db,
      log,
      info: () => ({ terminal: 'T1', position: log.lastPosition, recovered: { droppedBytes: 0, reason: null } }),
      now: () => Date.UTC(2026, 5, 1),
    };
    const ask: Ask = (q) => runQuery(parseQuery(q), deps) as QueryResults[(typeof q)['type']];
    const ctx = { logEvents: stats.events, dbMB, rssMB };
    const note =
      `the log (${stats.days} days of service) is written straight through EventLog.append (ids, hash chain, meta as the till writes them) in one transaction per 10k events, ` +
      `${round(stats.events / (stats.ms / 1000), 0)} events/s (buildMs); through the till's commands (group commit, fsync, projections) it would be about 4.4k events/s, ` +
      'four minutes for a million. sql.js holds the whole database in WebAssembly memory: dbMB is its size, rssMB the process once it is built';
    const runs = o.quick ? 5 : 7;
    const midDay = new Date(Date.parse(`${stats.firstDay}T00:00:00Z`) + Math.floor(stats.days / 2) * 86_400_000).toISOString().slice(0, 10);
    const out: Metric[] = [];
    if (want('filter.type_day')) {
      // Other common questions, for context: a day, a day and a person, the saved no-sale filter.
      const others = Object.fromEntries(
        [`at = ${midDay}`, `staff = "Fay" and at = ${midDay}`, `approver = "Ana" and at = ${midDay}`, 'type = DrawerOpened', 'data.amount > 5000'].map((f) => [
          f,
          round(median(repeat(runs, () => timeFilter(ask, f).firstMs)), 2),
        ]),
      );
      out.push(filterMetric('filter.type_day', ask, `type = PaymentTaken and at = ${midDay}`, runs, 200, { ...ctx, others, buildMs: round(stats.ms, 0), note }));
    }
    if (want('filter.data_path')) out.push(filterMetric('filter.data_path', ask, 'data.reason = "burnt"', runs, 500, ctx));
    if (want('timeline.stream')) {
      const times = repeat(o.quick ? 20 : 50, () => {
        const t = performance.now();
        const timeline = ask({ type: 'GetStreamTimeline', stream: stats.sampleStream });
        return { ms: performance.now() - t, steps: timeline.steps.length };
      });
      const stateMs = median(repeat(20, () => {
        const t = performance.now();
        ask({ type: 'GetStreamState', stream: stats.sampleStream });
        return performance.now() - t;
      }));
      // The whole till at the middle of the log: open orders folded there, open shifts' money.
      const middle = Math.floor(log.lastPosition / 2);
      const tillAtMs = median(repeat(o.quick ? 3 : 5, () => {
        const t = performance.now();
        ask({ type: 'GetTillAt', atPosition: middle });
        return performance.now() - t;
      }));
      const value = round(median(times.map((t) => t.ms)), 3);
      progress(`timeline.stream: ${times[0]?.steps} steps, median ${value} ms; its state folded in ${round(stateMs, 3)} ms; the whole till at mid-log in ${round(tillAtMs, 1)} ms`);
      out.push({ name: 'timeline.stream', value, unit: 'ms', target: 20, runs: times.length, steps: times[0]?.steps, stateMs: round(stateMs, 3), tillAtMs: round(tillAtMs, 1), ...ctx });
    }
    return out;
  } finally {
    db.close();
  }
}

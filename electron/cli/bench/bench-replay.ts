import { existsSync, promises as fsp } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PIZZA_PLACE_DIR, readPizzaPlace } from '../../core/import/pizza-place/pizza-place-files';
import { importPizzaPlace } from '../../core/import/pizza-place/pizza-place-import';
import { openTill, type Till } from '../../core/open-till';
import { buildShiftReport } from '../../core/shifts/z-report';
import { openStore } from '../../core/store/open-store';
import { collectGarbage, makeTempDir, median, progress, round, type BenchOptions, type Metric } from './bench-kit';

/**
 * The Pizza Place year (21,350 orders) replayed through the till's own
 * commands by the importer (`docket import pizza-place --orders`): one shift
 * per day, several orders in flight through the group commit, automatic
 * snapshots as a till takes them (every 20k journal records). Then, on the
 * folder it leaves: opening it, the sales report by month over the year,
 * and building the Z report of the busiest day. --quick replays January only.
 *
 * query.floor is measured in bench-floor.ts: the data set has no tables.
 */
export const REPLAY_METRICS = ['replay.orders', 'replay.events', 'replay.open', 'report.month', 'report.z'] as const;

async function timedRuns<T>(runs: number, fn: () => Promise<T>): Promise<{ times: number[]; last: T }> {
  const times: number[] = [];
  let last!: T;
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    const t0 = performance.now();
    last = await fn();
    times.push(performance.now() - t0);
  }
  return { times, last };
}

async function unwrapQuery<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

export async function benchReplay(o: BenchOptions, want: (name: string) => boolean): Promise<Metric[]> {
  const source = DEFAULT_PIZZA_PLACE_DIR;
  if (!existsSync(path.join(source, 'orders.csv'))) {
    progress(`replay: skipped, the Pizza Place data set is not at ${source}`);
    return [];
  }
  const data = await readPizzaPlace(source);
  const first = new Date(data.orders[0]?.at ?? 0);
  const ordersBefore = o.quick ? Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1) : undefined;
  const dataDir = await makeTempDir('replay');
  const out: Metric[] = [];

  collectGarbage();
  const cpu0 = process.cpuUsage();
  const s = await importPizzaPlace({
    dataDir,
    source,
    orders: true,
    ...(ordersBefore !== undefined ? { ordersBefore } : {}),
    onProgress: (p) => {
      if (p.phase === 'orders') progress(`replay: ${p.done}/${p.total} orders, up to ${p.day}`);
    },
  });
  const cpu = process.cpuUsage(cpu0);
  if (s.till?.amount !== s.expected.amount || s.till.orders !== s.expected.orders) {
    throw new Error(`the replayed till reports ${JSON.stringify(s.till)}, the files say ${JSON.stringify(s.expected)}`);
  }
  const sec = s.ordersMs / 1000;
  const ctx = { orders: s.orders, shifts: s.shifts, events: s.ordersEvents, ms: round(s.ordersMs, 0), cpuUsPerOrder: round((cpu.user + cpu.system) / s.orders, 0) };
  out.push({ name: 'replay.orders', value: round(s.orders / sec, 0), unit: 'orders/s', ...ctx });
  out.push({ name: 'replay.events', value: round(s.ordersEvents / sec, 0), unit: 'events/s', ...ctx });
  progress(`replay: ${s.orders} orders, ${s.ordersEvents} events in ${round(sec, 1)} s`);

  // The folder as the import left it: closed cleanly, so a fresh snapshot and an empty journal tail.
  let till: Till | undefined;
  try {
    if (want('replay.open')) {
      const runs = o.quick ? 2 : 5;
      const { times } = await timedRuns(runs, async () => {
        const t = await openTill({ dataDir, seedDemoMenu: false });
        await t.close(); // nothing new: close writes no snapshot, so every run opens the same folder
      });
      out.push({ name: 'replay.open', value: round(median(times), 1), unit: 'ms', runs, min: round(Math.min(...times), 1), snapshotMB: await snapshotMB(dataDir) });
      progress(`replay.open: ${times.map((t) => round(t, 0)).join(', ')} ms`);
    }
    if (want('report.month')) {
      till = await openTill({ dataDir, seedDemoMenu: false });
      const t = till;
      const runs = o.quick ? 3 : 7;
      const { times, last } = await timedRuns(runs, () => unwrapQuery(t.systemQuery({ type: 'GetSalesReport', by: 'month' })));
      out.push({ name: 'report.month', value: round(median(times), 1), unit: 'ms', runs, first: round(times[0] as number, 1), months: last.rows.length, lines: last.totals.qty });
      progress(`report.month: ${times.map((x) => round(x, 1)).join(', ')} ms`);
    }
  } finally {
    await till?.close();
  }
  if (want('report.z')) out.push(await benchZ(dataDir, o));
  return out;
}

async function snapshotMB(dir: string): Promise<number> {
  let bytes = 0;
  for (const f of await fsp.readdir(dir)) if (f.startsWith('snapshot-')) bytes = Math.max(bytes, (await fsp.stat(path.join(dir, f))).size);
  return round(bytes / 2 ** 20, 1);
}

/**
 * What CloseShift computes for its Z report (the core's buildShiftReport),
 * for the busiest day of the replay, on the folder opened read-only.
 */
async function benchZ(dataDir: string, o: BenchOptions): Promise<Metric> {
  const { db, log } = await openStore({ dataDir, terminal: 'T1', readOnly: true });
  try {
    const busiest = db.get<{ shiftId: string; orders: number }>(
      "SELECT shift_id AS shiftId, count(*) AS orders FROM orders WHERE status = 'closed' AND shift_id IS NOT NULL GROUP BY shift_id ORDER BY 2 DESC LIMIT 1",
    );
    if (!busiest) throw new Error('the replay closed no shift');
    const runs = o.quick ? 5 : 15;
    const { times, last } = await timedRuns(runs, async () => buildShiftReport(db, busiest.shiftId, 0, log.chainHead.hash));
    progress(`report.z: ${busiest.orders} orders, median ${round(median(times), 2)} ms`);
    return { name: 'report.z', value: round(median(times), 2), unit: 'ms', runs, orders: last.orders, max: round(Math.max(...times), 2) };
  } finally {
    db.close();
  }
}

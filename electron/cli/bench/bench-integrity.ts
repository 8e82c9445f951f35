import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { ChainChecker } from '../../core/integrity/chain-checker';
import { openTill, type OpenTillOptions } from '../../core/open-till';
import { openStore } from '../../core/store/open-store';
import { collectGarbage, makeTempDir, median, progress, round, type BenchOptions, type Metric } from './bench-kit';
import { OrderWorkload } from './order-workload';
import { NO_AUTO_SNAPSHOT, openBenchTill, sendWindowed } from './till-driver';

/**
 * What the integrity checks cost. The folder is laid out as bench-log's
 * open.100k leaves it (snapshots at 70% and 90% of the log, the journal since
 * 70%, the last tenth only in the journal, no final snapshot), so the
 * start-up check reads 30% of the log's records: two segments, compared with
 * the database and chain-checked.
 *   integrity.startup_ms — median openTill() with the start-up check minus the
 *     median without it (baseline), on fresh copies in the same run
 *   integrity.full_rate  — events/s of the background full chain check, from
 *     the end of the open until it settles (slices through the writer included)
 */
export const INTEGRITY_METRICS = ['integrity.startup_ms', 'integrity.full_rate'] as const;

async function copyDataDir(from: string, to: string): Promise<void> {
  await fsp.cp(from, to, { recursive: true, filter: (src) => path.basename(src) !== 'LOCK' });
}

async function buildFolder(total: number): Promise<string> {
  const dir = await makeTempDir('integrity-live');
  const { till, menu } = await openBenchTill(dir, { snapshotAfter: NO_AUTO_SNAPSHOT, integrity: { background: false } });
  const work = new OrderWorkload(menu, 16);
  const fillTo = async (events: number): Promise<void> => {
    const info = await till.query({ type: 'GetTillInfo' });
    const missing = events - (info.ok ? info.value.position : 0);
    if (missing > 0) await sendWindowed(till, work.take(missing), 64);
  };
  const t0 = performance.now();
  await fillTo(total * 0.7);
  await till.snapshot();
  await fillTo(total * 0.9);
  await till.snapshot();
  await fillTo(total);
  progress(`integrity: built ${total} events in ${round((performance.now() - t0) / 1000, 1)} s`);
  const copy = await makeTempDir('integrity-crash');
  await copyDataDir(dir, copy);
  await till.close();
  return copy;
}

/** One openTill() on a fresh copy; answers its time and, when the background check runs, its events/s. */
async function openOnce(folder: string, integrity: OpenTillOptions['integrity']): Promise<{ ms: number; rate: number | null; checked: number; records: number }> {
  const dir = await makeTempDir('integrity-open');
  await copyDataDir(folder, dir);
  collectGarbage();
  const t0 = performance.now();
  const till = await openTill({ dataDir: dir, snapshotAfter: NO_AUTO_SNAPSHOT, integrity });
  const ms = performance.now() - t0;
  let rate: number | null = null;
  const t1 = performance.now();
  await till.integrity.settled();
  const view = till.integrity.view();
  if (view.background?.status === 'done') rate = view.background.checkedEvents / ((performance.now() - t1) / 1000);
  if (view.startup?.ok === false || view.background?.ok === false) throw new Error('the bench folder did not verify');
  await till.close();
  await fsp.rm(dir, { recursive: true, force: true });
  return { ms, rate, checked: view.startup?.checkedEvents ?? 0, records: view.startup?.records ?? 0 };
}

export async function benchIntegrity(o: BenchOptions, want: (name: string) => boolean): Promise<Metric[]> {
  const total = o.quick ? 20_000 : 100_000;
  const runs = o.quick ? 2 : 5;
  const folder = await buildFolder(total);
  const out: Metric[] = [];

  if (want('integrity.startup_ms')) {
    const without: number[] = [];
    const withCheck: number[] = [];
    let checked = 0;
    let records = 0;
    // Interleaved, so that a slow moment of the machine falls on both sides.
    for (let r = 0; r < runs; r++) {
      without.push((await openOnce(folder, { startup: false, background: false })).ms);
      const w = await openOnce(folder, { background: false });
      withCheck.push(w.ms);
      checked = w.checked;
      records = w.records;
      progress(`integrity open ${r + 1}/${runs}: ${round(without.at(-1) as number, 0)} ms without, ${round(w.ms, 0)} ms with the start-up check`);
    }
    const base = median(without);
    const value = median(withCheck) - base;
    out.push({
      name: 'integrity.startup_ms',
      value: round(value, 1),
      unit: 'ms',
      baseline: round(base, 1),
      ratio: round(median(withCheck) / base, 3),
      withCheckMs: round(median(withCheck), 1),
      logEvents: total,
      checkedEvents: checked,
      journalRecords: records,
      runs,
      note: 'median openTill() with the start-up integrity check minus the median without it (baseline: open without it), on copies of a folder a kill -9 would leave 10% after its last snapshot',
    });
  }

  if (want('integrity.full_rate')) {
    const rates: number[] = [];
    for (let r = 0; r < Math.min(runs, 3); r++) rates.push((await openOnce(folder, { startup: false })).rate ?? NaN);
    // The chain alone, with no till around it: what the slices and the writer's turns cost on top.
    const store = await openStore({ dataDir: folder, terminal: '', readOnly: true });
    const t0 = performance.now();
    const checker = new ChainChecker();
    store.log.forEach(0, (e) => checker.check(e));
    const directRate = checker.events / ((performance.now() - t0) / 1000);
    store.db.close();
    out.push({
      name: 'integrity.full_rate',
      value: round(median(rates), 0),
      unit: 'events/s',
      logEvents: total,
      directRate: round(directRate, 0),
      runs: rates.length,
      note: 'the background full chain check of a live till, from the end of openTill() until it settles (slices of 2000 events through the writer); directRate: the same check straight over the events table',
    });
  }
  return out;
}

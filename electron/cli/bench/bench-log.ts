import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { openTill, type Till } from '../../core/open-till';
import { collectGarbage, journalProbe, makeTempDir, median, percentile, progress, round, type BenchOptions, type Metric } from './bench-kit';
import { OrderWorkload } from './order-workload';
import { NO_AUTO_SNAPSHOT, openBenchTill, send, sendSequential, sendWindowed } from './till-driver';

/**
 * The benches that need a big log: command latency with the log full,
 * rebuilding the read models, and opening the folder after a crash. They
 * share one build of the log because building it is most of their cost.
 *
 * The folder is laid out as a till that snapshots every 20k records (the
 * default) and keeps two snapshots would leave it when killed 10k records
 * after its last snapshot: snapshots at 70% and 90% of the log, the journal
 * since 70%, and a tail of a tenth of the log (10k records at 100k) after the
 * newest snapshot, which open must replay. Automatic snapshots are off so
 * that the layout is the same on every run.
 */
export const LOG_METRICS = ['command.p50', 'command.p99', 'open.100k', 'rebuild'] as const;

async function position(till: Till): Promise<number> {
  const info = await till.query({ type: 'GetTillInfo' });
  if (!info.ok) throw new Error(info.error.message);
  return info.value.position;
}

async function fillTo(till: Till, work: OrderWorkload, events: number): Promise<void> {
  const missing = events - (await position(till));
  if (missing > 0) await sendWindowed(till, work.take(missing), 64);
}

/** Copies a data folder file by file, leaving out the lock (it names this process, which holds the original). */
async function copyDataDir(from: string, to: string): Promise<void> {
  await fsp.cp(from, to, { recursive: true, filter: (src) => path.basename(src) !== 'LOCK' });
}

async function folderBytes(dir: string): Promise<{ snapshot: number; journal: number }> {
  let snapshot = 0;
  let journal = 0;
  for (const name of await fsp.readdir(dir)) {
    if (name.startsWith('snapshot-')) snapshot = Math.max(snapshot, (await fsp.stat(path.join(dir, name))).size);
  }
  for (const name of await fsp.readdir(path.join(dir, 'journal'))) journal += (await fsp.stat(path.join(dir, 'journal', name))).size;
  return { snapshot, journal };
}

export async function benchLog(o: BenchOptions, want: (name: string) => boolean): Promise<Metric[]> {
  const total = o.quick ? 20_000 : 100_000;
  const tail = total / 10;
  const out: Metric[] = [];
  const liveDir = await makeTempDir('log');
  const { till, menu } = await openBenchTill(liveDir, { snapshotAfter: NO_AUTO_SNAPSHOT });
  const work = new OrderWorkload(menu, 16);
  let crashCopy = '';
  try {
    // Build the log fast: group commit with 64 commands in flight.
    const t0 = performance.now();
    await fillTo(till, work, total - 3 * tail);
    await till.snapshot();
    await fillTo(till, work, total - tail);
    await till.snapshot();
    await fillTo(till, work, total);
    const buildMs = performance.now() - t0;
    progress(`log: built ${total} events in ${round(buildMs / 1000, 1)} s (${round((total / buildMs) * 1000, 0)}/s)`);

    // Every command so far is acknowledged, so its record is fsynced in the journal;
    // nothing else is in flight. The copy is byte for byte what kill -9 would leave now.
    crashCopy = await makeTempDir('crash');
    await copyDataDir(liveDir, crashCopy);

    if (want('rebuild')) {
      // The first run is the one a till meets after an upgrade; the median of three compares better across versions.
      const runs: number[] = [];
      let n = 0;
      for (let r = 0; r < (o.quick ? 1 : 3); r++) {
        collectGarbage();
        const t1 = performance.now();
        n = await till.rebuildProjections();
        runs.push(performance.now() - t1);
      }
      const ms = median(runs);
      out.push({ name: 'rebuild', value: round((n / ms) * 1000, 0), unit: 'events/s', n, ms: round(ms, 0), firstMs: round(runs[0] as number, 0), runs: runs.length });
      progress(`rebuild: ${n} events in ${runs.map((r) => round(r, 0)).join(', ')} ms`);
    }

    if (want('command.p50') || want('command.p99')) {
      // Realistic single commands (open, add lines, pay, close), each awaited, with the log full.
      const samples = o.quick ? 500 : 3000;
      await sendSequential(till, work.take(100)); // settle after the build; not measured
      const items = work.take(samples);
      const journal = journalProbe();
      journal.durations = [];
      const lat = await sendSequential(till, items);
      const writes = journal.durations;
      journal.durations = null;
      const byType: Record<string, number[]> = {};
      items.forEach((it, i) => (byType[it.command.type] ??= []).push(lat[i] as number));
      const p99ByType = Object.fromEntries(Object.entries(byType).map(([t, s]) => [t, round(percentile(s, 99), 3)]));
      const ctx = { n: samples, logEvents: total, max: round(Math.max(...lat), 3) };
      out.push({ name: 'command.p50', value: round(percentile(lat, 50), 3), unit: 'ms', ...ctx, journalWriteP50: round(percentile(writes, 50), 3) });
      out.push({
        name: 'command.p99',
        value: round(percentile(lat, 99), 3),
        unit: 'ms',
        ...ctx,
        p99ByType,
        // The durable write's own tail (disk, thread pool, and the main thread being busy with GC when it completes).
        journalWriteP99: round(percentile(writes, 99), 3),
      });
      progress(`latency: p50 ${round(percentile(lat, 50), 3)} ms, p99 ${round(percentile(lat, 99), 3)} ms`);
    }
  } finally {
    await till.close();
  }

  if (want('open.100k')) out.push(await benchOpen(crashCopy, total, tail, o));
  return out;
}

/** openTill() on a fresh copy of the crashed folder each time (open + close would leave a final snapshot behind). */
async function benchOpen(crashCopy: string, total: number, tail: number, o: BenchOptions): Promise<Metric> {
  const runs = o.quick ? 2 : 5;
  const times: number[] = [];
  const firstCommands: number[] = [];
  let replayed = 0;
  for (let r = 0; r < runs; r++) {
    const dir = await makeTempDir('open');
    await copyDataDir(crashCopy, dir);
    collectGarbage();
    const t0 = performance.now();
    const till = await openTill({ dataDir: dir, snapshotAfter: NO_AUTO_SNAPSHOT });
    times.push(performance.now() - t0);
    replayed = till.openReport.replayedRecords;
    firstCommands.push(await timeFirstCommands(till));
    await till.close();
    await fsp.rm(dir, { recursive: true, force: true });
    progress(`open run ${r + 1}/${runs}: ${round(times.at(-1) as number, 0)} ms, replayed ${replayed} journal records`);
  }
  if (replayed !== tail) throw new Error(`open replayed ${replayed} journal records, expected ${tail}`);
  const bytes = await folderBytes(crashCopy);
  return {
    name: 'open.100k',
    value: round(median(times), 1),
    unit: 'ms',
    runs,
    logEvents: total,
    min: round(Math.min(...times), 1),
    replayedRecords: replayed,
    firstCommandsMaxMs: round(median(firstCommands), 1),
    snapshotMB: round(bytes.snapshot / 2 ** 20, 1),
    journalMB: round(bytes.journal / 2 ** 20, 1),
    note:
      'median openTill() (snapshot load, journal scan, tail replay, projection catch-up; sql.js already compiled) on a copy of the data folder taken while the till was open and idle after every command was acknowledged: the files kill -9 would leave, no final snapshot. firstCommandsMaxMs: slowest of the first 3 commands after the open (median over runs)',
  };
}

/** The slowest of the first few commands after an open: what the first sale after a restart waits. */
async function timeFirstCommands(till: Till): Promise<number> {
  const menu = await till.query({ type: 'GetMenu' });
  if (!menu.ok) throw new Error(menu.error.message);
  let worst = 0;
  for (const item of new OrderWorkload(menu.value).take(3)) {
    const t0 = performance.now();
    await send(till, item.command);
    worst = Math.max(worst, performance.now() - t0);
  }
  return worst;
}

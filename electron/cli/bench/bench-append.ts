import { BaselineStore, loadBetterSqlite3 } from './bench-baseline-sqlite';
import { journalProbe, makeTempDir, median, progress, round, withBaseline, type BenchOptions, type Metric } from './bench-kit';
import { OrderWorkload, type WorkItem } from './order-workload';
import { NO_AUTO_SNAPSHOT, openBenchTill, sendSequential, sendWindowed } from './till-driver';

/** Wall time and process CPU time (all threads: main, thread pool, GC helpers) of one timed section. */
async function timed(fn: () => Promise<unknown> | unknown): Promise<{ ms: number; cpuUs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuUs: c.user + c.system };
}

/**
 * append.single: one command at a time, each awaited, so each pays its own
 * durable journal write: the rate a single till screen sees.
 *
 * The baseline runs in the same process, interleaved with the till in short
 * rounds (till chunk, baseline chunk, ...), so a slow patch of the disk or a
 * busy neighbour on a shared machine hits both sides rather than one. CPU
 * time per event is reported beside the rates: it is far less noisy than
 * wall time, and says how much of the gap is work rather than waiting.
 */
export async function benchAppendSingle(o: BenchOptions): Promise<Metric[]> {
  const total = o.quick ? 600 : 4000;
  const rounds = o.quick ? 3 : 8;
  const warmup = o.quick ? 100 : 300;
  const perRound = Math.ceil(total / rounds);

  const { till, menu } = await openBenchTill(await makeTempDir('single'), { snapshotAfter: NO_AUTO_SNAPSHOT });
  const Database = loadBetterSqlite3();
  const baseline = Database ? new BaselineStore(Database, await makeTempDir('baseline')) : undefined;
  const tillWork = new OrderWorkload(menu);
  const baseWork = new OrderWorkload(menu);
  const appendAll = (items: WorkItem[]): void => items.forEach((item) => baseline?.append(item));
  const sum = { tillMs: 0, tillCpu: 0, baseMs: 0, baseCpu: 0 };
  const ratios: number[] = [];
  let n = 0;
  try {
    // Warm both up (JIT, wasm, statement caches, file extents) before any clock runs.
    await sendSequential(till, tillWork.take(warmup));
    appendAll(baseWork.take(warmup));

    for (let r = 0; r < rounds; r++) {
      const items = tillWork.take(perRound);
      const t = await timed(() => sendSequential(till, items));
      sum.tillMs += t.ms;
      sum.tillCpu += t.cpuUs;
      if (baseline) {
        const bItems = baseWork.take(perRound);
        const b = await timed(() => appendAll(bItems));
        sum.baseMs += b.ms;
        sum.baseCpu += b.cpuUs;
        ratios.push(b.ms / t.ms);
      }
      n += perRound;
    }
  } finally {
    baseline?.close();
    await till.close();
  }
  const rate = (n / sum.tillMs) * 1000;
  const m: Metric = {
    name: 'append.single',
    value: round(rate, 1),
    unit: 'events/s',
    n,
    cpuUsPerEvent: round(sum.tillCpu / n, 0),
  };
  progress(`append.single: till ${round(rate, 0)}/s, baseline ${baseline ? round((n / sum.baseMs) * 1000, 0) : '-'}/s`);
  if (!baseline) return [{ ...m, note: 'better-sqlite3 is not installed: no baseline' }];
  return [
    {
      ...withBaseline(m, (n / sum.baseMs) * 1000),
      baselineCpuUsPerEvent: round(sum.baseCpu / n, 0),
      ratioMedianOfRounds: round(median(ratios), 3),
      rounds,
      note: 'baseline: better-sqlite3 WAL, synchronous=FULL, one transaction per event, same table and indexes, version check + sha256 chain; run interleaved with the till',
    },
  ];
}

/**
 * append.group: many commands outstanding at once, so while one batch waits
 * for its durable write the next one queues up and shares the next flush.
 * The figure includes everything per command (parse, decide, sql.js, journal).
 */
export async function benchAppendGroup(o: BenchOptions): Promise<Metric[]> {
  const total = o.quick ? 4000 : 30_000;
  const inFlight = 64;
  const journal = journalProbe();
  const { till, menu } = await openBenchTill(await makeTempDir('group'), { snapshotAfter: NO_AUTO_SNAPSHOT });
  const work = new OrderWorkload(menu, inFlight);
  try {
    await sendWindowed(till, work.take(o.quick ? 200 : 1000), inFlight);
    const items = work.take(total);
    const before = journal.count;
    const t = await timed(() => sendWindowed(till, items, inFlight));
    const flushes = journal.count - before;
    progress(`append.group: ${round((total / t.ms) * 1000, 0)}/s, ${flushes} journal writes`);
    return [
      {
        name: 'append.group',
        value: round((total / t.ms) * 1000, 1),
        unit: 'events/s',
        n: total,
        inFlight,
        journalWrites: flushes,
        eventsPerWrite: round(total / Math.max(1, flushes), 1),
        cpuUsPerEvent: round(t.cpuUs / total, 0),
      },
    ];
  } finally {
    await till.close();
  }
}

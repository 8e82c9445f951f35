import { randomBytes } from 'node:crypto';
import { promises as fsp, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uuidv7From } from '../../../shared/kernel/ids';
import { JournalWriter } from '../../core/store/journal-files';

/**
 * Small helpers every benchmark shares: the metric shape, temp folders,
 * ids, statistics and a probe on the journal's durable writes. Progress goes to stderr; stdout is
 * reserved for one JSON metric per line, so `npm run bench > out.jsonl` is
 * machine-readable as it stands.
 */
export interface Metric {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  [extra: string]: unknown;
}

export interface BenchOptions {
  quick: boolean;
}

export const newId = (): string => uuidv7From(Date.now(), randomBytes(10));

export function progress(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

/** Rounds for printing: figures are compared across versions, not to the nanosecond. */
export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Adds `baseline` and `ratio` (value / baseline) to a metric. */
export function withBaseline(m: Metric, baseline: number): Metric {
  return { ...m, baseline: round(baseline), ratio: round(m.value / baseline, 3) };
}

/** Nearest-rank percentile of an unsorted sample (p in 0..100). */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

export const median = (sample: readonly number[]): number => percentile(sample, 50);

/** A fresh folder under the OS temp dir; removed by `removeTempDirs` even when a bench throws. */
const tempDirs: string[] = [];
export async function makeTempDir(label: string): Promise<string> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), `docket-bench-${label}-`));
  tempDirs.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  for (const dir of tempDirs.splice(0)) await fsp.rm(dir, { recursive: true, force: true });
}

/** For Ctrl-C: a full run leaves a few hundred MB of data folders behind otherwise. */
export function removeTempDirsSync(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Watches journal appends: one append is one durable write (write + fdatasync,
 * or one O_DSYNC write), however many commands it carries. Wrapping the
 * writer's method rather than fs calls keeps the figure right whichever way
 * the journal flushes. It counts appends and, while `durations` is an array,
 * records how long each took (the disk plus the thread-pool round trip, plus
 * whatever the main thread did before it ran the callback, GC included).
 * The cost is a counter increment and two clock reads per batch.
 */
export interface JournalProbe {
  count: number;
  durations: number[] | null;
}

let probe: JournalProbe | undefined;
export function journalProbe(): JournalProbe {
  if (probe) return probe;
  const p: JournalProbe = { count: 0, durations: null };
  const proto = JournalWriter.prototype as { append: (records: Buffer[]) => Promise<void> };
  const append = proto.append;
  proto.append = async function (this: unknown, records: Buffer[]) {
    p.count += 1;
    const t0 = performance.now();
    try {
      return await append.call(this, records);
    } finally {
      p.durations?.push(performance.now() - t0);
    }
  };
  probe = p;
  return p;
}

/** Gives V8 a chance to collect between phases, when the process was started with --expose-gc. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** mulberry32: a tiny seeded PRNG, so every run builds the same workload and history. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

import { benchAppendGroup, benchAppendSingle } from './bench-append';
import { progress, removeTempDirs, removeTempDirsSync, round, type BenchOptions, type Metric } from './bench-kit';
import { benchFloor } from './bench-floor';
import { benchHistory, HISTORY_METRICS } from './bench-history';
import { benchIntegrity, INTEGRITY_METRICS } from './bench-integrity';
import { benchHistoryScreen, HISTORY_SCREEN_METRICS } from './bench-history-screen';
import { benchLog, LOG_METRICS } from './bench-log';
import { benchReplay, REPLAY_METRICS } from './bench-replay';

/**
 * `docket bench [--only NAME[,NAME...]] [--quick]`
 *
 * Prints one JSON object per line on stdout, `{name, value, unit}` plus
 * `baseline` and `ratio` where there is one, and context fields. The names
 * are fixed so that figures compare across versions. Progress goes to stderr.
 * These are measurements, not tests: a missed target is reported, never
 * turned into a failing exit code (only a bench that breaks is).
 */
interface Bench {
  names: readonly string[];
  run(o: BenchOptions, want: (name: string) => boolean): Promise<Metric[]>;
}

const BENCHES: readonly Bench[] = [
  { names: ['append.single'], run: benchAppendSingle },
  { names: ['append.group'], run: benchAppendGroup },
  { names: LOG_METRICS, run: benchLog },
  { names: REPLAY_METRICS, run: benchReplay },
  { names: ['query.floor'], run: benchFloor },
  { names: HISTORY_METRICS, run: benchHistory },
  { names: HISTORY_SCREEN_METRICS, run: benchHistoryScreen },
  { names: INTEGRITY_METRICS, run: benchIntegrity },
];
const RSS = 'rss.peak';
export const BENCH_NAMES: readonly string[] = [...BENCHES.flatMap((b) => b.names), RSS];

const USAGE = `usage: docket bench [--only NAME[,NAME...]] [--quick]
  --only   run only these figures; a prefix selects a family ("append", "command")
  --quick  smaller sizes (about 30 s); the figures carry "quick": true
figures: ${BENCH_NAMES.join(', ')}
output: one JSON object per line on stdout; progress on stderr`;

interface Args {
  quick: boolean;
  only: string[] | null;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { quick: false, only: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--quick') args.quick = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const value = a === '--only' ? argv[++i] : a.slice('--only='.length);
      if (!value) throw new Error('--only needs a figure name');
      args.only = [...(args.only ?? []), ...value.split(',').filter(Boolean)];
    } else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  for (const o of args.only ?? []) {
    if (!BENCH_NAMES.some((n) => matches(n, [o]))) throw new Error(`no figure is called ${o}\n${USAGE}`);
  }
  return args;
}

function matches(name: string, only: readonly string[] | null): boolean {
  return only === null || only.some((o) => name === o || name.startsWith(`${o}.`));
}

export async function runBench(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (args.help) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const opts: BenchOptions = { quick: args.quick };
  const want = (name: string): boolean => matches(name, args.only);
  const print = (m: Metric): void => {
    process.stdout.write(`${JSON.stringify(args.quick ? { ...m, quick: true } : m)}\n`);
  };
  const started = performance.now();
  let failed = false;
  const onInterrupt = (): void => {
    removeTempDirsSync();
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  try {
    for (const bench of BENCHES) {
      if (!bench.names.some(want)) continue;
      progress(`running ${bench.names.filter(want).join(', ')}${args.quick ? ' (quick)' : ''}`);
      try {
        for (const m of await bench.run(opts, want)) if (want(m.name)) print(m);
      } catch (e) {
        // One broken bench should not hide the figures of the others.
        failed = true;
        progress(`FAILED ${bench.names.join(', ')}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
      await removeTempDirs();
    }
  } finally {
    await removeTempDirs();
    process.off('SIGINT', onInterrupt);
  }
  // maxRSS is in kilobytes (Node normalizes it across platforms) and covers the whole run so far, hence last.
  print({ name: RSS, value: round(process.resourceUsage().maxRSS / 1024, 1), unit: 'MB', of: BENCH_NAMES.filter((n) => n !== RSS && want(n)) });
  progress(`done in ${round((performance.now() - started) / 1000, 1)} s`);
  // Thrown after the figures are out, so the CLI's exit code says a bench broke (a missed target never does).
  if (failed) throw new Error('a benchmark failed (see the messages above); the figures printed are the ones that ran');
}

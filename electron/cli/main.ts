import { runEvents } from './events-command';
import { runExport } from './export-command';
import { runImport } from './import-command';
import { runReport } from './report-command';
import { runServe } from './serve-command';
import { runState } from './state-command';
import { runVerify } from './verify-command';

const USAGE = `docket — the Docket till from the command line

  docket serve  --data DIR [--port N] [--terminal ID]   serve the till to a browser on 127.0.0.1 (--port 0: any free port)
  docket verify --data DIR [--json]                     check journal, snapshots and hash chains (exit 0 when intact)
  docket verify --file FILE [--json]                    check a log export (exit 0 sound, 1 damaged, 2 usage)
  docket export --data DIR --out FILE [--terminal ID]   export the whole log, hashes and all (docs/export-format.md)
  docket events --data DIR [--stream S] [--filter EXPR] [--limit N] [--format ndjson|csv] [--utc-offset MIN]
                                                      print events as JSON lines or CSV, all or those a filter picks,
                                                      e.g. --filter 'type = ItemVoided and staff = "Ana" and at >= 2026-11-01'
  docket state  --data DIR [--stream S] [--at POSITION|TIME] [--utc-offset MIN]
                                                      a stream's state (or the whole till's) as it was at a position or time (JSON)
  docket import pizza-place --data DIR [PATH] [--orders]
                                                      import the Pizza Place data set's menu (and its year of orders)
  docket report --data DIR [--from DATE] [--to DATE] [--by day|month|hour|category|item|staff|tender|tax]
                [--format table|json|csv]              the sales report of closed orders (read-only)
  docket bench  [--only NAME] [--quick]                 run the benchmarks (JSON lines)
`;

export async function main(argv: string[]): Promise<number> {
  // `docket events | head` closes the pipe early: that is the reader being done, not a failure.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const [sub, ...rest] = argv;
  try {
    switch (sub) {
      case 'serve':
        return await runServe(rest);
      case 'verify':
        return await runVerify(rest);
      case 'export':
        return await runExport(rest);
      case 'events':
        return await runEvents(rest);
      case 'state':
        return await runState(rest);
      case 'import':
        return await runImport(rest);
      case 'report':
        return await runReport(rest);
      case 'bench': {
        const { runBench } = await import('./bench/run-bench');
        await runBench(rest);
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return sub === undefined ? 2 : 0;
      default:
        process.stderr.write(`docket: unknown command "${sub}"\n\n${USAGE}`);
        return 2;
    }
  } catch (e) {
    process.stderr.write(`docket ${sub}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

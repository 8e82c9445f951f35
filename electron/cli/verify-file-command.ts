import { existsSync, statSync } from 'node:fs';
import { verifyExportFile } from '../core/export/verify-export';
import { flags } from './cli-args';

/**
 * `docket verify --file FILE [--json]`: checks a docket-log export (see
 * ../core/export/verify-export.ts). Exit 0 when sound, 1 when damaged, 2 when
 * the command was wrong (no such file; --file with --data).
 */
export async function runVerifyFile(argv: string[]): Promise<number> {
  let f;
  try {
    f = flags(argv, { file: { type: 'string' }, json: { type: 'boolean' } });
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e));
  }
  if (!f.file) return usage('--file FILE names the export to check');
  if (!existsSync(f.file) || !statSync(f.file).isFile()) return usage(`there is no file at ${f.file}`);
  const report = await verifyExportFile(f.file);
  if (f.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return report.ok ? 0 : 1;
  }
  const out: string[] = [];
  if (report.firstBad) {
    const b = report.firstBad;
    const what = b.position === null ? '' : ` at position ${b.position} (id ${b.id}, stream ${b.stream})`;
    out.push(`DAMAGED: first bad event on line ${b.line}${what}: ${b.reason}`);
  }
  // The check goes on past the first: each later bad event is damage of its own.
  for (const b of report.badEvents.slice(1)) {
    out.push(`DAMAGED: also line ${b.line}${b.position === null ? '' : ` at position ${b.position} (id ${b.id}, stream ${b.stream})`}: ${b.reason}`);
  }
  if (report.problem) out.push(`DAMAGED: ${report.problem}`);
  const h = report.header;
  const chains = Object.entries(report.terminals).map(([t, c]) => `${t}: seq ${c.seq}, head ${c.head.slice(0, 16)}…`);
  if (h) out.push(`file: ${h.format} v${h.version} from terminal ${h.terminal || '(none)'}, exported ${h.exportedAt}, positions 1..${h.lastPosition}`);
  out.push(`${report.ok ? 'OK' : 'NOT OK'}: ${report.events} events verified${chains.length ? ` (${chains.join('; ')})` : ''}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return report.ok ? 0 : 1;
}

function usage(message: string): number {
  process.stderr.write(`docket verify: ${message}\n  docket verify --file FILE [--json]   check a log export (docket export)\n`);
  return 2;
}

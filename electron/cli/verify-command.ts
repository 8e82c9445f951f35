import { describeFinding } from '../core/integrity/damaged-record';
import { verifyDataDir } from '../core/verify';
import { flags, requireData } from './cli-args';
import { runVerifyFile } from './verify-file-command';

/** `docket verify`: exit 0 when intact; a torn tail left by a crash is reported but is not damage. */
export async function runVerify(argv: string[]): Promise<number> {
  // A log export (docket export) rather than a data folder: its own checks, in verify-file-command.ts.
  if (argv.some((a) => a === '--file' || a.startsWith('--file='))) return runVerifyFile(argv);
  const f = flags(argv, { data: { type: 'string' }, json: { type: 'boolean' } });
  const report = await verifyDataDir(requireData(f.data));
  if (f.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return report.ok ? 0 : 1;
  }
  const out: string[] = [];
  if (report.damage) out.push(`DAMAGED: ${report.damage}`);
  for (const s of report.unreadableSnapshots) out.push(`DAMAGED: snapshot ${s.file} cannot be read: ${s.reason}`);
  if (report.firstBad) {
    const b = report.firstBad;
    const place = b.file === undefined ? '' : ` (seen in ${b.file}${b.offset === undefined ? '' : ` at byte ${b.offset}`}${b.lsn === undefined ? '' : `, record ${b.lsn}`})`;
    out.push(`DAMAGED: first bad event at position ${b.position} (${b.type}, id ${b.id}, stream ${b.stream}): ${b.reason}${place}`);
  }
  // The checks go on past the first: each later finding is damage of its own (an edit after an acknowledged one).
  for (const f of report.findings.slice(1)) out.push(`DAMAGED: also ${describeFinding(f)}`);
  if (report.droppedTail) {
    const t = report.droppedTail;
    out.push(`note: a torn last record (${t.bytes} bytes at ${t.offset} in ${t.file}: ${t.reason}) was never acknowledged; it is not damage`);
  }
  const chains = Object.entries(report.terminals).map(([t, h]) => `${t}: ${h.seq} events, head ${h.head.slice(0, 16)}…`);
  const j = report.journal;
  out.push(`journal: ${j.segments} segment(s), ${j.records} record(s) read, ${j.events} event(s) compared with the database`);
  out.push(`${report.ok ? 'OK' : 'NOT OK'}: ${report.events} events verified${chains.length ? ` (${chains.join('; ')})` : ''}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return report.ok ? 0 : 1;
}

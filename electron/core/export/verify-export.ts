import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { EventViewSchema } from '../../../shared/contract/views';
import { LOG_EXPORT_FORMAT, LOG_EXPORT_VERSION, type ChainHeads, type LogExportHeader } from '../../../shared/export/log-export-format';
import type { Recorded } from '../../../shared/kernel/recorded';
import { EventLog } from '../store/event-log';
import { EVENTS_DDL } from '../store/schema';
import { loadSqlJs, SqlDb } from '../store/sql-db';
import { verifyLog } from '../verify';

/**
 * Checks a full log export (docs/export-format.md) the way another Docket
 * would take it in: the events are loaded into a fresh in-memory events
 * table and walked by the same verifyLog as a data folder (positions,
 * per-terminal sequence and hash chain, stream versions); then the header
 * and trailer must agree with what was read (count, last position, chain
 * heads), so a file cut short at a line boundary is caught too.
 *
 * The first bad event is named with its line in the file; nothing after it
 * is trusted. A damaged header or a missing trailer is a `problem`.
 */
export interface ExportBadEvent {
  line: number;
  position: number | null;
  id: string | null;
  stream: string | null;
  reason: string;
}

export interface ExportVerifyReport {
  ok: boolean;
  header: LogExportHeader | null;
  events: number;
  /** Each terminal's chain as read: its last seq and hash. */
  terminals: Record<string, { seq: number; head: string }>;
  firstBad: ExportBadEvent | null;
  /** What is wrong with the file as a whole (header, trailer, length), if anything. */
  problem: string | null;
}

const INSERT = 'INSERT INTO events(position, id, stream, version, type, schema, data, meta, hash, terminal, seq, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

export async function verifyExportFile(file: string): Promise<ExportVerifyReport> {
  const SQL = await loadSqlJs();
  const db = new SqlDb(new SQL.Database());
  try {
    db.exec(EVENTS_DDL);
    return await readAndCheck(file, db);
  } finally {
    db.close();
  }
}

/** What reading the file's lines found: the events are in the database, the rest here. */
interface Loaded {
  header: LogExportHeader | null;
  problem: string | null;
  events: number;
  /** position → line, to name a bad event by its line. */
  lineOf: Map<number, number>;
  trailer: { count: number; heads: ChainHeads } | null;
  /** The first line that could not be taken in; reading stops there (nothing after it is trusted). */
  badLine: ExportBadEvent | null;
}

async function loadLines(file: string, db: SqlDb): Promise<Loaded> {
  const got: Loaded = { header: null, problem: null, events: 0, lineOf: new Map(), trailer: null, badLine: null };
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const text of lines) {
      lineNo += 1;
      if (lineNo === 1) {
        const header = readHeader(text);
        if (typeof header === 'string') return { ...got, problem: header };
        got.header = header;
        continue;
      }
      if (got.trailer) return { ...got, problem: `line ${lineNo} comes after the trailer (line ${lineNo - 1}): the file was added to` };
      const parsed = parseLine(text);
      if ('end' in parsed) {
        got.trailer = parsed.end;
        continue;
      }
      if ('error' in parsed) return { ...got, badLine: { line: lineNo, position: null, id: null, stream: null, reason: parsed.error } };
      const e = parsed.event;
      try {
        db.run(INSERT, [e.position, e.id, e.stream, e.version, e.type, e.schema, JSON.stringify(e.data), JSON.stringify(e.meta), e.hash, e.meta.terminal, e.meta.seq, e.meta.at]);
      } catch (err) {
        // A second event with a position, id, stream version or terminal sequence already read.
        const reason = `repeats an event already in the file (${(err as Error).message})`;
        return { ...got, badLine: { line: lineNo, position: e.position, id: e.id, stream: e.stream, reason } };
      }
      got.lineOf.set(e.position, lineNo);
      got.events += 1;
    }
    return got;
  } finally {
    // Stopping early leaves the file open unless it is closed here.
    lines.close();
    input.destroy();
  }
}

async function readAndCheck(file: string, db: SqlDb): Promise<ExportVerifyReport> {
  db.exec('BEGIN');
  const got = await loadLines(file, db);
  db.exec('COMMIT');
  const report: ExportVerifyReport = { ok: false, header: got.header, events: got.events, terminals: {}, firstBad: null, problem: got.problem };
  if (!got.header) {
    report.problem ??= 'the file is empty: no header line';
    return report;
  }
  const checked = verifyLog(new EventLog(db, got.header.terminal));
  report.terminals = checked.terminals;
  const b = checked.firstBad;
  // verifyLog walks what loaded; the line that stopped the reading counts only if the walk found nothing before it.
  report.firstBad = b ? { line: got.lineOf.get(b.position) ?? 0, position: b.position, id: b.id, stream: b.stream, reason: b.reason } : got.badLine;
  if (!report.firstBad && !report.problem) report.problem = endProblem(report, got.trailer);
  report.ok = report.firstBad === null && report.problem === null;
  return report;
}

function readHeader(text: string): LogExportHeader | string {
  let h: Partial<LogExportHeader>;
  try {
    h = JSON.parse(text) as Partial<LogExportHeader>;
  } catch {
    return `line 1 is not a ${LOG_EXPORT_FORMAT} header (not JSON): is this a Docket log export?`;
  }
  if (h?.format !== LOG_EXPORT_FORMAT) return `line 1 is not a ${LOG_EXPORT_FORMAT} header: is this a Docket log export?`;
  if (h.version !== LOG_EXPORT_VERSION) return `the file is ${LOG_EXPORT_FORMAT} version ${String(h.version)}; this Docket reads version ${LOG_EXPORT_VERSION}`;
  if (!Number.isSafeInteger(h.lastPosition) || typeof h.terminal !== 'string' || typeof h.exportedAt !== 'string') return 'the header line is incomplete';
  return h as LogExportHeader;
}

type Parsed = { event: Recorded } | { end: { count: number; heads: ChainHeads } } | { error: string };

function parseLine(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'not a whole JSON line (the file may have been cut off here)' };
  }
  if (value !== null && typeof value === 'object' && (value as { end?: unknown }).end === LOG_EXPORT_FORMAT) {
    const t = value as { count?: unknown; heads?: unknown };
    if (!Number.isSafeInteger(t.count) || t.heads === null || typeof t.heads !== 'object') return { error: 'the trailer line is incomplete' };
    return { end: { count: t.count as number, heads: t.heads as ChainHeads } };
  }
  const event = EventViewSchema.safeParse(value);
  if (!event.success) {
    const issue = event.error.issues[0];
    return { error: `not an event: ${issue ? `${issue.path.join('.') || 'the line'}: ${issue.message}` : 'wrong shape'}` };
  }
  return { event: event.data as Recorded };
}

/** With every event sound: does the file end where its header and trailer say it does? */
function endProblem(r: ExportVerifyReport, trailer: { count: number; heads: ChainHeads } | null): string | null {
  const header = r.header as LogExportHeader;
  if (!trailer) return `the file ends after ${r.events} events without its trailer: it was cut short`;
  if (trailer.count !== r.events) return `the trailer says ${trailer.count} events, the file holds ${r.events}`;
  if (header.lastPosition !== r.events) return `the header says the log ends at position ${header.lastPosition}, the file's events end at ${r.events}`;
  const names = new Set([...Object.keys(trailer.heads), ...Object.keys(r.terminals)]);
  for (const t of [...names].sort()) {
    const want = trailer.heads[t];
    const got = r.terminals[t];
    if (!want || !got || want.seq !== got.seq || want.hash !== got.head) {
      return `terminal ${t}'s chain ends at ${got ? `seq ${got.seq}` : 'nothing'}, the trailer says ${want ? `seq ${want.seq}` : 'nothing'}`;
    }
  }
  return null;
}

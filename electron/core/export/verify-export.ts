import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { EventViewSchema } from '../../../shared/contract/views';
import { LOG_EXPORT_FORMAT, LOG_EXPORT_VERSION, type ChainHeads, type LogExportHeader } from '../../../shared/export/log-export-format';
import type { Recorded } from '../../../shared/kernel/recorded';
import { ChainChecker, MAX_BREAKS } from '../integrity/chain-checker';

/**
 * Checks a full log export (docs/export-format.md) line by line as it is
 * read: each event line goes straight into the ChainChecker that checks a
 * data folder's log (positions in order, with no gap and no repeat; each
 * terminal's sequence and hash chain; each stream's versions), so the file
 * is never held in memory. Then the header and trailer must agree with what
 * was read (count, last position, chain heads), so a file cut short at a
 * line boundary is caught too.
 *
 * An event line must hold exactly the recorded envelope: a key added to it
 * or to its meta is damage, though the hash would not show it (the hash
 * covers the envelope's fields, and a lenient parse would drop the extra key
 * before hashing). The first bad event is named with its line in the file;
 * the check goes on past a bad event (up to a hundred), but a line that is
 * not an event at all ends the reading: nothing after it is trusted. A
 * damaged header or a missing trailer is a `problem`.
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
  /** Every bad event found, the first included, in file order (up to a hundred). */
  badEvents: ExportBadEvent[];
  /** What is wrong with the file as a whole (header, trailer, length), if anything. */
  problem: string | null;
}

/** The recorded envelope and its meta, with no key beyond them (the contract's own shape, made strict). */
const StrictEventSchema = z.strictObject({ ...EventViewSchema.shape, meta: z.strictObject(EventViewSchema.shape.meta.shape) });

export async function verifyExportFile(file: string): Promise<ExportVerifyReport> {
  const report: ExportVerifyReport = { ok: false, header: null, events: 0, terminals: {}, firstBad: null, badEvents: [], problem: null };
  const checker = new ChainChecker();
  let trailer: Trailer | null = null;
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const text of lines) {
      lineNo += 1;
      if (lineNo === 1) {
        const header = readHeader(text);
        if (typeof header === 'string') {
          report.problem = header;
          break;
        }
        report.header = header;
        continue;
      }
      if (trailer) {
        report.problem = `line ${lineNo} comes after the trailer (line ${lineNo - 1}): the file was added to`;
        break;
      }
      const parsed = parseLine(text);
      if ('end' in parsed) {
        trailer = parsed.end;
        continue;
      }
      if (!parsed.event) {
        report.badEvents.push({ line: lineNo, ...parsed.names, reason: parsed.error });
        break;
      }
      report.events += 1;
      const before = checker.breaks.length;
      checker.check(parsed.event);
      // A line with a key too many is still checked (so the chain stays in step), and named for the key.
      const broke = checker.breaks[before];
      const reason = parsed.error ?? broke?.reason;
      if (reason !== undefined) report.badEvents.push({ line: lineNo, position: parsed.event.position, id: parsed.event.id, stream: parsed.event.stream, reason });
      if (report.badEvents.length >= MAX_BREAKS) break;
    }
  } finally {
    // Stopping early leaves the file open unless it is closed here.
    lines.close();
    input.destroy();
  }
  report.terminals = checker.terminals();
  report.firstBad = report.badEvents[0] ?? null;
  if (!report.header) report.problem ??= 'the file is empty: no header line';
  else if (!report.firstBad && !report.problem) report.problem = endProblem(report, trailer);
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

type Trailer = { count: number; heads: ChainHeads };
type Names = Pick<ExportBadEvent, 'position' | 'id' | 'stream'>;
/**
 * A trailer; an event (with `error` when it is an event with a key too many);
 * or no event, with what the line still names.
 */
type Parsed = { end: Trailer } | { event: Recorded; error?: string } | { event?: undefined; error: string; names: Names };

function parseLine(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'not a whole JSON line (the file may have been cut off here)', names: { position: null, id: null, stream: null } };
  }
  if (value !== null && typeof value === 'object' && (value as { end?: unknown }).end === LOG_EXPORT_FORMAT) {
    const t = value as { count?: unknown; heads?: unknown };
    if (!Number.isSafeInteger(t.count) || t.heads === null || typeof t.heads !== 'object') return { error: 'the trailer line is incomplete', names: namesOf(value) };
    return { end: { count: t.count as number, heads: t.heads as ChainHeads } };
  }
  const strict = StrictEventSchema.safeParse(value);
  if (strict.success) return { event: strict.data as Recorded };
  const error = `not an event: ${describeIssue(strict.error.issues[0])}`;
  // Only keys too many: the envelope is whole, so its chain can still be followed.
  const lenient = EventViewSchema.safeParse(value);
  if (lenient.success && strict.error.issues.every((i) => i.code === 'unrecognized_keys')) return { event: value as Recorded, error };
  return { error, names: namesOf(value) };
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  return issue ? `${issue.path.join('.') || 'the line'}: ${issue.message}` : 'wrong shape';
}

/** What a line that is not a whole event still says about itself. */
function namesOf(value: unknown): Names {
  const o = (value !== null && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return {
    position: Number.isSafeInteger(o.position) ? (o.position as number) : null,
    id: typeof o.id === 'string' ? o.id : null,
    stream: typeof o.stream === 'string' ? o.stream : null,
  };
}

/** With every event sound: does the file end where its header and trailer say it does? */
function endProblem(r: ExportVerifyReport, trailer: Trailer | null): string | null {
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

import { existsSync } from 'node:fs';
import { FilterError } from '../../shared/history/filter-syntax';
import type { Recorded } from '../../shared/kernel/recorded';
import { compileFilterText, type CompiledFilter } from '../core/history/compile-filter';
import { forEachMatch } from '../core/history/filter-events';
import { readRoster } from '../core/history/roster';
import { openStore } from '../core/store/open-store';
import { flags, requireData, wholeNumber } from './cli-args';
import { FILTER_ERROR_EXIT, showFilterError, utcOffset } from './filter-cli';
import { csvField } from './report-command';

const FORMATS = ['ndjson', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/** One CSV row per event; `data` is the payload as JSON text, `*_name` the staff member's name at export time. */
const CSV_HEADER = ['position', 'at', 'type', 'stream', 'version', 'terminal', 'seq', 'staff', 'staff_name', 'approved_by', 'approver_name', 'command', 'id', 'data', 'hash'];

/**
 * `docket events --data DIR [--stream S] [--filter EXPR] [--limit N] [--format ndjson|csv] [--utc-offset MIN]`
 *
 * The log, oldest first, as JSON lines (each line the stored event) or CSV
 * (RFC 4180: a header row, CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break). Read-only: it loads the newest snapshot
 * and the journal after it into memory and takes no lock, so it is safe
 * beside a running till. A filter that cannot be read is shown with a caret
 * under the place and exits 2. Dates in a filter are UTC days unless
 * --utc-offset gives the zone.
 */
export async function runEvents(argv: string[]): Promise<number> {
  const f = flags(argv, {
    data: { type: 'string' },
    stream: { type: 'string' },
    limit: { type: 'string' },
    filter: { type: 'string' },
    format: { type: 'string' },
    'utc-offset': { type: 'string' },
  });
  const limit = wholeNumber(f.limit, 'limit', Number.MAX_SAFE_INTEGER);
  const format = (f.format ?? 'ndjson') as Format;
  if (!FORMATS.includes(format)) throw new Error(`--format is one of ${FORMATS.join(', ')}`);
  const offset = utcOffset(f['utc-offset']);
  const dataDir = requireData(f.data);
  // A read-only open of a missing folder would find an empty log and print nothing, as if all were well.
  if (!existsSync(dataDir)) throw new Error(`there is no data folder at ${dataDir}`);
  const { db, log } = await openStore({ dataDir, terminal: '', readOnly: true });
  try {
    let filter: CompiledFilter | undefined;
    if (f.filter !== undefined) {
      try {
        filter = compileFilterText(f.filter, { staff: () => readRoster(log), now: Date.now(), utcOffsetMinutes: offset });
      } catch (e) {
        if (!(e instanceof FilterError)) throw e;
        process.stderr.write(showFilterError('events', f.filter, e));
        return FILTER_ERROR_EXIT;
      }
      if (f.stream !== undefined) filter = { where: `stream = ? AND (${filter.where})`, params: [f.stream, ...filter.params] };
    }
    const names = format === 'csv' ? new Map(readRoster(log).map((s) => [s.staffId, s.name])) : undefined;
    const line = names ? (e: Recorded) => csvLine(e, names) : (e: Recorded) => `${JSON.stringify(e)}\n`;
    let n = 0;
    let chunk = format === 'csv' ? csvRow(CSV_HEADER) : '';
    const print = (e: Recorded): void => {
      if (n >= limit) return;
      n += 1;
      chunk += line(e);
      if (chunk.length > 1 << 16) {
        process.stdout.write(chunk);
        chunk = '';
      }
    };
    if (filter) forEachMatch(db, filter, print, f.limit === undefined ? -1 : limit);
    else if (f.stream === undefined) log.forEach(0, print);
    else log.readStream(f.stream).forEach(print);
    process.stdout.write(chunk);
  } finally {
    db.close();
  }
  return 0;
}

const csvRow = (cells: readonly string[]): string => `${cells.map(csvField).join(',')}\r\n`;

function csvLine(e: Recorded, names: ReadonlyMap<string, string>): string {
  const { staff, approvedBy } = e.meta;
  return csvRow([
    String(e.position),
    e.meta.at,
    e.type,
    e.stream,
    String(e.version),
    e.meta.terminal,
    String(e.meta.seq),
    staff ?? '',
    (staff && names.get(staff)) ?? '',
    approvedBy ?? '',
    (approvedBy && names.get(approvedBy)) ?? '',
    e.meta.command,
    e.id,
    JSON.stringify(e.data),
    e.hash,
  ]);
}

import { existsSync } from 'node:fs';
import { FilterError } from '../../shared/history/filter-syntax';
import { EVENT_EXPORT_FORMATS, eventExportHeader, eventExportLine, type EventExportFormat } from '../../shared/export/event-export-format';
import type { Recorded } from '../../shared/kernel/recorded';
import { compileFilterText, type CompiledFilter } from '../core/history/compile-filter';
import { forEachMatch } from '../core/history/filter-events';
import { readRoster } from '../core/history/roster';
import { businessClockFromLog } from '../core/projections/restaurant-projection';
import { openStore } from '../core/store/open-store';
import { flags, requireData, wholeNumber } from './cli-args';
import { FILTER_ERROR_EXIT, showFilterError, utcOffset } from './filter-cli';

/**
 * `docket events --data DIR [--stream S] [--filter EXPR] [--limit N] [--format ndjson|csv] [--utc-offset MIN]`
 *
 * The log, oldest first, as JSON lines (each line the stored event) or CSV
 * (RFC 4180; the columns in shared/export/event-export-format.ts, which the
 * history screen's export writes through too). Read-only: it loads the newest snapshot
 * and the journal after it into memory and takes no lock, so it is safe
 * beside a running till. A filter that cannot be read is shown with a caret
 * under the place and exits 2. Dates in a filter without a zone are the
 * restaurant's business days in its time zone (Admin › Restaurant), unless
 * --utc-offset gives a fixed zone.
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
  const format = (f.format ?? 'ndjson') as EventExportFormat;
  if (!EVENT_EXPORT_FORMATS.includes(format)) throw new Error(`--format is one of ${EVENT_EXPORT_FORMATS.join(', ')}`);
  // Without --utc-offset, dates are the restaurant's business days in its zone (as Reports and the history screen read them).
  const offset = f['utc-offset'] === undefined ? undefined : utcOffset(f['utc-offset']);
  const dataDir = requireData(f.data);
  // A read-only open of a missing folder would find an empty log and print nothing, as if all were well.
  if (!existsSync(dataDir)) throw new Error(`there is no data folder at ${dataDir}`);
  const { db, log } = await openStore({ dataDir, terminal: '', readOnly: true });
  try {
    let filter: CompiledFilter | undefined;
    if (f.filter !== undefined) {
      try {
        filter = compileFilterText(f.filter, {
          staff: () => readRoster(log),
          now: Date.now(),
          clock: businessClockFromLog(log),
          ...(offset === undefined ? {} : { utcOffsetMinutes: offset }),
        });
      } catch (e) {
        if (!(e instanceof FilterError)) throw e;
        process.stderr.write(showFilterError('events', f.filter, e));
        return FILTER_ERROR_EXIT;
      }
      if (f.stream !== undefined) filter = { where: `stream = ? AND (${filter.where})`, params: [f.stream, ...filter.params] };
    }
    const names = format === 'csv' ? new Map(readRoster(log).map((s) => [s.staffId, s.name])) : new Map<string, string>();
    const line = eventExportLine(format, names);
    let n = 0;
    let chunk = eventExportHeader(format);
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

import { existsSync } from 'node:fs';
import { dateSpan, isoAt, type DateZone } from '../../shared/history/filter-dates';
import { FilterError } from '../../shared/history/filter-syntax';
import { tokenize } from '../../shared/history/filter-tokens';
import { stateAt, positionAtTime } from '../core/history/state-at';
import { tillAt } from '../core/history/till-at';
import { businessClockFromLog } from '../core/projections/restaurant-projection';
import { openStore } from '../core/store/open-store';
import type { SqlDb } from '../core/store/sql-db';
import { flags, requireData } from './cli-args';
import { FILTER_ERROR_EXIT, showFilterError, utcOffset } from './filter-cli';

/**
 * `docket state --data DIR [--stream S] [--at POSITION|TIME] [--utc-offset MIN]`
 *
 * A stream's state as it was, folded from the log with its aggregate's own
 * evolve, printed as JSON: the state, its version, the last event folded and
 * what that event changed. Without --stream: the whole till then (the orders
 * open and the open shifts' money). --at takes a log position (a whole number) or a
 * time written as in filters: 2026-11-01T14:30 is the state after everything
 * recorded up to the end of that minute, 2026-11-01 up to the end of that day.
 * A time without a zone is the restaurant's (Admin › Restaurant), read from the
 * log as `docket events` reads filters: a time is its wall clock, summer time
 * included, and a day its business day, to the next day's cut-off (as Reports
 * count it). A zone written in the time (`Z`, `+01:00`) is kept as written;
 * --utc-offset MIN reads times without one at that fixed offset instead, and
 * days as calendar days there. Without --at: the state now. Read-only and
 * lock-free, like `docket events`.
 */
export async function runState(argv: string[]): Promise<number> {
  const f = flags(argv, { data: { type: 'string' }, stream: { type: 'string' }, at: { type: 'string' }, 'utc-offset': { type: 'string' } });
  const dataDir = requireData(f.data);
  const offset = f['utc-offset'] === undefined ? undefined : utcOffset(f['utc-offset']);
  if (!existsSync(dataDir)) throw new Error(`there is no data folder at ${dataDir}`);
  const { db, log } = await openStore({ dataDir, terminal: '', readOnly: true });
  try {
    let position: number | undefined;
    if (f.at !== undefined) {
      try {
        // Without --utc-offset, the restaurant's zone and day cut-off, as the history screen and Reports read times.
        position = atPosition(db, f.at, offset ?? businessClockFromLog(log));
      } catch (e) {
        if (!(e instanceof FilterError)) throw e;
        process.stderr.write(showFilterError('state --at', f.at, e));
        return FILTER_ERROR_EXIT;
      }
    }
    const answer = f.stream === undefined ? tillAt(db, position) : stateAt(db, f.stream, position);
    process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
  } finally {
    db.close();
  }
  return 0;
}

/** A whole number is a log position; a date or date-time is the last event recorded by the end of it. */
function atPosition(db: SqlDb, text: string, zone: DateZone): number {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (!Number.isSafeInteger(n)) throw new FilterError('a position is a whole number', 1, text.length);
    return n;
  }
  const [token, rest] = tokenize(text.trim());
  if (token?.kind !== 'date' || rest?.kind !== 'end') {
    throw new FilterError('--at is a position (1234) or a time (2026-11-01, 2026-11-01T14:30, 2026-11-01T14:30:00Z)', token?.column ?? 1, text.length);
  }
  return positionAtTime(db, isoAt(dateSpan(token.parts, zone).end - 1));
}

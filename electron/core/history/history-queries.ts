import type { FilterEventsView, StreamStateView, StreamTimelineView, TillAtView } from '../../../shared/contract/history-queries';
import type { QueryOf } from '../../../shared/contract/queries';
import type { EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import { businessClockOf } from '../projections/restaurant-projection';
import { compileFilterText } from './compile-filter';
import { labelEvents } from './event-labels';
import { filterEventsPage } from './filter-events';
import { readRoster, staffNames } from './roster';
import { positionAtTime, stateAt } from './state-at';
import { tillAt } from './till-at';
import { streamTimeline } from './stream-timeline';

/** The history queries as the core runs them (see shared/contract/history-queries.ts). */
export function filterEvents(db: SqlDb, log: EventLog, q: QueryOf<'FilterEvents'>, now: number): FilterEventsView {
  const compiled = compileFilterText(q.filter, {
    staff: () => readRoster(log),
    now,
    // Dates without a zone are the restaurant's business days, as Reports count them; an explicit offset overrides.
    clock: businessClockOf(db),
    ...(q.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: q.utcOffsetMinutes } : {}),
  });
  const page = filterEventsPage(db, log, compiled, {
    limit: q.limit ?? 100,
    ...(q.afterPosition !== undefined ? { afterPosition: q.afterPosition } : {}),
    ...(q.beforePosition !== undefined ? { beforePosition: q.beforePosition } : {}),
    ...(q.newestFirst !== undefined ? { newestFirst: q.newestFirst } : {}),
    ...(q.upToPosition !== undefined ? { upToPosition: q.upToPosition } : {}),
  });
  return { ...page, labels: labelEvents(db, log, page.events) };
}

/** The position a query's moment names: its position, else the last event at or before its time, else now (undefined). */
function momentOf(db: SqlDb, q: { atPosition?: number | undefined; atTime?: string | undefined }): number | undefined {
  if (q.atPosition !== undefined) return q.atPosition;
  // Stored times are UTC ISO text: a time with an offset is turned into one before comparing.
  return q.atTime === undefined ? undefined : positionAtTime(db, new Date(q.atTime).toISOString());
}

export function getStreamState(db: SqlDb, q: QueryOf<'GetStreamState'>): StreamStateView {
  return stateAt(db, q.stream, momentOf(db, q));
}

export function getTillAt(db: SqlDb, q: QueryOf<'GetTillAt'>): TillAtView {
  return tillAt(db, momentOf(db, q));
}

export function getStreamTimeline(db: SqlDb, log: EventLog, q: QueryOf<'GetStreamTimeline'>): StreamTimelineView {
  return streamTimeline(db, q.stream, {
    names: staffNames(log),
    ...(q.afterVersion !== undefined ? { afterVersion: q.afterVersion } : {}),
    ...(q.limit !== undefined ? { limit: q.limit } : {}),
  });
}

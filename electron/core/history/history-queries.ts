import type { FilterEventsView, StreamStateView, StreamTimelineView } from '../../../shared/contract/history-queries';
import type { QueryOf } from '../../../shared/contract/queries';
import type { EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import { compileFilterText } from './compile-filter';
import { filterEventsPage } from './filter-events';
import { readRoster, staffNames } from './roster';
import { stateAt } from './state-at';
import { streamTimeline } from './stream-timeline';

/** The history queries as the core runs them (see shared/contract/history-queries.ts). */
export function filterEvents(db: SqlDb, log: EventLog, q: QueryOf<'FilterEvents'>, now: number): FilterEventsView {
  const compiled = compileFilterText(q.filter, {
    staff: () => readRoster(log),
    now,
    ...(q.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: q.utcOffsetMinutes } : {}),
  });
  return filterEventsPage(db, log, compiled, {
    limit: q.limit ?? 100,
    ...(q.afterPosition !== undefined ? { afterPosition: q.afterPosition } : {}),
    ...(q.beforePosition !== undefined ? { beforePosition: q.beforePosition } : {}),
    ...(q.newestFirst !== undefined ? { newestFirst: q.newestFirst } : {}),
  });
}

export function getStreamState(db: SqlDb, q: QueryOf<'GetStreamState'>): StreamStateView {
  return stateAt(db, q.stream, q.atPosition);
}

export function getStreamTimeline(db: SqlDb, log: EventLog, q: QueryOf<'GetStreamTimeline'>): StreamTimelineView {
  return streamTimeline(db, q.stream, {
    names: staffNames(log),
    ...(q.afterVersion !== undefined ? { afterVersion: q.afterVersion } : {}),
    ...(q.limit !== undefined ? { limit: q.limit } : {}),
  });
}

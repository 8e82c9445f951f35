import type { QueryOf } from '../../../shared/contract/queries';
import type { ExportLogView } from '../../../shared/contract/export-queries';
import { MAX_LIST_LIMIT } from '../../../shared/contract/limits';
import type { EventLog } from '../store/event-log';

/**
 * ExportLog: one page of the log exactly as recorded (hash and meta as
 * stored), oldest first. The page ends at `upToPosition` when given, so an
 * export started at one moment ends at that moment's last event.
 */
export function exportLogPage(log: EventLog, q: QueryOf<'ExportLog'>): ExportLogView {
  const last = log.lastPosition;
  const end = Math.min(q.upToPosition ?? last, last);
  const room = Math.max(0, end - q.afterPosition);
  const events = room === 0 ? [] : log.readAfter(q.afterPosition, Math.min(q.limit ?? MAX_LIST_LIMIT, room));
  const reached = events.at(-1)?.position ?? q.afterPosition;
  return { terminal: log.terminal, events, nextAfter: reached >= end ? null : reached, lastPosition: last };
}

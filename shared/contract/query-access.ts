import type { Query, QueryType } from './queries';

/**
 * Queries only a manager may run: the event log itself (ListEvents too, see
 * isManagerQuery), time travel, the integrity checks, exports and the
 * owner's reports. The core refuses them (Unauthorized) unless the
 * terminal's signed-in member is a manager; the renderer hides their screens
 * from everyone else. Everything else (the menu, the floor, an order, the
 * current shift) is needed to serve.
 */
export const MANAGER_QUERIES: ReadonlySet<QueryType> = new Set<QueryType>([
  'FilterEvents',
  'GetStreamState',
  'GetStreamTimeline',
  'GetTillAt',
  'GetSalesReport',
  'GetAdjustmentsReport',
  'GetServiceTimesReport',
  'ExportLog',
  'CheckIntegrity',
]);

/**
 * Whether a query needs a signed-in manager. The log (ListEvents) is the
 * managers' too, all but one order's own events (`stream: "order-…"`): the
 * closed-orders screen shows a server the order they are looking at.
 */
export function isManagerQuery(q: Query): boolean {
  if (q.type === 'ListEvents') return !(q.stream?.startsWith('order-') ?? false);
  return MANAGER_QUERIES.has(q.type);
}

import type { QueryType } from './queries';

/**
 * Queries only a manager may run: the event log itself, time travel, the
 * integrity checks, exports and the owner's reports. The core refuses them
 * (Unauthorized) unless the terminal's signed-in member is a manager; the
 * renderer hides their screens from everyone else. Everything else (the
 * menu, the floor, an order, the current shift) is needed to serve.
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

export const isManagerQuery = (type: QueryType): boolean => MANAGER_QUERIES.has(type);

import type { Query, QueryOf, QueryResults, QueryType } from '../../../shared/contract/queries';
import type { TillInfo } from '../../../shared/contract/views';
import type { IntegrityView } from '../../../shared/contract/integrity-queries';
import { DocketError } from '../../../shared/kernel/errors';
import { readIntegrityIssues } from '../integrity/integrity-view';
import { MAX_LIST_LIMIT } from '../../../shared/contract/limits';
import { filterEvents, getStreamState, getStreamTimeline, getTillAt } from '../history/history-queries';
import { redactSecrets } from '../history/redact-secrets';
import type { EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import { getKitchenTicket, getReceipt, getRestaurant } from '../receipts/receipt-query';
import { getFloor } from './floor-queries';
import { getMenu } from './menu-queries';
import { getSalesReport } from './report-queries';
import { exportLogPage } from '../export/export-log';
import { getAdjustmentsReport } from '../reports/adjustments-report';
import { getServiceTimesReport } from '../reports/service-times-report';
import { getCurrentShift, getShiftReport, listShifts } from './shift-queries';
import { getSession, listStaff } from './staff-queries';
import { getOrder, listClosedOrders, listKitchenTickets, listOpenOrders } from './order-queries';

export interface QueryDeps {
  db: SqlDb;
  log: EventLog;
  info: () => TillInfo;
  /** The core's clock (ms), for `today` in history filters; the system clock when not given. */
  now?: () => number;
  /** A live till's integrity checks; without one (a folder read by the CLI) only the recorded issues are known. */
  integrity?: { view(): IntegrityView };
}

type Handlers = { [K in QueryType]: (q: QueryOf<K>, d: QueryDeps) => QueryResults[K] };

/** One handler per query type; the map's type makes a missing one a compile error. */
const handlers: Handlers = {
  GetMenu: (_q, d) => getMenu(d.db),
  GetOrder: (q, d) => getOrder(d.db, q.orderId),
  ListOpenOrders: (_q, d) => listOpenOrders(d.db),
  ListClosedOrders: (q, d) => listClosedOrders(d.db, q.limit ?? 50),
  ListEvents: (q, d) => d.log.readAfter(q.afterPosition ?? 0, q.limit ?? MAX_LIST_LIMIT, q.stream),
  GetTillInfo: (_q, d) => d.info(),
  GetSalesReport: (q, d) => getSalesReport(d.db, q),
  GetAdjustmentsReport: (q, d) => getAdjustmentsReport(d.db, q),
  GetServiceTimesReport: (q, d) => getServiceTimesReport(d.db, q),
  ExportLog: (q, d) => exportLogPage(d.log, q),
  ListStaff: (q, d) => listStaff(d.db, q.includeInactive ?? false),
  GetSession: (_q, d) => getSession(d.db, d.info().terminal),
  GetFloor: (_q, d) => getFloor(d.db),
  GetRestaurant: (_q, d) => getRestaurant(d.db),
  GetReceipt: (q, d) => getReceipt(d.db, d.log, q.orderId),
  GetKitchenTicket: (q, d) => getKitchenTicket(d.db, q.ticketId),
  GetCurrentShift: (_q, d) => getCurrentShift(d.db, d.log.terminal),
  GetShiftReport: (q, d) => getShiftReport(d.db, q.shiftId, d.log.chainHead.hash),
  ListShifts: (q, d) => listShifts(d.db, q.limit ?? 50),
  ListKitchenTickets: (q, d) => listKitchenTickets(d.db, { station: q.station, orderId: q.orderId, limit: q.limit ?? 100 }),
  FilterEvents: (q, d) => filterEvents(d.db, d.log, q, (d.now ?? Date.now)()),
  GetStreamState: (q, d) => getStreamState(d.db, q),
  GetStreamTimeline: (q, d) => getStreamTimeline(d.db, d.log, q),
  GetTillAt: (q, d) => getTillAt(d.db, q),
  GetIntegrity: (_q, d) => d.integrity?.view() ?? { startup: null, background: null, manual: null, issues: readIntegrityIssues(d.db) },
  // It runs in slices between commands, so only a live till (open-till.ts) runs it.
  CheckIntegrity: () => {
    throw new DocketError('IllegalState', 'CheckIntegrity runs in a live till');
  },
};

/**
 * Every answer leaves through here, so PIN hashes are redacted here (see
 * redact-secrets.ts) — all but the full log export's, which must stay as
 * recorded for its hash chain to verify (a manager's query).
 */
export function runQuery<Q extends Query>(query: Q, deps: QueryDeps): QueryResults[Q['type']] {
  const handler = handlers[query.type] as (q: Q, d: QueryDeps) => QueryResults[Q['type']];
  const answer = handler(query, deps);
  return query.type === 'ExportLog' ? answer : redactSecrets(answer);
}

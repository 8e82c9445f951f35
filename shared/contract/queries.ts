import { z } from 'zod';
import {
  GetKitchenTicketSchema,
  GetReceiptSchema,
  GetRestaurantSchema,
  type KitchenTicketPrintView,
  type ReceiptView,
  type RestaurantView,
} from './restaurant-commands';
import { GetFloorSchema, type FloorTableView } from './floor-views';
import { GetCurrentShiftSchema, GetShiftReportSchema, ListShiftsSchema, type ShiftReportView, type ShiftView } from './shift-views';
import { MAX_LIST_LIMIT } from './limits';
import { GetSalesReportSchema } from './report-queries';
import { CheckIntegritySchema, GetIntegritySchema, type IntegrityCheckView, type IntegrityView } from './integrity-queries';
import {
  FilterEventsSchema,
  GetStreamStateSchema,
  GetStreamTimelineSchema,
  GetTillAtSchema,
  type FilterEventsView,
  type StreamStateView,
  type StreamTimelineView,
  type TillAtView,
} from './history-queries';
import type { SalesReportView } from './report-views';
import { GetAdjustmentsReportSchema, type AdjustmentsReportView } from './report-adjustments';
import { GetServiceTimesReportSchema, type ServiceTimesReportView } from './report-service-times';
import { ExportLogSchema, type ExportLogView } from './export-queries';
import type { EventView, KitchenTicketView, MenuView, OrderSummary, OrderView, TillInfo } from './views';
import { GetSessionSchema, ListStaffSchema, type SessionView, type StaffView } from './staff-views';

export const GetMenuSchema = z.strictObject({ type: z.literal('GetMenu') });
export const GetOrderSchema = z.strictObject({ type: z.literal('GetOrder'), orderId: z.uuid() });
export const ListOpenOrdersSchema = z.strictObject({ type: z.literal('ListOpenOrders') });
/** Closed orders, most recently closed first. */
export const ListClosedOrdersSchema = z.strictObject({
  type: z.literal('ListClosedOrders'),
  limit: z.int().min(1).max(MAX_LIST_LIMIT).optional(),
});
export const ListEventsSchema = z.strictObject({
  type: z.literal('ListEvents'),
  afterPosition: z.int().min(0).optional(),
  stream: z.string().min(1).max(200).optional(),
  limit: z.int().min(1).max(MAX_LIST_LIMIT).optional(),
});
export const GetTillInfoSchema = z.strictObject({ type: z.literal('GetTillInfo') });
/** Kitchen tickets, oldest first, for one station and/or one order. */
export const ListKitchenTicketsSchema = z.strictObject({
  type: z.literal('ListKitchenTickets'),
  station: z.string().min(1).max(24).optional(),
  orderId: z.uuid().optional(),
  limit: z.int().min(1).max(MAX_LIST_LIMIT).optional(),
});

export const QuerySchema = z.discriminatedUnion('type', [
  GetMenuSchema,
  GetOrderSchema,
  ListOpenOrdersSchema,
  ListClosedOrdersSchema,
  ListEventsSchema,
  GetTillInfoSchema,
  GetSalesReportSchema,
  GetAdjustmentsReportSchema,
  GetServiceTimesReportSchema,
  ExportLogSchema,
  ListKitchenTicketsSchema,
  GetFloorSchema,
  GetRestaurantSchema,
  GetReceiptSchema,
  GetKitchenTicketSchema,
  GetCurrentShiftSchema,
  GetShiftReportSchema,
  ListShiftsSchema,
  ListStaffSchema,
  GetSessionSchema,
  FilterEventsSchema,
  GetStreamStateSchema,
  GetStreamTimelineSchema,
  GetTillAtSchema,
  GetIntegritySchema,
  CheckIntegritySchema,
]);
export type Query = z.infer<typeof QuerySchema>;
export type QueryType = Query['type'];
export type QueryOf<T extends QueryType> = Extract<Query, { type: T }>;

/** The answer type of each query, keyed by its `type`. */
export interface QueryResults {
  GetMenu: MenuView;
  GetOrder: OrderView;
  ListOpenOrders: OrderSummary[];
  ListClosedOrders: OrderSummary[];
  ListEvents: EventView[];
  GetTillInfo: TillInfo;
  GetSalesReport: SalesReportView;
  GetAdjustmentsReport: AdjustmentsReportView;
  GetServiceTimesReport: ServiceTimesReportView;
  ExportLog: ExportLogView;
  ListKitchenTickets: KitchenTicketView[];
  GetFloor: FloorTableView[];
  GetRestaurant: RestaurantView;
  GetReceipt: ReceiptView;
  GetKitchenTicket: KitchenTicketPrintView;
  GetCurrentShift: ShiftView | null;
  GetShiftReport: ShiftReportView;
  ListShifts: ShiftView[];
  ListStaff: StaffView[];
  GetSession: SessionView;
  FilterEvents: FilterEventsView;
  GetStreamState: StreamStateView;
  GetStreamTimeline: StreamTimelineView;
  GetTillAt: TillAtView;
  GetIntegrity: IntegrityView;
  CheckIntegrity: IntegrityCheckView;
}
export type QueryResult<Q extends Query> = QueryResults[Q['type']];

import { z } from 'zod';
import { MAX_LIST_LIMIT } from './limits';
import type { EventView, MenuView, OrderSummary, OrderView, TillInfo } from './views';
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

export const QuerySchema = z.discriminatedUnion('type', [
  GetMenuSchema,
  GetOrderSchema,
  ListOpenOrdersSchema,
  ListClosedOrdersSchema,
  ListEventsSchema,
  GetTillInfoSchema,
  ListStaffSchema,
  GetSessionSchema,
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
  ListStaff: StaffView[];
  GetSession: SessionView;
}
export type QueryResult<Q extends Query> = QueryResults[Q['type']];

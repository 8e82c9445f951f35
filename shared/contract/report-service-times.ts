import { z } from 'zod';
import { BusinessDay } from './report-queries';

/**
 * How long orders took, by the local hour of day (the restaurant's zone, as
 * the sales report's hours) they were opened in, over the days they were opened (both inclusive; either
 * may be left out): where is the service slow?
 */
export const GetServiceTimesReportSchema = z.strictObject({
  type: z.literal('GetServiceTimesReport'),
  from: BusinessDay.optional(),
  to: BusinessDay.optional(),
});

/** One step's durations over the orders that made it (ms, whole); null when none did. */
export const DurationStatsSchema = z
  .object({ count: z.int(), averageMs: z.int(), medianMs: z.int(), p90Ms: z.int() })
  .nullable();
export type DurationStats = z.infer<typeof DurationStatsSchema>;

/**
 * The steps of an order: opened → first sent to the kitchen → paid (its last
 * payment before it closed) → closed (its first close). Each step counts
 * only the orders that took it: a drinks-only order never goes to the
 * kitchen, an order merged into another never closes.
 */
export const ServiceTimesSchema = z.object({
  /** Orders opened in the group. */
  orders: z.int(),
  toKitchen: DurationStatsSchema,
  kitchenToPaid: DurationStatsSchema,
  paidToClosed: DurationStatsSchema,
  openToClosed: DurationStatsSchema,
});
export type ServiceTimes = z.infer<typeof ServiceTimesSchema>;

export const ServiceTimesReportViewSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Hours 0..23 that had orders, in order. */
  byHour: z.array(ServiceTimesSchema.extend({ hour: z.int() })),
  overall: ServiceTimesSchema,
  notes: z.array(z.string()),
});
export type ServiceTimesReportView = z.infer<typeof ServiceTimesReportViewSchema>;

import { z } from 'zod';

/** A business day, "YYYY-MM-DD", that exists on the calendar. */
export const BusinessDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'no such date');

/** How a sales report groups its rows. */
export const SalesReportBySchema = z.enum(['day', 'month', 'hour', 'category', 'item', 'staff', 'tender', 'tax']);
export type SalesReportBy = z.infer<typeof SalesReportBySchema>;

/**
 * Sales of closed orders whose business day is within from..to (both
 * inclusive; either may be left out), grouped one way. Amounts are integer
 * minor units.
 */
export const GetSalesReportSchema = z.strictObject({
  type: z.literal('GetSalesReport'),
  from: BusinessDay.optional(),
  to: BusinessDay.optional(),
  by: SalesReportBySchema,
});

export const REPORT_QUERY_SCHEMAS = [GetSalesReportSchema] as const;

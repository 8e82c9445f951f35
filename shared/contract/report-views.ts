import { z } from 'zod';
import { SalesReportBySchema } from './report-queries';

/**
 * One group of a sales report, amounts in integer minor units. `orders`
 * counts distinct orders closed (an order with lines in two categories counts
 * in both). Grouped by lines (every grouping but tender): `qty` is items sold,
 * `amount` their net (after discounts; tax inclusive when prices are), `tax`
 * the tax on them. Grouped by tender: `qty` is payments, `amount` what was
 * applied to the bills (change excluded), `tips` what came on top.
 * Refunds are taken off `amount` (and `qty`) on the day they were given;
 * `refunds` says how much that was. A reopened order's sale is reversed on
 * the day it was reopened and counted again when it closes.
 */
export const SalesReportRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  orders: z.int(),
  qty: z.int(),
  amount: z.int(),
  tax: z.int(),
  tips: z.int(),
  refunds: z.int(),
});
export type SalesReportRow = z.infer<typeof SalesReportRowSchema>;

export const SalesReportViewSchema = z.object({
  by: SalesReportBySchema,
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** The menu's currency ("" before there is a menu). */
  currency: z.string(),
  rows: z.array(SalesReportRowSchema),
  /** qty, amount, tax, tips and refunds are the sums of the rows; orders counts each order once. */
  totals: z.object({ orders: z.int(), qty: z.int(), amount: z.int(), tax: z.int(), tips: z.int(), refunds: z.int() }),
  /** How to read the figures, in plain words. */
  notes: z.array(z.string()),
});
export type SalesReportView = z.infer<typeof SalesReportViewSchema>;

import { z } from 'zod';
import { BusinessDay } from './report-queries';

/**
 * Voids, discounts and refunds over a day range (both days inclusive; either
 * may be left out), grouped by who did them and by who approved them: the
 * owner's "who gives money away, and who lets them". A business day is the
 * restaurant's (its zone and day cut-off, docs/business-day.md) of the void,
 * discount or refund (as the sales report dates them).
 */
export const GetAdjustmentsReportSchema = z.strictObject({
  type: z.literal('GetAdjustmentsReport'),
  from: BusinessDay.optional(),
  to: BusinessDay.optional(),
});

/** Counts and amounts (integer minor units) of one group. */
export const AdjustmentFiguresSchema = z.object({
  voids: z.int(),
  voidAmount: z.int(),
  discounts: z.int(),
  discountAmount: z.int(),
  refunds: z.int(),
  refundAmount: z.int(),
});
export type AdjustmentFigures = z.infer<typeof AdjustmentFiguresSchema>;

/**
 * `key` is the staff id ("" for none: an event the core wrote itself, or an
 * adjustment no manager had to approve); `label` their name on the roster as
 * it is now, "" when there is none (the screen says "nobody" in its language).
 */
export const AdjustmentRowSchema = AdjustmentFiguresSchema.extend({ key: z.string(), label: z.string() });
export type AdjustmentRow = z.infer<typeof AdjustmentRowSchema>;

export const AdjustmentsReportViewSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  currency: z.string(),
  /** By who did it (meta.staff of the void, discount or refund), most money first. */
  byStaff: z.array(AdjustmentRowSchema),
  /** By who approved it (meta.approvedBy; "" when none was needed), most money first. */
  byApprover: z.array(AdjustmentRowSchema),
  totals: AdjustmentFiguresSchema,
  notes: z.array(z.string()),
});
export type AdjustmentsReportView = z.infer<typeof AdjustmentsReportViewSchema>;

import { z } from 'zod';
import { IntegrityFindingSchema, IntegritySourceSchema } from './integrity-commands';

/** The latest integrity checks, and every issue ever found with its acknowledgement. Open to anyone at the till. */
export const GetIntegritySchema = z.strictObject({ type: z.literal('GetIntegrity') });
/** Managers only: checks the journal and the whole hash chain now (in slices) and answers the report. */
export const CheckIntegritySchema = z.strictObject({ type: z.literal('CheckIntegrity') });

export const INTEGRITY_QUERY_SCHEMAS = [GetIntegritySchema, CheckIntegritySchema] as const;

/**
 * One run of a check. `ok` is null while it runs; `finding` is the first bad
 * event or place, `findings` every one the check found (it goes on past a
 * break), in log order, up to a hundred.
 */
export const IntegrityCheckViewSchema = z.object({
  source: IntegritySourceSchema,
  status: z.enum(['running', 'done', 'stopped']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Events whose hash link was checked so far, of `totalEvents` (the log's length when the run began or grew to). */
  checkedEvents: z.int(),
  totalEvents: z.int(),
  /** Journal segments and records read (the start-up tail; the manual check reads every retained segment too). */
  segments: z.int(),
  records: z.int(),
  ok: z.boolean().nullable(),
  finding: IntegrityFindingSchema.nullable(),
  findings: z.array(IntegrityFindingSchema),
});
export type IntegrityCheckView = z.infer<typeof IntegrityCheckViewSchema>;

export const IntegrityIssueViewSchema = z.object({
  issueId: z.string(),
  source: IntegritySourceSchema,
  finding: IntegrityFindingSchema,
  foundAt: z.string(),
  acknowledged: z
    .object({
      at: z.string(),
      staffId: z.string().nullable(),
      staffName: z.string().nullable(),
      approvedBy: z.string().nullable(),
      approverName: z.string().nullable(),
      note: z.string(),
    })
    .nullable(),
});
export type IntegrityIssueView = z.infer<typeof IntegrityIssueViewSchema>;

export const IntegrityViewSchema = z.object({
  startup: IntegrityCheckViewSchema.nullable(),
  background: IntegrityCheckViewSchema.nullable(),
  manual: IntegrityCheckViewSchema.nullable(),
  /** Newest first; the unacknowledged ones are the alert. */
  issues: z.array(IntegrityIssueViewSchema),
});
export type IntegrityView = z.infer<typeof IntegrityViewSchema>;

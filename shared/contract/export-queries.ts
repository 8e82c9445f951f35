import { z } from 'zod';
import { MAX_LIST_LIMIT } from './limits';
import { EventViewSchema } from './views';

/**
 * The log as recorded, page by page, for the full export
 * (docs/export-format.md): every event with its hash and meta, oldest first,
 * after `afterPosition`, up to `upToPosition` when given (the export fixes
 * the log's end when it starts, so a till that keeps selling does not make
 * the file run on).
 */
export const ExportLogSchema = z.strictObject({
  type: z.literal('ExportLog'),
  afterPosition: z.int().min(0),
  limit: z.int().min(1).max(MAX_LIST_LIMIT).optional(),
  upToPosition: z.int().min(0).optional(),
});

export const ExportLogViewSchema = z.object({
  /** This till's terminal: the file's header names it. */
  terminal: z.string(),
  events: z.array(EventViewSchema),
  /** Ask again with afterPosition = nextAfter; null once the end was reached. */
  nextAfter: z.int().nullable(),
  /** The log's last position when the page was read. */
  lastPosition: z.int(),
});
export type ExportLogView = z.infer<typeof ExportLogViewSchema>;

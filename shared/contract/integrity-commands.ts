import { z } from 'zod';
import { Envelope, Id } from './command-envelope';

/**
 * What an integrity check found: the first event that does not verify (its
 * position, id, stream and type, when they can be known) and the place on
 * disk (a journal file and byte) when the damage is in a file.
 *   chain    — an event breaks its terminal's hash chain, sequence or its stream's versions
 *   mismatch — an event in the database differs from the same event in its journal record
 *   journal  — a journal record fails its checksum or cannot be read
 */
export const IntegrityFindingSchema = z.strictObject({
  kind: z.enum(['chain', 'mismatch', 'journal']),
  reason: z.string().min(1).max(500),
  position: z.int().min(1).optional(),
  eventId: z.string().max(100).optional(),
  stream: z.string().max(200).optional(),
  eventType: z.string().max(100).optional(),
  file: z.string().max(1000).optional(),
  offset: z.int().min(0).optional(),
  /** The journal record (its LSN) the finding is in, when it is about a record. */
  lsn: z.int().min(1).optional(),
});
export type IntegrityFinding = z.infer<typeof IntegrityFindingSchema>;

/** Which check found it: at start-up (the journal tail), the background full check, or a manager's "Verify now". */
export const IntegritySourceSchema = z.enum(['startup', 'background', 'manual']);
export type IntegritySource = z.infer<typeof IntegritySourceSchema>;

/** A manager (signed in, or approving with a PIN) has seen the issue; the alert goes. */
export const AcknowledgeIntegrityIssueSchema = z.strictObject({
  type: z.literal('AcknowledgeIntegrityIssue'),
  ...Envelope,
  issueId: Id,
  note: z.string().max(500).optional(),
});

/**
 * The integrity commands a client may send. Recording an issue is not one of
 * them: the core records issues itself through till.system, with a core-only
 * command (electron/core/commands/core-only-commands.ts), so parseCommand
 * refuses a RecordIntegrityIssue as an unknown type.
 */
export const INTEGRITY_COMMAND_SCHEMAS = [AcknowledgeIntegrityIssueSchema] as const;

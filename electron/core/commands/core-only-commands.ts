import { z } from 'zod';
import { Id } from '../../../shared/contract/command-envelope';
import { IntegrityFindingSchema, IntegritySourceSchema } from '../../../shared/contract/integrity-commands';
import { DocketError } from '../../../shared/kernel/errors';

/**
 * Commands only the core itself sends, through till.system. They are not in
 * the contract's CommandSchema, so parseCommand — the door every renderer,
 * IPC and bridge message comes through — refuses them as an unknown type:
 * no client can even put one in front of the domain.
 */

/** An integrity check's finding recorded as an issue (integrity-service.ts). The same fingerprint is recorded once, ever. */
export const RecordIntegrityIssueSchema = z.strictObject({
  type: z.literal('RecordIntegrityIssue'),
  commandId: Id,
  expectedVersion: z.int().min(0).optional(),
  issueId: Id,
  fingerprint: z.string().min(1).max(1200),
  source: IntegritySourceSchema,
  finding: IntegrityFindingSchema,
});

export const CoreOnlyCommandSchema = z.discriminatedUnion('type', [RecordIntegrityIssueSchema]);
export type CoreOnlyCommand = z.infer<typeof CoreOnlyCommandSchema>;
export type CoreOnlyCommandType = CoreOnlyCommand['type'];

const CORE_ONLY_TYPES: ReadonlySet<string> = new Set<CoreOnlyCommandType>(['RecordIntegrityIssue']);

/** Whether a command the core is about to run is one of its own (checked by type; the schema then checks the rest). */
export function isCoreOnlyCommand(command: { type: string }): boolean {
  return CORE_ONLY_TYPES.has(command.type);
}

/** Checks a core-only command as parseCommand checks a client's: a malformed one is a Validation error. */
export function parseCoreOnlyCommand(input: unknown): CoreOnlyCommand {
  const r = CoreOnlyCommandSchema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new DocketError('Validation', `invalid core command: ${issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'unreadable'}`);
  }
  return r.data;
}

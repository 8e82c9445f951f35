import { DocketError } from '../../kernel/errors';
import { approver, assertNever, type CommandContext, type DomainEvent } from '../decider';

/**
 * Integrity issues: what the core's checks found wrong with the log or the
 * journal, and each manager's acknowledgement. One small aggregate on the
 * `integrity` stream. The core records an issue (a system command, no staff);
 * a finding already recorded — the same fingerprint, from any check, before
 * any restart — is never recorded again. The alert stays until a manager
 * acknowledges it, and the acknowledgement is itself an event.
 */
export const INTEGRITY_STREAM = 'integrity';

/** The same shape as the contract's IntegrityFinding (kept here so the domain imports no zod). */
export interface IntegrityFinding {
  kind: 'chain' | 'mismatch' | 'journal';
  reason: string;
  position?: number;
  eventId?: string;
  stream?: string;
  eventType?: string;
  file?: string;
  offset?: number;
  lsn?: number;
}
export type IntegritySource = 'startup' | 'background' | 'manual';

export type IntegrityIssueFound = DomainEvent<
  'IntegrityIssueFound',
  { issueId: string; fingerprint: string; source: IntegritySource; finding: IntegrityFinding }
>;
export type IntegrityIssueAcknowledged = DomainEvent<'IntegrityIssueAcknowledged', { issueId: string; note: string }>;
export type IntegrityEvent = IntegrityIssueFound | IntegrityIssueAcknowledged;

export interface RecordIntegrityIssue {
  type: 'RecordIntegrityIssue';
  issueId: string;
  fingerprint: string;
  source: IntegritySource;
  finding: IntegrityFinding;
}
export interface AcknowledgeIntegrityIssue {
  type: 'AcknowledgeIntegrityIssue';
  issueId: string;
  note?: string;
}
export type IntegrityCommand = RecordIntegrityIssue | AcknowledgeIntegrityIssue;

export interface IntegrityState {
  /** Every fingerprint ever recorded: the same finding is never recorded twice. */
  fingerprints: ReadonlySet<string>;
  /** issueId → acknowledged yet. */
  issues: ReadonlyMap<string, { acknowledged: boolean }>;
}

export const initialIntegrityState = (): IntegrityState => ({ fingerprints: new Set(), issues: new Map() });

export function evolveIntegrity(state: IntegrityState, event: IntegrityEvent): IntegrityState {
  switch (event.type) {
    case 'IntegrityIssueFound':
      return {
        fingerprints: new Set(state.fingerprints).add(event.data.fingerprint),
        issues: new Map(state.issues).set(event.data.issueId, { acknowledged: false }),
      };
    case 'IntegrityIssueAcknowledged':
      return { ...state, issues: new Map(state.issues).set(event.data.issueId, { acknowledged: true }) };
    default:
      return assertNever(event);
  }
}

/** A finding's fingerprint: the event it names, or else the place on disk. Two checks finding one event agree. */
export function integrityFingerprint(f: IntegrityFinding): string {
  if (f.position !== undefined && f.eventId !== undefined) return `event:${f.position}:${f.eventId}`;
  const file = f.file?.split(/[\\/]/).pop() ?? '';
  return `place:${f.kind}:${file}:${f.offset ?? ''}:${f.lsn ?? ''}`;
}

function decideRecord(command: RecordIntegrityIssue, state: IntegrityState, ctx: CommandContext): IntegrityEvent[] {
  if (ctx.staff) throw new DocketError('Unauthorized', 'integrity issues are recorded by the till itself');
  if (state.fingerprints.has(command.fingerprint)) return [];
  if (state.issues.has(command.issueId)) throw new DocketError('IllegalState', 'that issue id is taken');
  const { issueId, fingerprint, source, finding } = command;
  return [{ type: 'IntegrityIssueFound', data: { issueId, fingerprint, source, finding } }];
}

function decideAcknowledge(command: AcknowledgeIntegrityIssue, state: IntegrityState, ctx: CommandContext): IntegrityEvent[] {
  if (!ctx.staff) throw new DocketError('Unauthorized', 'a manager acknowledges an integrity issue, not the till');
  if (!approver(ctx)) throw new DocketError('ApprovalRequired', "acknowledging an integrity issue needs a manager's approval");
  const issue = state.issues.get(command.issueId);
  if (!issue) throw new DocketError('NotFound', 'no such integrity issue');
  if (issue.acknowledged) throw new DocketError('IllegalState', 'that integrity issue was already acknowledged');
  const note = (command.note ?? '').trim();
  if (note.length > 500) throw new DocketError('Validation', 'a note is at most 500 characters');
  return [{ type: 'IntegrityIssueAcknowledged', data: { issueId: command.issueId, note } }];
}

export function decideIntegrity(command: IntegrityCommand, state: IntegrityState, ctx: CommandContext): IntegrityEvent[] {
  switch (command.type) {
    case 'RecordIntegrityIssue':
      return decideRecord(command, state, ctx);
    case 'AcknowledgeIntegrityIssue':
      return decideAcknowledge(command, state, ctx);
    default:
      return assertNever(command);
  }
}

import { describe, expect, it } from 'vitest';
import { fold, type CommandContext } from '../decider';
import {
  decideIntegrity,
  evolveIntegrity,
  initialIntegrityState,
  integrityFingerprint,
  type IntegrityEvent,
  type IntegrityFinding,
  type RecordIntegrityIssue,
} from './integrity';

const now = '2026-11-28T12:00:00.000Z';
const system: CommandContext = { now, terminal: 'T1' };
const manager: CommandContext = { ...system, staff: { staffId: 'ana', role: 'manager' } };
const server: CommandContext = { ...system, staff: { staffId: 'ben', role: 'server' } };
const approved: CommandContext = { ...server, approvedBy: { staffId: 'ana', role: 'manager' } };

const finding: IntegrityFinding = { kind: 'chain', reason: 'hash does not match', position: 42, eventId: 'e42', stream: 'order-1', eventType: 'ItemAdded' };
const record: RecordIntegrityIssue = { type: 'RecordIntegrityIssue', issueId: 'i1', fingerprint: integrityFingerprint(finding), source: 'startup', finding };
const found: IntegrityEvent = { type: 'IntegrityIssueFound', data: { issueId: 'i1', fingerprint: record.fingerprint, source: 'startup', finding } };
const given = (...events: IntegrityEvent[]) => fold(evolveIntegrity, initialIntegrityState(), events);

describe('integrity issues', () => {
  it('records a new finding once: the same fingerprint again decides nothing', () => {
    expect(decideIntegrity(record, given(), system)).toEqual([found]);
    expect(decideIntegrity({ ...record, issueId: 'i2', source: 'background' }, given(found), system)).toEqual([]);
  });

  it('only the till records an issue, never a staff member', () => {
    expect(() => decideIntegrity(record, given(), manager)).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
  });

  it('fingerprints name the event when known, else the place', () => {
    expect(integrityFingerprint(finding)).toBe('event:42:e42');
    expect(integrityFingerprint({ kind: 'journal', reason: 'checksum mismatch', file: '/d/journal/000000000007.log', offset: 120 })).toBe(
      'place:journal:000000000007.log:120:',
    );
  });

  it('a manager acknowledges, with a trimmed note', () => {
    expect(decideIntegrity({ type: 'AcknowledgeIntegrityIssue', issueId: 'i1', note: ' seen ' }, given(found), manager)).toEqual([
      { type: 'IntegrityIssueAcknowledged', data: { issueId: 'i1', note: 'seen' } },
    ]);
  });

  it("a server needs a manager's approval, and with it may acknowledge", () => {
    const ack = { type: 'AcknowledgeIntegrityIssue', issueId: 'i1' } as const;
    expect(() => decideIntegrity(ack, given(found), server)).toThrow(expect.objectContaining({ code: 'ApprovalRequired' }));
    expect(decideIntegrity(ack, given(found), approved)).toEqual([{ type: 'IntegrityIssueAcknowledged', data: { issueId: 'i1', note: '' } }]);
  });

  it('refuses an unknown issue, a second acknowledgement and the till acknowledging itself', () => {
    const ack = { type: 'AcknowledgeIntegrityIssue', issueId: 'i1' } as const;
    expect(() => decideIntegrity({ ...ack, issueId: 'nope' }, given(found), manager)).toThrow(expect.objectContaining({ code: 'NotFound' }));
    const acked: IntegrityEvent = { type: 'IntegrityIssueAcknowledged', data: { issueId: 'i1', note: '' } };
    expect(() => decideIntegrity(ack, given(found, acked), manager)).toThrow(expect.objectContaining({ code: 'IllegalState' }));
    expect(() => decideIntegrity(ack, given(found), system)).toThrow(expect.objectContaining({ code: 'Unauthorized' }));
  });
});

import { describe, expect, it } from 'vitest';
import type { Reply } from '../../shared/contract/api';
import type { Command, CommandResult } from '../../shared/contract/commands';
import type { ErrorCode } from '../../shared/kernel/errors';
import { createApprovalStore, sendWithApproval } from './approval-store';

const COMMAND: Command = { type: 'OpenOrder', commandId: '01900000-0000-7000-8000-000000000001', orderId: '01900000-0000-7000-8000-000000000002' };
const done: Reply<CommandResult> = { ok: true, value: { commandId: COMMAND.commandId, position: 9, events: [], duplicate: false } };
const refusal = (code: ErrorCode, message: string): Reply<CommandResult> => ({ ok: false, error: { code, message } });

/** A till that wants approval by PIN 1234 and says why. */
function fakeTill() {
  const sent: Command[] = [];
  const send = async (c: Command): Promise<Reply<CommandResult>> => {
    sent.push(c);
    if (!c.approval) return refusal('ApprovalRequired', 'this needs a manager');
    return c.approval.pin === '1234' ? done : refusal('Unauthorized', "that is not a manager's PIN");
  };
  return { sent, send };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('sendWithApproval', () => {
  it('passes answers that need no approval straight through, without a dialog', async () => {
    const approvals = createApprovalStore();
    expect(await sendWithApproval(async () => done, approvals, COMMAND)).toBe(done);
    expect(approvals.getState().request).toBeNull();
  });

  it('asks for a manager PIN, keeps asking after a wrong one, and resends the same command with it', async () => {
    const approvals = createApprovalStore();
    const till = fakeTill();
    const reply = sendWithApproval(till.send, approvals, COMMAND);
    await tick();
    expect(approvals.getState().request).toMatchObject({ reason: 'this needs a manager', error: null, attempt: 1 });
    approvals.getState().submit('9999');
    await tick();
    expect(approvals.getState().request).toMatchObject({ error: "that is not a manager's PIN", attempt: 2, busy: false });
    approvals.getState().submit('1234');
    expect(await reply).toBe(done);
    expect(approvals.getState().request).toBeNull();
    expect(till.sent).toEqual([COMMAND, { ...COMMAND, approval: { pin: '9999' } }, { ...COMMAND, approval: { pin: '1234' } }]);
    expect(new Set(till.sent.map((c) => c.commandId)).size).toBe(1);
  });

  it('answers the first refusal when the dialog is cancelled', async () => {
    const approvals = createApprovalStore();
    const till = fakeTill();
    const reply = sendWithApproval(till.send, approvals, COMMAND);
    await tick();
    approvals.getState().cancel();
    expect(await reply).toEqual(refusal('ApprovalRequired', 'this needs a manager'));
    expect(approvals.getState().request).toBeNull();
    expect(till.sent).toHaveLength(1);
  });
});

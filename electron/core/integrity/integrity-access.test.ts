import { describe, expect, it } from 'vitest';
import { openTill, type Till } from '../open-till';
import { DEMO_MANAGER, DEMO_SERVER, expectError, newId, openSignedInTill, sellOrder, signInAsManager, signInAsServer, tempDir, unwrap } from '../test-support/fixtures';
import { tamperSnapshotEvent } from './tamper-kit';

/** A closed folder with one sale whose snapshot has one event changed: its next open raises an issue. */
async function tamperedFolder(): Promise<string> {
  const dataDir = await tempDir();
  const till = await openSignedInTill({ dataDir });
  await sellOrder(till);
  const position = unwrap(await till.query({ type: 'GetTillInfo' })).position - 1;
  await till.close();
  await tamperSnapshotEvent(dataDir, position);
  return dataDir;
}

describe('acknowledging an integrity issue', () => {
  it('a server is refused (a manager must approve), signed out is refused, a manager acknowledges and the alert goes', async () => {
    const till = await openTill({ dataDir: await tamperedFolder() });
    await till.integrity.settled();
    const [issue] = unwrap(await till.query({ type: 'GetIntegrity' })).issues;
    expect(issue).toMatchObject({ acknowledged: null });
    const ack = { type: 'AcknowledgeIntegrityIssue', issueId: issue?.issueId as string, note: ' restored from backup ' } as const;

    await signInAsServer(till);
    expectError(await till.command({ ...ack, commandId: newId() }), 'ApprovalRequired');
    expectError(await till.command({ ...ack, commandId: newId(), approval: { pin: '9999' } }), 'Unauthorized');
    unwrap(await till.command({ type: 'SignOut', commandId: newId() }));
    expectError(await till.command({ ...ack, commandId: newId() }), 'Unauthorized');
    expect(unwrap(await till.query({ type: 'GetIntegrity' })).issues[0]?.acknowledged).toBeNull();

    await signInAsManager(till);
    const done = unwrap(await till.command({ ...ack, commandId: newId() }));
    expect(done.events).toMatchObject([{ type: 'IntegrityIssueAcknowledged', stream: 'integrity' }]);
    const after = unwrap(await till.query({ type: 'GetIntegrity' }));
    expect(after.issues.filter((i) => i.acknowledged === null)).toEqual([]);
    expect(after.issues[0]?.acknowledged).toMatchObject({ staffId: DEMO_MANAGER.staffId, staffName: 'Ana', approvedBy: null, note: 'restored from backup' });
    const [event] = unwrap(await till.query({ type: 'ListEvents', stream: 'integrity' })).filter((e) => e.type === 'IntegrityIssueAcknowledged');
    expect(event?.meta).toMatchObject({ staff: DEMO_MANAGER.staffId });
    expectError(await till.command({ ...ack, commandId: newId() }), 'IllegalState');
    await till.close();
  });

  it("a server with a manager's PIN acknowledges: both are on the event", async () => {
    const till = await openTill({ dataDir: await tamperedFolder() });
    await till.integrity.settled();
    const issueId = unwrap(await till.query({ type: 'GetIntegrity' })).issues[0]?.issueId as string;
    await signInAsServer(till);
    unwrap(await till.command({ type: 'AcknowledgeIntegrityIssue', commandId: newId(), issueId, approval: { pin: DEMO_MANAGER.pin } }));
    expect(unwrap(await till.query({ type: 'GetIntegrity' })).issues[0]?.acknowledged).toMatchObject({
      staffId: DEMO_SERVER.staffId,
      approvedBy: DEMO_MANAGER.staffId,
      approverName: 'Ana',
    });
    await till.close();
  });

  it('nobody records an issue but the till itself: a client\'s RecordIntegrityIssue is an unknown command', async () => {
    const till = await openTill({ dataDir: await tempDir() });
    const finding = { kind: 'chain', reason: 'made up' } as const;
    const forged = (): unknown => ({ type: 'RecordIntegrityIssue', commandId: newId(), issueId: newId(), fingerprint: 'x', source: 'manual', finding });
    const position = unwrap(await till.query({ type: 'GetTillInfo' })).position;
    const refused = async (): Promise<void> => {
      // As a renderer or the bridge would send it: the contract does not know the type, so no session is even asked.
      const reply = await till.command(forged() as Parameters<Till['command']>[0]);
      expectError(reply, 'Validation');
      expect(!reply.ok && reply.error.message).toMatch(/^invalid command: type/);
    };
    await refused(); // signed out
    await signInAsManager(till);
    await refused();
    const afterSignIn = unwrap(await till.query({ type: 'GetTillInfo' })).position;
    expect(afterSignIn).toBe(position + 1); // the sign-in, and nothing else
    expect(unwrap(await till.query({ type: 'ListEvents', stream: 'integrity' }))).toEqual([]);
    // The till's own path still takes it, checked as strictly as a client's command.
    expectError(await till.system({ ...(forged() as object), extra: 1 } as never), 'Validation');
    unwrap(await till.command({ type: 'SignOut', commandId: newId() }));
    const done = unwrap(await till.system(forged() as never));
    expect(done.events).toMatchObject([{ type: 'IntegrityIssueFound', stream: 'integrity' }]);
    await till.close();
  });
});

describe('managers-only queries', () => {
  it("refuses a server's and a signed-out FilterEvents and CheckIntegrity; a manager's work", async () => {
    const till = await openTill({ dataDir: await tempDir() });
    const filter = { type: 'FilterEvents', filter: 'type = StaffSignedIn' } as const;
    expectError(await till.query(filter), 'Unauthorized'); // nobody signed in
    expectError(await till.query({ type: 'CheckIntegrity' }), 'Unauthorized');
    await signInAsServer(till);
    expectError(await till.query(filter), 'Unauthorized');
    expectError(await till.query({ type: 'CheckIntegrity' }), 'Unauthorized');
    expectError(await till.query({ type: 'GetSalesReport', by: 'day' }), 'Unauthorized');
    unwrap(await till.query({ type: 'GetIntegrity' })); // the alert is everyone's
    unwrap(await till.query({ type: 'GetMenu' }));
    await signInAsManager(till);
    expect(unwrap(await till.query(filter)).events.length).toBeGreaterThan(0);
    const check = unwrap(await till.query({ type: 'CheckIntegrity' }));
    expect(check).toMatchObject({ source: 'manual', status: 'done', ok: true, finding: null });
    expect(check.checkedEvents).toBe(unwrap(await till.query({ type: 'GetTillInfo' })).position);
    expect(check.segments).toBeGreaterThan(0);
    // The core's own tools (imports, the CLI) read without a session.
    unwrap(await till.command({ type: 'SignOut', commandId: newId() }));
    unwrap(await till.systemQuery(filter));
    await till.close();
  });

  it('a manual check finds a tampered event and records it, once', async () => {
    const till = await openTill({ dataDir: await tamperedFolder(), integrity: { background: false } });
    expect(unwrap(await till.query({ type: 'GetIntegrity' })).background).toBeNull();
    await signInAsManager(till);
    const check = unwrap(await till.query({ type: 'CheckIntegrity' }));
    expect(check).toMatchObject({ ok: false, finding: { kind: 'chain' } });
    unwrap(await till.query({ type: 'CheckIntegrity' }));
    const found = unwrap(await till.query({ type: 'ListEvents', stream: 'integrity' })).filter((e) => e.type === 'IntegrityIssueFound');
    expect(found).toHaveLength(1);
    await till.close();
  });
});

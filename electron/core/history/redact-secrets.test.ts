import { describe, expect, it } from 'vitest';
import { DEMO_MANAGER } from '../seed/demo-staff';
import { expectError, newId, sellOrder, signInAsManager, signInAsServer, tempDir, unwrap } from '../test-support/fixtures';
import { openTill, type Till } from '../open-till';
import { REDACTED, redactSecrets } from './redact-secrets';

/**
 * The log is the managers' (all but one order's own events), and PIN hashes
 * (a 4-digit PIN's scrypt hash is guessed offline in minutes) never leave the
 * core in a query's answer — only in the full log export, which must stay as
 * recorded for its chain to verify.
 */
async function tillWithPinChange(): Promise<{ till: Till; orderId: string; staffId: string }> {
  const till = await openTill({ dataDir: await tempDir() });
  await signInAsManager(till);
  const staffId = newId();
  unwrap(await till.command({ type: 'AddStaff', commandId: newId(), staffId, name: 'Cleo', role: 'server', pin: '4321' }));
  unwrap(await till.command({ type: 'ChangeStaffPin', commandId: newId(), staffId, pin: '8765' }));
  unwrap(await till.command({ type: 'ChangeStaffPin', commandId: newId(), staffId: DEMO_MANAGER.staffId, pin: '1234' }));
  const orderId = await sellOrder(till);
  return { till, orderId, staffId };
}

const leaks = (v: unknown): boolean => JSON.stringify(v).includes('scrypt$');

describe('ListEvents access', () => {
  it('is refused to the signed out and to a server, but for one order’s own events', async () => {
    const { till, orderId } = await tillWithPinChange();
    unwrap(await till.command({ type: 'SignOut', commandId: newId() }));
    for (const who of ['signed out', 'server']) {
      if (who === 'server') await signInAsServer(till);
      expectError(await till.query({ type: 'ListEvents' }), 'Unauthorized');
      expectError(await till.query({ type: 'ListEvents', stream: 'staff', limit: 10 }), 'Unauthorized');
      expectError(await till.query({ type: 'ListEvents', stream: 'integrity' }), 'Unauthorized');
      expectError(await till.query({ type: 'ListEvents', afterPosition: 0, stream: 'orders' }), 'Unauthorized');
      // The closed-orders screen: the order a server is looking at.
      const own = unwrap(await till.query({ type: 'ListEvents', stream: `order-${orderId}` }));
      expect(own.map((e) => e.type)).toContain('OrderClosed');
    }
    await signInAsManager(till);
    expect(unwrap(await till.query({ type: 'ListEvents', stream: 'staff' })).length).toBeGreaterThan(0);
    await till.close();
  });
});

describe('PIN hashes in query answers', () => {
  it('never appear in the log, filters, time travel, timelines or the till at a moment', async () => {
    const { till, staffId } = await tillWithPinChange();
    const all = unwrap(await till.query({ type: 'ListEvents', limit: 1000 }));
    const pinEvents = all.filter((e) => e.type === 'StaffAdded' || e.type === 'StaffPinChanged');
    expect(pinEvents.length).toBe(5); // Ana and Ben seeded, Cleo added, two PINs changed
    for (const e of pinEvents) expect((e.data as { pinHash: string }).pinHash).toBe(REDACTED);
    expect(leaks(all)).toBe(false);

    const filtered = unwrap(await till.query({ type: 'FilterEvents', filter: 'stream = staff', limit: 1000 }));
    expect(filtered.events).toHaveLength(5);
    expect(leaks(filtered)).toBe(false);
    // A filter on the hash itself is refused outright: even redacted answers would count the matches.
    const probe = await till.query({ type: 'FilterEvents', filter: 'data.pinHash ~ "scrypt$16384"', limit: 1000 });
    expect(probe).toMatchObject({ ok: false, error: { code: 'Validation', details: { column: 1 } } });
    expect(leaks(unwrap(await till.query({ type: 'ListEvents', stream: 'staff' })))).toBe(false);

    // The state after each staff event (the event and its diff come with it), and the timeline.
    for (const e of pinEvents) {
      const at = unwrap(await till.query({ type: 'GetStreamState', stream: 'staff', atPosition: e.position }));
      expect(at.event?.id).toBe(e.id);
      expect(leaks(at)).toBe(false);
    }
    const timeline = unwrap(await till.query({ type: 'GetStreamTimeline', stream: 'staff' }));
    expect(timeline.steps).toHaveLength(5);
    expect(leaks(timeline)).toBe(false);
    expect(leaks(unwrap(await till.query({ type: 'GetTillAt' })))).toBe(false);
    expect(leaks(unwrap(await till.query({ type: 'ListStaff', includeInactive: true })))).toBe(false);
    // The new PIN works: only the answers were redacted, not the events.
    unwrap(await till.command({ type: 'SignIn', commandId: newId(), staffId, pin: '8765' }));
    await till.close();
  });

  it('stay in the full log export, exactly as recorded', async () => {
    const { till } = await tillWithPinChange();
    const page = unwrap(await till.query({ type: 'ExportLog', afterPosition: 0 }));
    const pinEvents = page.events.filter((e) => e.type === 'StaffPinChanged');
    expect(pinEvents).toHaveLength(2);
    for (const e of pinEvents) expect((e.data as { pinHash: string }).pinHash).toMatch(/^scrypt\$/);
    await till.close();
  });
});

describe('redactSecrets', () => {
  it('replaces pinHash fields and hash-shaped strings anywhere, copying only what it changes', () => {
    const hash = 'scrypt$16384$8$1$637W+SRX7mFqbhrJw8qxSA==$H3zUDVrWanMTHA+XoR3s13fZAOoP80JGLTi1x4cQ1EE=';
    const clean = { a: [1, { b: 'x' }], c: null };
    expect(redactSecrets(clean)).toBe(clean);
    const diff = { changes: [{ path: 'members[staffId=1].pin', before: hash, after: 'x' }], keep: clean };
    const out = redactSecrets(diff);
    expect(out).toEqual({ changes: [{ path: 'members[staffId=1].pin', before: REDACTED, after: 'x' }], keep: clean });
    expect(out.keep).toBe(clean);
    expect(diff.changes[0]?.before).toBe(hash); // the input is untouched
    expect(redactSecrets({ data: { pinHash: 'not-a-pin' } })).toEqual({ data: { pinHash: REDACTED } });
  });
});

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventView } from '../../../shared/contract/views';
import { manualClock } from '../../../shared/kernel/clock';
import { openTill, type Till } from '../open-till';
import {
  DEMO_MANAGER,
  DEMO_SERVER,
  expectError,
  newId,
  openSignedInTill,
  seededIds,
  signIn,
  signInAsManager,
  signInAsServer,
  tempDir,
  unwrap,
} from '../test-support/fixtures';
import { LOCKOUT_MS, MAX_WRONG_PINS } from './authorizer';

const BEN = DEMO_SERVER.staffId;
const ANA = DEMO_MANAGER.staffId;

async function eventsOf(till: Till, stream?: string): Promise<EventView[]> {
  // The test's own look at the log, whoever is signed in (the log is the managers' over the API).
  return unwrap(await till.systemQuery({ type: 'ListEvents', ...(stream ? { stream } : {}), limit: 1000 }));
}

const position = async (till: Till): Promise<number> => unwrap(await till.query({ type: 'GetTillInfo' })).position;
const openOrder = (orderId = newId()) => ({ type: 'OpenOrder' as const, commandId: newId(), orderId });

/** Opens an order and adds the first menu item: a few events by whoever is signed in. */
async function orderWithItem(till: Till, ids = newId): Promise<string> {
  const itemId = (unwrap(await till.query({ type: 'GetMenu' })).items[0] as { itemId: string }).itemId;
  const orderId = ids();
  unwrap(await till.command({ type: 'OpenOrder', commandId: ids(), orderId }));
  unwrap(await till.command({ type: 'AddItem', commandId: ids(), orderId, lineId: ids(), itemId, qty: 2 }));
  return orderId;
}

describe('sign-in', () => {
  it('refuses every command but SignIn until someone signs in, and writes nothing', async () => {
    const till = await openTill({ dataDir: await tempDir() });
    const before = await position(till);
    const refused = await till.command(openOrder());
    expectError(refused, 'Unauthorized');
    if (!refused.ok) expect(refused.error.message).toBe('sign in first');
    expectError(await till.command({ type: 'SignOut', commandId: newId() }), 'Unauthorized');
    expect(await position(till)).toBe(before);
    expect(unwrap(await till.query({ type: 'GetSession' }))).toEqual({ terminal: 'T1', staff: null });
    await till.close();
  });

  it('signs in by PIN, records who did what on every event, and signs out', async () => {
    const till = await openTill({ dataDir: await tempDir() });
    await signInAsServer(till);
    expect(unwrap(await till.query({ type: 'GetSession' }))).toEqual({
      terminal: 'T1',
      staff: { staffId: BEN, name: 'Ben', role: 'server', active: true },
    });
    const orderId = await orderWithItem(till);
    const sale = await eventsOf(till, `order-${orderId}`);
    expect(sale.length).toBe(2);
    for (const e of sale) expect(e.meta).toMatchObject({ staff: BEN });
    for (const e of sale) expect(e.meta.approvedBy).toBeUndefined();
    const [signedIn] = await eventsOf(till, 'terminal-T1');
    expect(signedIn).toMatchObject({ type: 'StaffSignedIn', data: { staffId: BEN }, meta: { staff: BEN } });

    unwrap(await till.command({ type: 'SignOut', commandId: newId() }));
    expect(unwrap(await till.query({ type: 'GetSession' })).staff).toBeNull();
    expectError(await till.command(openOrder()), 'Unauthorized');
    expect((await eventsOf(till, 'terminal-T1')).map((e) => [e.type, e.meta.staff])).toEqual([
      ['StaffSignedIn', BEN],
      ['StaffSignedOut', BEN],
    ]);
    await till.close();
  });

  it('runs a SignIn and the commands sent right behind it in the order they were sent', async () => {
    const till = await openTill({ dataDir: await tempDir() });
    const orderId = newId();
    const [a, b] = await Promise.all([
      till.command({ type: 'SignIn', commandId: newId(), staffId: BEN, pin: DEMO_SERVER.pin }),
      till.command(openOrder(orderId)),
    ]);
    unwrap(a);
    unwrap(b);
    expect((await eventsOf(till, `order-${orderId}`))[0]?.meta.staff).toBe(BEN);
    await till.close();
  });

  it('signing in over a session ends it first; the session survives a restart', async () => {
    const dataDir = await tempDir();
    let till = await openSignedInTill({ dataDir });
    await signInAsManager(till);
    expect((await eventsOf(till, 'terminal-T1')).map((e) => `${e.type} ${e.data && (e.data as { staffId: string }).staffId}`)).toEqual([
      `StaffSignedIn ${BEN}`,
      `StaffSignedOut ${BEN}`,
      `StaffSignedIn ${ANA}`,
    ]);
    await till.close();
    till = await openTill({ dataDir });
    expect(unwrap(await till.query({ type: 'GetSession' })).staff?.name).toBe('Ana');
    unwrap(await till.command(openOrder()));
    await till.close();
  });

  it('refuses a wrong PIN plainly, an unknown member as NotFound, and a malformed PIN as Validation', async () => {
    const till = await openTill({ dataDir: await tempDir() });
    const wrong = await till.command({ type: 'SignIn', commandId: newId(), staffId: BEN, pin: '9999' });
    expectError(wrong, 'Unauthorized');
    if (!wrong.ok) expect(wrong.error.message).toBe('wrong PIN');
    expectError(await till.command({ type: 'SignIn', commandId: newId(), staffId: newId(), pin: '1111' }), 'NotFound');
    const malformed = await till.command({ type: 'SignIn', commandId: newId(), staffId: BEN, pin: '12a4' });
    expectError(malformed, 'Validation');
    // The refusal names the field, never the PIN that was typed.
    if (!malformed.ok) expect(malformed.error.message).not.toContain('12a4');
    expect(unwrap(await till.query({ type: 'GetSession' })).staff).toBeNull();
    await till.close();
  });

  it(`locks a member out after ${MAX_WRONG_PINS} wrong PINs in a row for ${LOCKOUT_MS / 1000} s, even the right PIN`, async () => {
    const clock = manualClock(Date.UTC(2026, 0, 1));
    const till = await openTill({ dataDir: await tempDir(), clock });
    const attempt = (pin: string) => till.command({ type: 'SignIn', commandId: newId(), staffId: BEN, pin });
    for (let i = 0; i < MAX_WRONG_PINS - 1; i++) expectError(await attempt('0000'), 'Unauthorized');
    const fifth = await attempt('0000');
    if (!fifth.ok) expect(fifth.error.message).toMatch(/locked for 30 s/);
    const locked = await attempt(DEMO_SERVER.pin);
    expectError(locked, 'Unauthorized');
    if (!locked.ok) expect(locked.error.message).toMatch(/too many wrong PINs: try again in 30 s/);
    // Another member is not locked out by Ben's tries.
    await signInAsManager(till);
    clock.advance(LOCKOUT_MS - 1000);
    expectError(await attempt(DEMO_SERVER.pin), 'Unauthorized');
    clock.advance(1000);
    await signInAsServer(till);
    expect(unwrap(await till.query({ type: 'GetSession' })).staff?.name).toBe('Ben');
    await till.close();
  });

  it('counts a burst of guesses sent at once like guesses sent in turn', async () => {
    const till = await openTill({ dataDir: await tempDir() });
    const guesses = ['0000', '0001', '0002', '0003', '0004', '0005', '0006', DEMO_SERVER.pin];
    const replies = await Promise.all(guesses.map((pin) => till.command({ type: 'SignIn', commandId: newId(), staffId: BEN, pin })));
    expect(replies.every((r) => !r.ok)).toBe(true);
    expect(unwrap(await till.query({ type: 'GetSession' })).staff).toBeNull();
    await till.close();
  });

  it('forgives wrong PINs once the right one is given', async () => {
    const till = await openTill({ dataDir: await tempDir() });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < MAX_WRONG_PINS - 1; i++) {
        expectError(await till.command({ type: 'SignIn', commandId: newId(), staffId: BEN, pin: '0000' }), 'Unauthorized');
      }
      await signInAsServer(till);
    }
    await till.close();
  });
});

describe('roles and approvals', () => {
  it('lets only a manager change the menu or the roster', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    const menu = unwrap(await till.query({ type: 'GetMenu' }));
    const itemId = (menu.items[0] as { itemId: string }).itemId;
    const before = await position(till);
    expectError(await till.command({ type: 'ChangeItemPrice', commandId: newId(), itemId, price: 1 }), 'Unauthorized');
    const staffId = newId();
    expectError(await till.command({ type: 'AddStaff', commandId: newId(), staffId, name: 'Cy', role: 'server', pin: '2468' }), 'Unauthorized');
    expectError(await till.command({ type: 'DeactivateStaff', commandId: newId(), staffId: ANA }), 'Unauthorized');
    expectError(await till.command({ type: 'ChangeStaffPin', commandId: newId(), staffId: ANA, pin: '2468' }), 'Unauthorized');
    expect(await position(till)).toBe(before);

    await signInAsManager(till);
    unwrap(await till.command({ type: 'AddStaff', commandId: newId(), staffId, name: 'Cy', role: 'server', pin: '2468' }));
    expect(unwrap(await till.query({ type: 'ListStaff' })).map((s) => s.name)).toEqual(['Ana', 'Ben', 'Cy']);
    await signIn(till, staffId, '2468');
    // Anyone may change their own PIN.
    unwrap(await till.command({ type: 'ChangeStaffPin', commandId: newId(), staffId, pin: '1357' }));
    expectError(await till.command({ type: 'SignIn', commandId: newId(), staffId, pin: '2468' }), 'Unauthorized');
    await signIn(till, staffId, '1357');
    await till.close();
  });

  it('never deactivates the last active manager; a deactivated member can no longer sign in', async () => {
    const till = await openTill({ dataDir: await tempDir() });
    await signInAsManager(till);
    expectError(await till.command({ type: 'DeactivateStaff', commandId: newId(), staffId: ANA }), 'IllegalState');
    unwrap(await till.command({ type: 'DeactivateStaff', commandId: newId(), staffId: BEN }));
    expect(unwrap(await till.query({ type: 'ListStaff' })).map((s) => s.name)).toEqual(['Ana']);
    expect(unwrap(await till.query({ type: 'ListStaff', includeInactive: true })).map((s) => [s.name, s.active])).toEqual([
      ['Ana', true],
      ['Ben', false],
    ]);
    const refused = await till.command({ type: 'SignIn', commandId: newId(), staffId: BEN, pin: DEMO_SERVER.pin });
    expectError(refused, 'Unauthorized');
    if (!refused.ok) expect(refused.error.message).toMatch(/no longer active/);
    await till.close();
  });

  it('ends the session of a member deactivated while signed in', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    // A server with a manager's approval may deactivate staff; here, Ben himself.
    unwrap(await till.command({ type: 'DeactivateStaff', commandId: newId(), staffId: BEN, approval: { pin: DEMO_MANAGER.pin } }));
    expect(unwrap(await till.query({ type: 'GetSession' })).staff).toBeNull();
    expectError(await till.command(openOrder()), 'Unauthorized');
    await till.close();
  });

  it("refuses a wrong approval PIN, or a server's, and records the manager who approved", async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    const staffId = newId();
    const add = (pin: string) => ({ type: 'AddStaff' as const, commandId: newId(), staffId, name: 'Cy', role: 'server' as const, pin: '2468', approval: { pin } });
    const before = await position(till);
    const wrong = await till.command(add('9999'));
    expectError(wrong, 'Unauthorized');
    if (!wrong.ok) expect(wrong.error.message).toMatch(/not a manager's PIN/);
    expectError(await till.command(add(DEMO_SERVER.pin)), 'Unauthorized');
    expect(await position(till)).toBe(before);

    // The same command id may be sent again once approved: a refused command was never recorded.
    const approved = add(DEMO_MANAGER.pin);
    unwrap(await till.command(approved));
    const [added] = (await eventsOf(till, 'staff')).filter((e) => e.type === 'StaffAdded' && (e.data as { staffId: string }).staffId === staffId);
    expect(added?.meta).toMatchObject({ staff: BEN, approvedBy: ANA });
    // An approval on a command that needs none is still checked, and still recorded.
    const orderId = newId();
    expectError(await till.command({ ...openOrder(orderId), approval: { pin: '0000' } }), 'Unauthorized');
    unwrap(await till.command({ ...openOrder(orderId), approval: { pin: DEMO_MANAGER.pin } }));
    expect((await eventsOf(till, `order-${orderId}`))[0]?.meta).toMatchObject({ staff: BEN, approvedBy: ANA });
    await till.close();
  });

  it('runs system commands (the core’s own) with no one signed in and no staff on the events', async () => {
    const till = await openTill({ dataDir: await tempDir() });
    const menu = unwrap(await till.query({ type: 'GetMenu' }));
    const itemId = (menu.items[0] as { itemId: string }).itemId;
    const r = unwrap(await till.system({ type: 'ChangeItemPrice', commandId: newId(), itemId, price: 1234 }));
    const [event] = await eventsOf(till, 'menu').then((es) => es.filter((e) => e.id === r.events[0]?.id));
    expect(event?.meta.staff).toBeUndefined();
    expect(await till.system({ type: 'AddStaff', commandId: newId(), staffId: newId(), name: 'X', role: 'server', pinHash: 'not-a-hash' })).toMatchObject({
      ok: false,
      error: { code: 'Validation' },
    });
    await till.close();
  });
});

describe('PINs never reach the disk', () => {
  async function bytesUnder(dir: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) parts.push(await readFile(path.join(entry.parentPath, entry.name)));
    }
    return Buffer.concat(parts);
  }

  it('keeps a PIN out of the journal, the snapshots, the commands table and the events', async () => {
    const PIN = '97531';
    const dataDir = await tempDir();
    // Seeded ids and a fixed clock: no id or timestamp can contain the PIN's digits by chance on one run and not the next.
    const ids = seededIds(7);
    const till = await openTill({ dataDir, ids: seededIds(8), clock: manualClock(Date.UTC(2026, 0, 1)) });
    await signInAsManager(till, ids);
    const cy = ids();
    unwrap(await till.command({ type: 'AddStaff', commandId: ids(), staffId: cy, name: 'Cy', role: 'manager', pin: PIN }));
    unwrap(await till.command({ type: 'SignIn', commandId: ids(), staffId: cy, pin: PIN }));
    expectError(await till.command({ type: 'SignIn', commandId: ids(), staffId: ANA, pin: '97530' }), 'Unauthorized');
    unwrap(await till.command({ type: 'ChangeStaffPin', commandId: ids(), staffId: ANA, pin: PIN, approval: { pin: PIN } }));
    unwrap(await till.command({ type: 'SignIn', commandId: ids(), staffId: ANA, pin: PIN }));
    await orderWithItem(till, ids);
    // The events as recorded (the full export; every other answer redacts the hashes).
    const events = JSON.stringify(unwrap(await till.query({ type: 'ExportLog', afterPosition: 0 })).events);
    expect(events).not.toContain(PIN);
    expect(events).toContain('scrypt$16384$8$1$');
    await till.snapshot();
    unwrap(await till.command({ type: 'ChangeStaffPin', commandId: ids(), staffId: cy, pin: PIN }));

    // Journal segments (before and after the snapshot), the snapshot, everything in the folder.
    const bytes = await bytesUnder(dataDir);
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.includes(Buffer.from('StaffPinChanged'))).toBe(true);
    expect(bytes.includes(Buffer.from(PIN))).toBe(false);
    await till.close();
    expect((await bytesUnder(dataDir)).includes(Buffer.from(PIN))).toBe(false);
  });
});

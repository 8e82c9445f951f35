import { appendFile, cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/kernel/clock';
import { openTill, type Till } from './open-till';
import { Projector } from './projections/projector';
import { openStore } from './store/open-store';
import { dumpTables, PROJECTION_TABLES } from './test-support/dump-tables';
import {
  crashedFolderWithOneSale,
  expectError,
  newId,
  openSignedInTill,
  seededIds,
  sellOrder,
  signInAsManager,
  signInAsServer,
  tempDir,
  unwrap,
} from './test-support/fixtures';

async function eventsOf(till: Till, stream?: string) {
  // The test's own look at the log, whoever is signed in (the log is the managers' over the API).
  return unwrap(await till.systemQuery({ type: 'ListEvents', ...(stream ? { stream } : {}), limit: 1000 }));
}

async function openOrderWithItem(till: Till) {
  const menu = unwrap(await till.query({ type: 'GetMenu' }));
  const orderId = newId();
  unwrap(await till.command({ type: 'OpenOrder', commandId: newId(), orderId }));
  return { orderId, itemId: (menu.items[0] as { itemId: string }).itemId };
}

describe('openTill', () => {
  it('keeps closed orders, their receipt numbers and events across a restart', async () => {
    const dataDir = await tempDir();
    let till = await openSignedInTill({ dataDir });
    const first = await sellOrder(till);
    const second = await sellOrder(till);
    const before = await eventsOf(till);
    await till.close();

    till = await openTill({ dataDir });
    expect(unwrap(await till.query({ type: 'GetOrder', orderId: first })).receipt).toEqual({ series: 'T1', number: 1 });
    expect(unwrap(await till.query({ type: 'GetOrder', orderId: second })).receipt).toEqual({ series: 'T1', number: 2 });
    expect(await eventsOf(till)).toEqual(before);
    const third = await sellOrder(till);
    expect(unwrap(await till.query({ type: 'GetOrder', orderId: third })).receipt?.number).toBe(3);
    await till.close();
  });

  it('applies a command sent twice once, and answers the first result again, even after a restart', async () => {
    const dataDir = await tempDir();
    let till = await openSignedInTill({ dataDir });
    const open = { type: 'OpenOrder' as const, commandId: newId(), orderId: newId() };
    const [a, b] = await Promise.all([till.command(open), till.command(open)]);
    expect(unwrap(a).duplicate).toBe(false);
    expect(unwrap(b)).toEqual({ ...unwrap(a), duplicate: true });
    expect(await eventsOf(till, `order-${open.orderId}`)).toHaveLength(1);
    await till.close();

    till = await openTill({ dataDir });
    expect(unwrap(await till.command(open))).toEqual({ ...unwrap(a), duplicate: true });
    expect(await eventsOf(till, `order-${open.orderId}`)).toHaveLength(1);
    await till.close();
  });

  it('lets exactly one of two writers at the same expected version through, and the stream then moves on', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    const { orderId, itemId } = await openOrderWithItem(till);
    const add = (expectedVersion: number) => ({
      type: 'AddItem' as const,
      commandId: newId(),
      expectedVersion,
      orderId,
      lineId: newId(),
      itemId,
      qty: 1,
    });
    const [a, b] = await Promise.all([till.command(add(1)), till.command(add(1))]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expectError(a.ok ? b : a, 'Concurrency');
    expect((await eventsOf(till, `order-${orderId}`)).map((e) => e.version)).toEqual([1, 2]);
    // The refused append left no trace: the stream accepts its true next version, and no other.
    expectError(await till.command(add(1)), 'Concurrency');
    unwrap(await till.command(add(2)));
    expect((await eventsOf(till, `order-${orderId}`)).map((e) => e.version)).toEqual([1, 2, 3]);
    expect((await till.verify()).firstBad).toBeNull();
    await till.close();
  });

  it('refuses bad commands with a typed error and changes nothing', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    const { orderId, itemId } = await openOrderWithItem(till);
    const before = await eventsOf(till);
    expectError(await till.command({ type: 'AddItem', commandId: newId(), orderId, lineId: newId(), itemId, qty: 0 }), 'Validation');
    expectError(await till.command({ type: 'AddItem', commandId: 'nope', orderId, lineId: newId(), itemId, qty: 1 } as never), 'Validation');
    expectError(await till.command({ type: 'Explode', commandId: newId() } as never), 'Validation');
    expectError(await till.command({ type: 'CloseOrder', commandId: newId(), orderId }), 'IllegalState');
    expectError(await till.command({ type: 'CloseOrder', commandId: newId(), orderId: newId() }), 'NotFound');
    expectError(await till.query({ type: 'GetOrder', orderId: newId() }), 'NotFound');
    expect(await eventsOf(till)).toEqual(before);
    await till.close();
  });

  it('refuses a second writer on the same data folder', async () => {
    const dataDir = await tempDir();
    const till = await openTill({ dataDir });
    await expect(openTill({ dataDir })).rejects.toMatchObject({ code: 'IllegalState' });
    await till.close();
  });

  it('records a line at the price it was sold at, whatever the menu says later', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    const { orderId, itemId } = await openOrderWithItem(till);
    unwrap(await till.command({ type: 'AddItem', commandId: newId(), orderId, lineId: newId(), itemId, qty: 1 }));
    // A price is a manager's to change.
    expectError(await till.command({ type: 'ChangeItemPrice', commandId: newId(), itemId, price: 9999 }), 'Unauthorized');
    await signInAsManager(till);
    unwrap(await till.command({ type: 'ChangeItemPrice', commandId: newId(), itemId, price: 9999 }));
    const order = unwrap(await till.query({ type: 'GetOrder', orderId }));
    expect(order.lines[0]?.unitPrice).toBe(1150);
    expect(unwrap(await till.query({ type: 'GetMenu' })).items.find((i) => i.itemId === itemId)?.price).toBe(9999);
    await till.close();
  });
});

describe('durability and replay', () => {
  /** Runs the same commands with the same ids and clock, so two folders hold identical logs. */
  async function fill(dataDir: string, snapshotEvery: number): Promise<Till> {
    const till = await openTill({
      dataDir,
      clock: manualClock(1_800_000_000_000),
      ids: seededIds(1),
      snapshotAfter: { records: snapshotEvery, bytes: 1 << 30 },
    });
    const commandIds = seededIds(2);
    await signInAsServer(till, commandIds);
    for (let i = 0; i < 25; i++) await sellOrder(till, commandIds, 1 + (i % 4));
    await till.query({ type: 'GetMenu' }); // waits for a queued snapshot to finish
    return till;
  }

  async function dumpOf(dataDir: string) {
    const { db, log } = await openStore({ dataDir, terminal: 'T1', readOnly: true });
    new Projector(db).catchUp(log);
    const dump = dumpTables(db);
    db.close();
    return dump;
  }

  it('gives the same database from snapshot + journal tail as from the whole journal', async () => {
    const withSnapshots = await tempDir();
    const journalOnly = await tempDir();
    const a = await fill(withSnapshots, 17);
    const b = await fill(journalOnly, 1_000_000);
    // Copies taken while open: everything acknowledged is on disk, and no closing snapshot is written.
    const copyA = await tempDir();
    const copyB = await tempDir();
    await cp(withSnapshots, copyA, { recursive: true });
    await cp(journalOnly, copyB, { recursive: true });
    await Promise.all([a.close(), b.close()]);
    expect((await readdir(copyA)).filter((f) => f.startsWith('snapshot-')).length).toBeGreaterThan(0);
    expect((await readdir(copyB)).filter((f) => f.startsWith('snapshot-'))).toEqual([]);
    const [dumpA, dumpB] = await Promise.all([dumpOf(copyA), dumpOf(copyB)]);
    expect(dumpA.events?.length).toBeGreaterThan(100);
    expect(dumpA).toEqual(dumpB);
  });

  it('rebuilds projections from the log into exactly the live tables', async () => {
    const dataDir = await tempDir();
    const till = await fill(dataDir, 1_000_000);
    await till.close();
    const { db, log } = await openStore({ dataDir, terminal: 'T1', readOnly: true });
    const projector = new Projector(db);
    const live = dumpTables(db, PROJECTION_TABLES);
    expect(live.orders?.length).toBe(25);
    expect(projector.rebuild(log)).toBe(log.lastPosition);
    expect(dumpTables(db, PROJECTION_TABLES)).toEqual(live);
    db.close();
  });

  it('drops and reports a torn last journal record, keeps every acknowledged event, and writes on cleanly', async () => {
    const { dataDir, segment } = await crashedFolderWithOneSale();
    const acked = await readFile(segment);
    // Half of a record: what a crash in the middle of a write leaves.
    await appendFile(segment, Buffer.from('DKJ1\x40\x00\x00\x00garbage', 'latin1'));

    let till = await openTill({ dataDir });
    expect(till.openReport.droppedTail).toMatchObject({ bytes: 15 });
    expect(await readFile(segment)).toEqual(acked); // cut back to the last whole record
    const sold = await eventsOf(till);
    expect(sold.map((e) => e.type).slice(-2)).toEqual(['PaymentTaken', 'OrderClosed']);
    await sellOrder(till);
    await till.close();
    till = await openTill({ dataDir });
    expect(till.openReport.droppedTail).toBeNull();
    expect((await eventsOf(till)).slice(0, sold.length)).toEqual(sold);
    expect((await till.verify()).firstBad).toBeNull();
    await till.close();
  });

  it('refuses to open over a damaged record in the middle of the journal, naming where', async () => {
    const { dataDir, segment } = await crashedFolderWithOneSale();
    const bytes = await readFile(segment);
    const mid = Math.floor(bytes.length / 2);
    bytes[mid] = (bytes[mid] as number) ^ 0xff;
    await writeFile(segment, bytes);
    await expect(openTill({ dataDir })).rejects.toThrow(/journal .* is damaged at byte \d+/);
    expect(await readFile(segment)).toEqual(bytes); // and nothing was changed
  });
});

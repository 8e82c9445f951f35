import { describe, expect, it } from 'vitest';
import { ensureShift, expectError, newId, openSignedInTill, signInAsManager, signInAsServer, tempDir, unwrap } from './test-support/fixtures';
import type { Till } from './open-till';

async function addTable(till: Till, name: string, seats = 4): Promise<string> {
  const tableId = newId();
  unwrap(await till.command({ type: 'AddTable', commandId: newId(), tableId, name, seats }));
  return tableId;
}

async function seat(till: Till, tableId: string, covers: number): Promise<string> {
  const orderId = newId();
  unwrap(await till.command({ type: 'OpenOrder', commandId: newId(), orderId, tableId, covers }));
  return orderId;
}

describe('the floor through the core', () => {
  it('shows tables free, occupied and waiting to pay; moves and merges orders', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    await signInAsManager(till);
    const t4 = await addTable(till, '4');
    const t5 = await addTable(till, '5');
    const t6 = await addTable(till, '6', 2);
    await signInAsServer(till);
    expectError(await till.command({ type: 'AddTable', commandId: newId(), tableId: newId(), name: '7', seats: 2 }), 'Unauthorized');
    const itemId = unwrap(await till.query({ type: 'GetMenu' })).items[0]?.itemId as string;

    const a = await seat(till, t4, 4);
    const b = await seat(till, t5, 2);
    for (const orderId of [a, b]) unwrap(await till.command({ type: 'AddItem', commandId: newId(), orderId, lineId: newId(), itemId, qty: 1 }));
    unwrap(await till.command({ type: 'PrintBill', commandId: newId(), orderId: b }));
    let floor = unwrap(await till.query({ type: 'GetFloor' }));
    expect(floor.map((t) => [t.name, t.status, t.orders.length])).toEqual([
      ['4', 'occupied', 1],
      ['5', 'payment', 1],
      ['6', 'free', 0],
    ]);

    // A second party at table 4 (or another till seating it offline): both orders stay, side by side.
    const c = await seat(till, t4, 2);
    floor = unwrap(await till.query({ type: 'GetFloor' }));
    expect(floor[0]?.orders.map((o) => o.orderId)).toEqual([a, c]);

    unwrap(await till.command({ type: 'MoveOrder', commandId: newId(), orderId: c, tableId: t6 }));
    unwrap(await till.command({ type: 'AddItem', commandId: newId(), orderId: c, lineId: newId(), itemId, qty: 2 }));
    // The kitchen is told where the food goes now, not where the party sat first.
    unwrap(await till.command({ type: 'SendOrder', commandId: newId(), orderId: c, sendId: newId() }));
    expect(unwrap(await till.query({ type: 'ListKitchenTickets', orderId: c })).map((t) => t.table)).toEqual(['6']);
    // The party at 6 joins table 4: its lines move over, and 6 is free again.
    unwrap(await till.command({ type: 'MergeOrders', commandId: newId(), orderId: a, sourceOrderId: c }));
    floor = unwrap(await till.query({ type: 'GetFloor' }));
    expect(floor.map((t) => [t.name, t.status, t.orders.length])).toEqual([
      ['4', 'occupied', 1],
      ['5', 'payment', 1],
      ['6', 'free', 0],
    ]);
    const merged = unwrap(await till.query({ type: 'GetOrder', orderId: a }));
    expect(merged.lines.map((l) => l.qty)).toEqual([1, 2]);
    expect(unwrap(await till.query({ type: 'GetOrder', orderId: c }))).toMatchObject({ status: 'merged', mergedInto: a, lines: [] });
    expect((await till.verify()).firstBad).toBeNull();

    // Paid and closed: the table is free.
    await ensureShift(till);
    unwrap(await till.command({ type: 'TakePayment', commandId: newId(), orderId: a, paymentId: newId(), tender: 'cash', amount: merged.due }));
    unwrap(await till.command({ type: 'CloseOrder', commandId: newId(), orderId: a }));
    floor = unwrap(await till.query({ type: 'GetFloor' }));
    expect(floor[0]?.status).toBe('free');
    await till.close();
  });
});

import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../shared/kernel/clock';
import type { OrderState } from '../../../shared/domain/order';
import type { Till } from '../open-till';
import { ensureShift, expectError, newId, openSignedInTill, signInAsManager, tempDir, unwrap } from '../test-support/fixtures';

/** A till with a clock that moves only when told: the timeline's gaps are exact. */
async function tillWithOrder(): Promise<{ till: Till; orderId: string; clock: ReturnType<typeof manualClock> }> {
  const clock = manualClock(Date.parse('2026-11-01T18:00:00Z'));
  const till = await openSignedInTill({ dataDir: await tempDir(), clock });
  const menu = unwrap(await till.query({ type: 'GetMenu' }));
  const item = menu.items.find((i) => i.modifierGroupIds.length === 0);
  if (!item) throw new Error('no plain item');
  const orderId = newId();
  const run = async (c: Parameters<Till['command']>[0], afterMs: number): Promise<void> => {
    clock.advance(afterMs);
    unwrap(await till.command(c));
  };
  await ensureShift(till);
  await run({ type: 'OpenOrder', commandId: newId(), orderId, table: '12' }, 60_000);
  const lineId = newId();
  await run({ type: 'AddItem', commandId: newId(), orderId, lineId, itemId: item.itemId, qty: 2 }, 30_000);
  await run({ type: 'AddItem', commandId: newId(), orderId, lineId: newId(), itemId: item.itemId, qty: 1 }, 10_000);
  await run({ type: 'SendOrder', commandId: newId(), orderId, sendId: newId() }, 5_000);
  await signInAsManager(till);
  await run({ type: 'VoidItem', commandId: newId(), orderId, lineId, reason: 'burnt' }, 600_000);
  const order = unwrap(await till.query({ type: 'GetOrder', orderId }));
  await run({ type: 'TakePayment', commandId: newId(), orderId, paymentId: newId(), tender: 'cash', amount: order.due }, 1_200_000);
  await run({ type: 'CloseOrder', commandId: newId(), orderId }, 1_000);
  return { till, orderId, clock };
}

describe('GetStreamTimeline', () => {
  it("shows an order's steps with the time between them, who did them, and its milestones", async () => {
    const { till, orderId } = await tillWithOrder();
    const t = unwrap(await till.query({ type: 'GetStreamTimeline', stream: `order-${orderId}` }));
    expect(t.kind).toBe('order');
    expect(t.steps.map((s) => s.type)).toEqual(['OrderOpened', 'ItemAdded', 'ItemAdded', 'LinesSent', 'ItemVoided', 'PaymentTaken', 'OrderClosed']);
    expect(t.steps.map((s) => s.sincePreviousMs)).toEqual([null, 30_000, 10_000, 5_000, 600_000, 1_200_000, 1_000]);
    expect(t.steps.map((s) => s.staffName)).toEqual(['Ben', 'Ben', 'Ben', 'Ben', 'Ana', 'Ana', 'Ana']);
    expect(t.milestones.map((m) => [m.name, m.sinceStartMs])).toEqual([
      ['opened', 0],
      ['sent to the kitchen', 45_000],
      ['paid', 1_845_000],
      ['closed', 1_846_000],
    ]);
    expect(t.spanMs).toBe(1_846_000);
    expect(t.more).toBe(false);
    await till.close();
  });

  it('pages long streams by version, timing from the first event', async () => {
    const { till, orderId } = await tillWithOrder();
    const first = unwrap(await till.query({ type: 'GetStreamTimeline', stream: `order-${orderId}`, limit: 3 }));
    expect(first.more).toBe(true);
    const next = unwrap(await till.query({ type: 'GetStreamTimeline', stream: `order-${orderId}`, afterVersion: 3, limit: 3 }));
    expect(next.steps.map((s) => [s.version, s.sincePreviousMs, s.sinceStartMs])).toEqual([
      [4, 5_000, 45_000],
      [5, 600_000, 645_000],
      [6, 1_200_000, 1_845_000],
    ]);
    expectError(await till.query({ type: 'GetStreamTimeline', stream: 'order-nope' }), 'NotFound');
    await till.close();
  });
});

describe('GetStreamState', () => {
  it('shows the order as it was after any event, and what that event changed', async () => {
    const { till, orderId } = await tillWithOrder();
    const stream = `order-${orderId}`;
    const steps = unwrap(await till.query({ type: 'GetStreamTimeline', stream })).steps;
    const voided = steps.find((s) => s.type === 'ItemVoided');
    const payment = steps.find((s) => s.type === 'PaymentTaken');
    if (!voided || !payment) throw new Error('missing steps');

    const atVoid = unwrap(await till.query({ type: 'GetStreamState', stream, atPosition: voided.position }));
    expect(atVoid).toMatchObject({ kind: 'order', version: 5, atPosition: voided.position, at: voided.at, event: { type: 'ItemVoided' } });
    const lineId = (voided.data as { lineId: string }).lineId;
    expect(atVoid.diff.changes).toEqual([
      { path: `lines[lineId=${lineId}].status`, before: 'sent', after: 'voided' },
      { path: `lines[lineId=${lineId}].voidReason`, before: null, after: 'burnt' },
    ]);

    // Just before payment: nothing paid yet; the payment's own diff shows what it changed.
    const beforePay = unwrap(await till.query({ type: 'GetStreamState', stream, atPosition: payment.position - 1 }));
    expect((beforePay.state as OrderState).paid).toBe(0);
    const atPay = unwrap(await till.query({ type: 'GetStreamState', stream, atPosition: payment.position }));
    expect(atPay.diff.changes.map((c) => c.path)).toEqual(expect.arrayContaining(['paid', `payments[paymentId=${(payment.data as { paymentId: string }).paymentId}]`]));

    const now = unwrap(await till.query({ type: 'GetStreamState', stream }));
    expect((now.state as OrderState).status).toBe('closed');
    expect(now.version).toBe(7);

    const before = unwrap(await till.query({ type: 'GetStreamState', stream, atPosition: 1 }));
    expect(before).toMatchObject({ version: 0, event: null, at: null, diff: { changes: [] }, state: { status: 'none' } });
    expectError(await till.query({ type: 'GetStreamState', stream: 'order-nope' }), 'NotFound');
    expectError(await till.query({ type: 'GetStreamState', stream: 'kitchen' }), 'Validation');
    await till.close();
  });

  it('folds every kind of stream: menu, staff, terminal, shift', async () => {
    const { till } = await tillWithOrder();
    const kinds: Record<string, string> = { menu: 'menu', staff: 'staff', 'terminal-T1': 'terminal' };
    for (const [stream, kind] of Object.entries(kinds)) expect(unwrap(await till.query({ type: 'GetStreamState', stream })).kind).toBe(kind);
    const shift = unwrap(await till.query({ type: 'GetCurrentShift' }));
    expect(unwrap(await till.query({ type: 'GetStreamState', stream: `shift-${shift?.shiftId}` })).state).toMatchObject({ status: 'open' });
    await till.close();
  });
});

describe('FilterEvents', () => {
  it('pages through matches oldest first and newest first', async () => {
    const { till, orderId } = await tillWithOrder();
    const page1 = unwrap(await till.query({ type: 'FilterEvents', filter: `stream = "order-${orderId}"`, limit: 4 }));
    expect(page1.events.map((e) => e.type)).toEqual(['OrderOpened', 'ItemAdded', 'ItemAdded', 'LinesSent']);
    expect(page1.nextAfter).toBe(page1.events[3]?.position);
    const page2 = unwrap(await till.query({ type: 'FilterEvents', filter: `stream = "order-${orderId}"`, limit: 4, afterPosition: page1.nextAfter ?? 0 }));
    expect(page2.events.map((e) => e.type)).toEqual(['ItemVoided', 'PaymentTaken', 'OrderClosed']);
    expect(page2).toMatchObject({ nextAfter: null, nextBefore: null, partial: false });

    const newest = unwrap(await till.query({ type: 'FilterEvents', filter: 'type in (ItemAdded, ItemVoided)', newestFirst: true, limit: 2 }));
    expect(newest.events.map((e) => e.type)).toEqual(['ItemVoided', 'ItemAdded']);
    const older = unwrap(await till.query({ type: 'FilterEvents', filter: 'type in (ItemAdded, ItemVoided)', beforePosition: newest.nextBefore ?? 0, limit: 2 }));
    expect(older.events.map((e) => e.type)).toEqual(['ItemAdded']);
    expect(older.nextBefore).toBe(null);
    await till.close();
  });

  it('stops at upToPosition while the till goes on selling', async () => {
    const { till, orderId } = await tillWithOrder();
    const end = unwrap(await till.query({ type: 'FilterEvents', filter: '', newestFirst: true, limit: 1 })).lastPosition;
    unwrap(await till.command({ type: 'OpenOrder', commandId: newId(), orderId: newId() }));
    const page = unwrap(await till.query({ type: 'FilterEvents', filter: 'type = OrderOpened', upToPosition: end }));
    expect(page.events.map((e) => e.stream)).toEqual([`order-${orderId}`]);
    expect(page).toMatchObject({ nextAfter: null, partial: false });
    expect(page.lastPosition).toBe(end + 1);
    await till.close();
  });

  it('finds by staff name, approver and day, in the viewer\'s zone', async () => {
    const { till } = await tillWithOrder();
    const q = (filter: string, utcOffsetMinutes?: number) =>
      till.query({ type: 'FilterEvents', filter, ...(utcOffsetMinutes !== undefined ? { utcOffsetMinutes } : {}) }).then(unwrap);
    expect((await q('type = ItemVoided and staff = "Ana" and data.reason = "burnt"')).events).toHaveLength(1);
    expect((await q('type = ItemAdded and staff = "Ben" and at = 2026-11-01')).events).toHaveLength(2);
    // 18:01 UTC is already 2 November at UTC+8.
    expect((await q('type = ItemAdded and at = 2026-11-01', 8 * 60)).events).toHaveLength(0);
    await till.close();
  });

  it("names each event's stream and people in parts the screen can word", async () => {
    const { till, orderId } = await tillWithOrder();
    const shift = unwrap(await till.query({ type: 'GetCurrentShift' }));
    const page = unwrap(await till.query({ type: 'FilterEvents', filter: '', limit: 1000 }));
    expect(page.labels.streams[`order-${orderId}`]).toEqual({ kind: 'order', id: orderId, receipt: { series: 'T1', number: 1 }, table: '12', terminal: 'T1' });
    expect(page.labels.streams[`shift-${shift?.shiftId ?? ''}`]).toEqual({ kind: 'shift', id: shift?.shiftId, terminal: 'T1', number: 1 });
    expect(page.labels.streams.menu).toEqual({ kind: 'menu', id: 'menu' });
    expect(page.labels.streams.staff).toEqual({ kind: 'staff', id: 'staff' });
    expect(page.labels.streams['terminal-T1']).toEqual({ kind: 'terminal', id: 'T1', terminal: 'T1' });
    // Only the streams and people of the page's own events.
    const void_ = unwrap(await till.query({ type: 'FilterEvents', filter: 'type = ItemVoided' }));
    expect(Object.keys(void_.labels.streams)).toEqual([`order-${orderId}`]);
    const voided = void_.events[0];
    expect(Object.values(void_.labels.staff)).toEqual(['Ana']);
    expect(voided && void_.labels.staff[voided.meta.staff ?? '']).toBe('Ana');
    await till.close();
  });

  it('names an order by its tail before it has a receipt', async () => {
    const { till } = await tillWithOrder();
    const orderId = newId();
    unwrap(await till.command({ type: 'OpenOrder', commandId: newId(), orderId }));
    const page = unwrap(await till.query({ type: 'FilterEvents', filter: 'type = OrderOpened', newestFirst: true, limit: 1 }));
    expect(page.labels.streams[`order-${orderId}`]).toEqual({ kind: 'order', id: orderId, terminal: 'T1' });
    await till.close();
  });

  it('answers a filter it cannot read with a Validation error carrying the column, the code and its parameters', async () => {
    const { till } = await tillWithOrder();
    const r = await till.query({ type: 'FilterEvents', filter: 'type = ItemVoided and staff =' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'Validation',
        message: "expected a value after '=', found the end at column 30",
        details: { column: 30, length: 1, code: 'expectedValue', params: { after: '=', found: 'the end', foundKind: 'end' } },
      },
    });
    const unknown = await till.query({ type: 'FilterEvents', filter: 'staff = "Nobody"' });
    expect(unknown.ok === false && unknown.error.details).toEqual({ column: 9, length: 8, code: 'noStaffNamed', params: { name: 'Nobody' } });
    await till.close();
  });
});

describe('GetTillAt', () => {
  it('shows the orders open and the shift money as they were at a moment', async () => {
    const { till, orderId, clock } = await tillWithOrder();
    const shift = unwrap(await till.query({ type: 'GetCurrentShift' }));
    const shiftId = shift?.shiftId ?? '';
    clock.advance(60_000);
    unwrap(await till.command({ type: 'PayIn', commandId: newId(), shiftId, movementId: newId(), amount: 2_000, reason: 'coins' }));
    unwrap(await till.command({ type: 'OpenDrawer', commandId: newId(), shiftId, reason: 'change' }));
    const paid = unwrap(await till.query({ type: 'GetOrder', orderId }));

    // 18:20 is after the void (18:11:45) and before the payment (18:31:45).
    const before = unwrap(await till.query({ type: 'GetTillAt', atTime: '2026-11-01T18:20:00Z' }));
    expect(before.openOrders).toEqual([expect.objectContaining({ orderId, table: '12', lines: 1, paid: 0, due: paid.total, version: 5 })]);
    expect(before.shifts).toEqual([expect.objectContaining({ shiftId, terminal: 'T1', float: 0, paidIn: 0, ordersClosed: 0, tenders: [], drawerOpenings: 0, expectedCash: 0 })]);
    // The same moment written in another zone.
    expect(unwrap(await till.query({ type: 'GetTillAt', atTime: '2026-11-01T19:20:00+01:00' })).atPosition).toBe(before.atPosition);

    const now = unwrap(await till.query({ type: 'GetTillAt' }));
    expect(now.openOrders).toEqual([]);
    expect(now.shifts[0]).toMatchObject({
      paidIn: 2_000,
      ordersClosed: 1,
      tenders: [{ tender: 'cash', count: 1, amount: paid.total, tips: 0 }],
      refunds: { count: 0, amount: 0, cash: 0 },
      drawerOpenings: 1,
      expectedCash: paid.total + 2_000,
    });
    // The X report from the read models agrees on the cash.
    const x = unwrap(await till.query({ type: 'GetShiftReport', shiftId }));
    expect(now.shifts[0]?.expectedCash).toBe(x.report.cash.expected);
    expect(unwrap(await till.query({ type: 'GetTillAt', atPosition: 0 }))).toEqual({ atPosition: 0, at: null, openOrders: [], shifts: [] });
    await till.close();
  });
});

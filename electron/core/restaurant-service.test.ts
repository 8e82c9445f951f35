import { describe, expect, it } from 'vitest';
import type { Command, CommandBody } from '../../shared/contract/commands';
import { openTill, type Till } from './open-till';
import { DEMO_MANAGER, DEMO_SERVER, expectError, newId, openSignedInTill, signInAsManager, tempDir, unwrap } from './test-support/fixtures';

/**
 * A service step by step through the real core (sql.js, journal, projections):
 * the restaurant features of issue 3 working together, not one at a time.
 */

async function send(till: Till, c: CommandBody) {
  return till.command({ ...c, commandId: newId() } as Command);
}

async function setUpMenu(till: Till) {
  const ids = { food: newId(), drinks: newId(), tax: newId(), doneness: newId(), sides: newId(), steak: newId(), cola: newId() };
  const rare = newId();
  const fries = newId();
  const peppercorn = newId();
  await signInAsManager(till);
  for (const c of [
    { type: 'DefineTaxCategory', taxCategoryId: ids.tax, name: 'Food', rate: 825 },
    { type: 'AddCategory', categoryId: ids.food, name: 'Mains' },
    { type: 'DefineModifierGroup', groupId: ids.doneness, name: 'Doneness', min: 1, max: 1, options: [{ optionId: rare, name: 'Rare', priceDelta: 0 }] },
    {
      type: 'DefineModifierGroup',
      groupId: ids.sides,
      name: 'Extras',
      min: 0,
      max: 2,
      options: [
        { optionId: fries, name: 'Fries', priceDelta: 350 },
        { optionId: peppercorn, name: 'Peppercorn sauce', priceDelta: 200 },
      ],
    },
    { type: 'AddMenuItem', itemId: ids.steak, categoryId: ids.food, name: 'Steak', price: 2400, taxCategoryId: ids.tax, modifierGroupIds: [ids.doneness, ids.sides] },
    { type: 'AddMenuItem', itemId: ids.cola, categoryId: ids.food, name: 'Cola', price: 300, station: 'bar' },
  ] as const) {
    unwrap(await send(till, c as never));
  }
  return { ...ids, rare, fries, peppercorn };
}

describe('a restaurant service through the core', () => {
  it('table for 4: modifiers, courses, send and fire, void with approval, kitchen tickets, tips, Z report', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    const m = await setUpMenu(till);
    const shiftId = newId();
    unwrap(await send(till, { type: 'OpenShift', shiftId, float: 10_000 }));
    unwrap(await send(till, { type: 'SignIn', staffId: DEMO_SERVER.staffId, pin: DEMO_SERVER.pin }));

    const orderId = newId();
    const steak = newId();
    const colaLine = newId();
    unwrap(await send(till, { type: 'OpenOrder', orderId, table: '12', covers: 4 }));
    unwrap(
      await send(till, {
        type: 'AddItem',
        orderId,
        lineId: steak,
        itemId: m.steak,
        qty: 1,
        modifiers: [
          { groupId: m.doneness, optionIds: [m.rare] },
          { groupId: m.sides, optionIds: [m.fries, m.peppercorn] },
        ],
        note: 'no salt',
        seat: 2,
        course: 2,
      }),
    );
    unwrap(await send(till, { type: 'AddItem', orderId, lineId: colaLine, itemId: m.cola, qty: 2, seat: 1 }));
    unwrap(await send(till, { type: 'SendOrder', orderId, sendId: newId(), holdCourses: [2] }));
    let order = unwrap(await till.query({ type: 'GetOrder', orderId }));
    expect(order.lines.map((l) => [l.name, l.status])).toEqual([
      ['Steak', 'held'],
      ['Cola', 'sent'],
    ]);
    unwrap(await send(till, { type: 'FireCourse', orderId, sendId: newId(), course: 2 }));

    const tickets = unwrap(await till.query({ type: 'ListKitchenTickets', orderId }));
    expect(tickets.map((t) => [t.station, t.kind, t.lines.map((l) => l.name)])).toEqual([
      ['bar', 'order', ['Cola']],
      ['kitchen', 'order', ['Steak']],
    ]);
    expect(tickets[1]?.lines[0]).toMatchObject({ modifiers: ['Rare', 'Fries', 'Peppercorn sauce'], note: 'no salt', seat: 2, course: 2 });
    expect(tickets[1]?.table).toBe('12');

    // The cola, already poured, is voided: refused without a manager, done with one; a void ticket appears.
    const voidCola = { type: 'VoidItem' as const, orderId, lineId: colaLine, reason: 'spilled' };
    expectError(await send(till, voidCola), 'ApprovalRequired');
    expectError(await send(till, { ...voidCola, approval: { pin: '0000' } }), 'Unauthorized');
    const voided = unwrap(await send(till, { ...voidCola, approval: { pin: DEMO_MANAGER.pin } }));
    const voidEvent = unwrap(await till.query({ type: 'ListEvents', stream: `order-${orderId}` })).find((e) => e.id === voided.events[0]?.id);
    expect(voidEvent?.meta).toMatchObject({ staff: DEMO_SERVER.staffId, approvedBy: DEMO_MANAGER.staffId });
    const voidTicket = unwrap(await till.query({ type: 'ListKitchenTickets', orderId, station: 'bar' })).find((t) => t.kind === 'void');
    expect(voidTicket?.lines[0]).toMatchObject({ name: 'Cola', reason: 'spilled' });

    // Steak 2400 + fries 350 + sauce 200 = 2950, tax 8.25 % = 243.375 → 243.
    order = unwrap(await till.query({ type: 'GetOrder', orderId }));
    expect(order).toMatchObject({ subtotal: 2950, tax: 243, total: 3193, taxes: [{ rate: 825, base: 2950, tax: 243 }] });

    // Print each kitchen ticket once; the second print of one is a reprint.
    const kitchenTicket = tickets[1]?.ticketId as string;
    unwrap(await send(till, { type: 'PrintKitchenTicket', orderId, ticketId: kitchenTicket }));
    unwrap(await send(till, { type: 'PrintKitchenTicket', orderId, ticketId: kitchenTicket }));
    const printed = unwrap(await till.query({ type: 'ListEvents', stream: `order-${orderId}` })).filter((e) => e.type === 'KitchenTicketPrinted');
    expect(printed.map((e) => (e.data as { reprint: boolean }).reprint)).toEqual([false, true]);

    // Part cash, part card with a 10 % tip, then close.
    unwrap(await send(till, { type: 'TakePayment', orderId, paymentId: newId(), tender: 'cash', amount: 2000 }));
    expectError(await send(till, { type: 'TakePayment', orderId, paymentId: newId(), tender: 'card', amount: 1194, reference: 'X' }), 'Validation');
    unwrap(await send(till, { type: 'TakePayment', orderId, paymentId: newId(), tender: 'card', amount: 1193, tip: 319, reference: 'AUTH-77' }));
    unwrap(await send(till, { type: 'CloseOrder', orderId }));
    order = unwrap(await till.query({ type: 'GetOrder', orderId }));
    expect(order).toMatchObject({ status: 'closed', paid: 3193, due: 0, tips: 319, receipt: { series: 'T1', number: 1 } });

    // X report mid-shift; then close 2.70 short of the expected cash: the Z report says -2.70.
    const x = unwrap(await till.query({ type: 'GetShiftReport', shiftId }));
    expect(x.kind).toBe('X');
    expect(x.report.cash.expected).toBe(12_000);
    unwrap(await send(till, { type: 'CloseShift', shiftId, counted: 12_000 - 270 }));
    const z = unwrap(await till.query({ type: 'GetShiftReport', shiftId }));
    expect(z.kind).toBe('Z');
    expect(z.shift.zNumber).toBe(1);
    expect(z.report).toMatchObject({
      orders: 1,
      total: 3193,
      tax: 243,
      tips: 319,
      byTaxRate: [{ rate: 825, base: 2950, tax: 243 }],
      cash: { float: 10_000, sales: 2000, expected: 12_000, counted: 11_730, variance: -270 },
      receipts: { first: 1, last: 1 },
      voids: [{ name: 'Cola', amount: 600, reason: 'spilled', staff: DEMO_SERVER.staffId, approvedBy: DEMO_MANAGER.staffId }],
    });
    expect(z.report.tenders).toEqual([
      { tender: 'card', count: 1, amount: 1193, tips: 319 },
      { tender: 'cash', count: 1, amount: 2000, tips: 0 },
    ]);
    expect(z.report.chainHead).toMatch(/^[0-9a-f]{64}$/);
    // With the shift closed, an order can be taken but no money.
    const late = newId();
    unwrap(await send(till, { type: 'OpenOrder', orderId: late }));
    unwrap(await send(till, { type: 'AddItem', orderId: late, lineId: newId(), itemId: m.cola, qty: 1 }));
    expectError(await send(till, { type: 'TakePayment', orderId: late, paymentId: newId(), tender: 'cash', amount: 300 }), 'IllegalState');
    await till.close();
  });

  it('keeps an earlier order and its receipt as they were when a price changes', async () => {
    const dataDir = await tempDir();
    let till = await openSignedInTill({ dataDir });
    const m = await setUpMenu(till);
    unwrap(await send(till, { type: 'OpenShift', shiftId: newId(), float: 0 }));
    const orderId = newId();
    unwrap(await send(till, { type: 'OpenOrder', orderId }));
    unwrap(await send(till, { type: 'AddItem', orderId, lineId: newId(), itemId: m.cola, qty: 1 }));
    unwrap(await send(till, { type: 'TakePayment', orderId, paymentId: newId(), tender: 'cash', amount: 300 }));
    unwrap(await send(till, { type: 'CloseOrder', orderId }));
    const before = unwrap(await till.query({ type: 'GetOrder', orderId }));
    unwrap(await send(till, { type: 'ChangeItemPrice', itemId: m.cola, price: 450 }));
    await till.close();
    till = await openTill({ dataDir });
    expect(unwrap(await till.query({ type: 'GetOrder', orderId }))).toEqual(before);
    await till.close();
  });

  it('splits a bill by seat, pays each part, refunds a line with approval, and the Z report counts the refund', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    const m = await setUpMenu(till);
    const shiftId = newId();
    unwrap(await send(till, { type: 'OpenShift', shiftId, float: 5000 }));
    unwrap(await send(till, { type: 'SignIn', staffId: DEMO_SERVER.staffId, pin: DEMO_SERVER.pin }));
    const orderId = newId();
    const lines = [newId(), newId()];
    unwrap(await send(till, { type: 'OpenOrder', orderId, covers: 2 }));
    unwrap(await send(till, { type: 'AddItem', orderId, lineId: lines[0] as string, itemId: m.cola, qty: 1, seat: 1 }));
    unwrap(await send(till, { type: 'AddItem', orderId, lineId: lines[1] as string, itemId: m.cola, qty: 2, seat: 2 }));
    unwrap(await send(till, { type: 'SplitBill', orderId, splitId: newId(), mode: 'seats' }));
    let order = unwrap(await till.query({ type: 'GetOrder', orderId }));
    expect(order.split?.parts.map((p) => [p.label, p.amount, p.due])).toEqual([
      ['Seat 1', 300, 300],
      ['Seat 2', 600, 600],
    ]);
    unwrap(await send(till, { type: 'TakePayment', orderId, paymentId: newId(), tender: 'cash', amount: 500, partId: 'seat-1' }));
    unwrap(await send(till, { type: 'TakePayment', orderId, paymentId: newId(), tender: 'card', amount: 600, reference: 'C-1', partId: 'seat-2' }));
    unwrap(await send(till, { type: 'CloseOrder', orderId }));
    order = unwrap(await till.query({ type: 'GetOrder', orderId }));
    expect(order).toMatchObject({ status: 'closed', paid: 900, change: 200 });

    const refund = { type: 'RefundOrder' as const, orderId, refundId: newId(), lineIds: [lines[0] as string], tender: 'cash' as const, reason: 'flat' };
    expectError(await send(till, refund), 'ApprovalRequired');
    unwrap(await send(till, { ...refund, approval: { pin: DEMO_MANAGER.pin } }));
    expect(unwrap(await till.query({ type: 'GetOrder', orderId })).refunds).toEqual([
      { refundId: refund.refundId, lineIds: [lines[0]], amount: 300, tender: 'cash', reason: 'flat' },
    ]);
    const x = unwrap(await till.query({ type: 'GetShiftReport', shiftId }));
    expect(x.report.refunds).toEqual({ count: 1, amount: 300 });
    expect(x.report.cash).toMatchObject({ float: 5000, sales: 300, refunds: 300, expected: 5000 });
    await till.close();
  });
});

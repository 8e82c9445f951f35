import { describe, expect, it } from 'vitest';
import type { Command, CommandBody } from '../../../shared/contract/commands';
import type { SalesReportBy } from '../../../shared/contract/report-queries';
import { manualClock } from '../../../shared/kernel/clock';
import { openTill, type Till } from '../open-till';
import { Projector } from '../projections/projector';
import { openStore } from '../store/open-store';
import { dumpTables } from '../test-support/dump-tables';
import { DEMO_MANAGER, DEMO_SERVER, expectError, newId, signInAsManager, signInAsServer, tempDir, unwrap } from '../test-support/fixtures';

/**
 * The sales report is a ledger: a day's figures never change after the day.
 * A reopened order is reversed on the day it is reopened and counted again
 * when it closes; a refund comes off on the day it is given. Money agrees
 * with the orders' own totals and with the Z reports.
 */
const send = async (till: Till, c: CommandBody) => unwrap(await till.command({ ...c, commandId: newId() } as Command));
const manager = { approval: { pin: DEMO_MANAGER.pin } };

const DAY1 = Date.UTC(2026, 0, 5, 12);
const DAY2 = Date.UTC(2026, 0, 6, 12);

async function report(till: Till, by: SalesReportBy, range: { from?: string; to?: string } = {}) {
  return unwrap(await till.systemQuery({ type: 'GetSalesReport', by, ...range }));
}

describe('GetSalesReport', () => {
  it('reverses a reopened order on the day it reopens, takes refunds off on their day, and leaves past days as they were', async () => {
    const dataDir = await tempDir();
    const clock = manualClock(DAY1);
    const till = await openTill({ dataDir, clock });
    await signInAsManager(till);
    const menu = unwrap(await till.query({ type: 'GetMenu' }));
    const item = (name: string): { itemId: string } => menu.items.find((i) => i.name === name) as { itemId: string };
    const [pizza, pasta, cola] = [item('Margherita'), item('Caesar Salad'), item('Cola')];
    const tax = newId();
    const soup = newId();
    await send(till, { type: 'DefineTaxCategory', taxCategoryId: tax, name: 'Food', rate: 1000 });
    await send(till, { type: 'AddMenuItem', itemId: soup, categoryId: menu.categories[0]?.categoryId as string, name: 'Soup', price: 800, taxCategoryId: tax });
    await send(till, { type: 'OpenShift', shiftId: newId(), float: 0 });
    await signInAsServer(till);

    // Day 1: order A (a voided line, a discount, a taxed line) in cash; order B by card.
    const a = newId();
    const voided = newId();
    await send(till, { type: 'OpenOrder', orderId: a });
    await send(till, { type: 'AddItem', orderId: a, lineId: newId(), itemId: pizza.itemId, qty: 2 });
    await send(till, { type: 'AddItem', orderId: a, lineId: newId(), itemId: soup, qty: 1 });
    await send(till, { type: 'AddItem', orderId: a, lineId: voided, itemId: cola.itemId, qty: 1 });
    await send(till, { type: 'SendOrder', orderId: a, sendId: newId() });
    await send(till, { type: 'VoidItem', orderId: a, lineId: voided, reason: 'spilt', ...manager });
    await send(till, { type: 'ApplyDiscount', orderId: a, discountId: newId(), kind: 'percent', value: 500, reason: 'regular' });
    const pay = async (orderId: string, tender: 'cash' | 'card') => {
      const due = unwrap(await till.query({ type: 'GetOrder', orderId })).due;
      await send(till, { type: 'TakePayment', orderId, paymentId: newId(), tender, amount: due, ...(tender === 'card' ? { reference: 'T-1' } : {}) });
      await send(till, { type: 'CloseOrder', orderId });
      return unwrap(await till.query({ type: 'GetOrder', orderId }));
    };
    const a1 = await pay(a, 'cash');
    const b = newId();
    const bLine = newId();
    await send(till, { type: 'OpenOrder', orderId: b });
    await send(till, { type: 'AddItem', orderId: b, lineId: bLine, itemId: pasta.itemId, qty: 1 });
    await send(till, { type: 'AddItem', orderId: b, lineId: newId(), itemId: pizza.itemId, qty: 1 });
    const b1 = await pay(b, 'card');
    const net = (o: { subtotal: number; discount: number }) => o.subtotal - o.discount;

    const day1 = await report(till, 'day');
    expect(day1.rows).toEqual([
      { key: '2026-01-05', label: '2026-01-05', orders: 2, qty: 5, amount: net(a1) + net(b1), tax: a1.tax + b1.tax, tips: 0, refunds: 0 },
    ]);
    expect((await report(till, 'item')).rows.map((r) => r.label)).not.toContain('Cola'); // voided: never sold
    expect((await report(till, 'tax')).rows.map((r) => [r.key, r.label])).toEqual([
      ['0', 'no tax'],
      ['1000', '10.00 %'],
    ]);
    const tenders1 = await report(till, 'tender');
    expect(tenders1.rows.map((r) => [r.key, r.amount])).toEqual(
      [['cash', a1.total], ['card', b1.total]].sort((x, y) => (y[1] as number) - (x[1] as number)),
    );

    // Day 2: A reopened, a line added, paid and closed again; B's pasta refunded in cash.
    clock.set(DAY2);
    await signInAsManager(till);
    const current = unwrap(await till.query({ type: 'GetCurrentShift' }));
    await send(till, { type: 'CloseShift', shiftId: current?.shiftId as string, counted: a1.total });
    await send(till, { type: 'OpenShift', shiftId: newId(), float: 0 });
    await signInAsServer(till);
    expectError(await till.command({ type: 'ReopenOrder', commandId: newId(), orderId: a, reason: 'forgot one' }), 'ApprovalRequired');
    await send(till, { type: 'ReopenOrder', orderId: a, reason: 'forgot one', ...manager });
    await send(till, { type: 'AddItem', orderId: a, lineId: newId(), itemId: pizza.itemId, qty: 1 });
    const a2 = await pay(a, 'cash');
    await send(till, { type: 'RefundOrder', orderId: b, refundId: newId(), lineIds: [bLine], tender: 'cash', reason: 'cold', ...manager });
    const pastaLine = unwrap(await till.query({ type: 'GetOrder', orderId: b })).lines.find((l) => l.lineId === bLine);
    const refunded = (pastaLine?.gross ?? 0) - (pastaLine?.discount ?? 0);

    await signInAsManager(till); // the reports are the managers' (query-access.ts)
    const days = await report(till, 'day');
    expect(days.rows[0]).toEqual(day1.rows[0]); // day 1 as it was
    expect(days.rows[1]).toMatchObject({
      key: '2026-01-06',
      orders: 1, // A closed again; B's refund alone is not an order of the day
      qty: 1 - 1, // A's new pizza, B's pasta given back
      amount: net(a2) - net(a1) - refunded,
      refunds: refunded,
    });
    expect(days.totals).toMatchObject({ orders: 2, qty: 5, amount: net(a2) + net(b1) - refunded, tax: a2.tax + b1.tax - (pastaLine?.tax ?? 0) });
    expect(await report(till, 'day', { from: '2026-01-06' })).toMatchObject({ from: '2026-01-06', totals: { orders: 1 } });
    const tenders = (await report(till, 'tender')).rows;
    // Cash: A's payment, reversed, both of A's payments at its second close, the refund given back.
    expect(tenders.find((r) => r.key === 'cash')).toMatchObject({ amount: a2.total - refunded, qty: 1 - 1 + 2 - 1, refunds: refunded });
    expect(tenders.find((r) => r.key === 'card')).toMatchObject({ amount: b1.total, qty: 1 });
    const staff = (await report(till, 'staff')).rows;
    expect(staff.map((r) => [r.key, r.label])).toEqual([[DEMO_SERVER.staffId, 'Ben']]);
    expectError(await till.query({ type: 'GetSalesReport', by: 'day', from: '2026-01-06', to: '2026-01-05' }), 'Validation');
    expectError(await till.query({ type: 'GetSalesReport', by: 'day', from: '2026-02-30' }), 'Validation');
    await till.close();

    // Rebuilt from the log, the ledger is row for row the live one.
    const { db, log } = await openStore({ dataDir, terminal: 'T1', readOnly: true });
    const sales = (t: string): boolean => t.startsWith('sales_');
    const live = dumpTables(db, sales);
    expect(live.sales_lines?.length).toBe(2 + 2 + 2 + 3 + 1); // A and B; A reversed, A again; B's refund
    new Projector(db).rebuild(log);
    expect(dumpTables(db, sales)).toEqual(live);
    db.close();
  });
});

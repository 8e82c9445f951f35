import { describe, expect, it } from 'vitest';
import type { Command, CommandBody } from '../../../shared/contract/commands';
import { manualClock } from '../../../shared/kernel/clock';
import { openTill, type Till } from '../open-till';
import { Projector } from '../projections/projector';
import { openStore } from '../store/open-store';
import { dumpTables } from '../test-support/dump-tables';
import { DEMO_MANAGER, DEMO_SERVER, expectError, newId, signInAsManager, signInAsServer, tempDir, unwrap } from '../test-support/fixtures';

/**
 * The owner's reports on a real till: voids, discounts and refunds by who did
 * them and who approved them, and the service times by the hour orders were
 * opened — each figure worked out by hand from what the test sold.
 */
const send = async (till: Till, c: CommandBody) => unwrap(await till.command({ ...c, commandId: newId() } as Command));
const approved = { approval: { pin: DEMO_MANAGER.pin } };
const MIN = 60_000;
const DAY1_10 = Date.UTC(2026, 2, 2, 10, 0);
const DAY1_11 = Date.UTC(2026, 2, 2, 11, 0);
const DAY2_12 = Date.UTC(2026, 2, 3, 12, 0);

async function sellTheDay() {
  const dataDir = await tempDir();
  const clock = manualClock(DAY1_10 - 30 * MIN);
  const till = await openTill({ dataDir, clock });
  await signInAsManager(till);
  await send(till, { type: 'OpenShift', shiftId: newId(), float: 0 });
  const menu = unwrap(await till.query({ type: 'GetMenu' }));
  const item = (name: string) => menu.items.find((i) => i.name === name) as { itemId: string; price: number };
  const [pizza, cola] = [item('Margherita'), item('Cola')];
  await signInAsServer(till);
  const pay = async (orderId: string) => {
    const due = unwrap(await till.query({ type: 'GetOrder', orderId })).due;
    await send(till, { type: 'TakePayment', orderId, paymentId: newId(), tender: 'cash', amount: due });
  };

  // 10:00 order A: 2 pizzas and a cola; sent at 10:04; the cola voided (Ana approves); 10 % off; paid 10:30, closed 10:31.
  clock.set(DAY1_10);
  const a = newId();
  const pizzaLine = newId();
  const colaLine = newId();
  await send(till, { type: 'OpenOrder', orderId: a });
  await send(till, { type: 'AddItem', orderId: a, lineId: pizzaLine, itemId: pizza.itemId, qty: 2 });
  await send(till, { type: 'AddItem', orderId: a, lineId: colaLine, itemId: cola.itemId, qty: 1 });
  clock.set(DAY1_10 + 4 * MIN);
  await send(till, { type: 'SendOrder', orderId: a, sendId: newId() });
  clock.set(DAY1_10 + 20 * MIN);
  await send(till, { type: 'VoidItem', orderId: a, lineId: colaLine, reason: 'spilt', ...approved });
  const kept = newId();
  await send(till, { type: 'ApplyDiscount', orderId: a, discountId: kept, kind: 'percent', value: 1000, reason: 'regular', ...approved });
  // A discount given and taken back gave nothing away.
  const dropped = newId();
  await send(till, { type: 'ApplyDiscount', orderId: a, discountId: dropped, kind: 'amount', value: 100, reason: 'oops', ...approved });
  await send(till, { type: 'RemoveDiscount', orderId: a, discountId: dropped, ...approved });
  clock.set(DAY1_10 + 30 * MIN);
  await pay(a);
  clock.set(DAY1_10 + 31 * MIN);
  await send(till, { type: 'CloseOrder', orderId: a });

  // 11:00 order B: a cola, never sent; paid and closed at 11:10.
  clock.set(DAY1_11);
  const b = newId();
  await send(till, { type: 'OpenOrder', orderId: b });
  await send(till, { type: 'AddItem', orderId: b, lineId: newId(), itemId: cola.itemId, qty: 1 });
  clock.set(DAY1_11 + 10 * MIN);
  await pay(b);
  await send(till, { type: 'CloseOrder', orderId: b });

  // Day 2, 12:00: one of A's pizzas... the pizza line refunded by Ben, Ana approving.
  clock.set(DAY2_12);
  await send(till, { type: 'RefundOrder', orderId: a, refundId: newId(), lineIds: [pizzaLine], tender: 'cash', reason: 'cold', ...approved });
  const orderA = unwrap(await till.query({ type: 'GetOrder', orderId: a }));
  const pizzaGross = pizza.price * 2;
  await signInAsManager(till);
  return { dataDir, till, pizza, cola, orderA, pizzaGross };
}

describe('GetAdjustmentsReport and GetServiceTimesReport', () => {
  it('count and sum voids, discounts and refunds by who did them and who approved them, and time each step of the service by hour', async () => {
    const { dataDir, till, cola, orderA, pizzaGross } = await sellTheDay();
    const refunded = orderA.refunds[0]?.amount ?? NaN;
    const discount = Math.round(pizzaGross / 10); // 10 % of the pizzas (the cola was void by then)
    const all = unwrap(await till.query({ type: 'GetAdjustmentsReport' }));
    const ben = { voids: 1, voidAmount: cola.price, discounts: 1, discountAmount: discount, refunds: 1, refundAmount: refunded };
    expect(all.byStaff).toEqual([{ key: DEMO_SERVER.staffId, label: 'Ben', ...ben }]);
    expect(all.byApprover).toEqual([{ key: DEMO_MANAGER.staffId, label: 'Ana', ...ben }]);
    expect(all.totals).toEqual(ben);
    expect(refunded).toBeGreaterThan(0);

    const day2 = unwrap(await till.query({ type: 'GetAdjustmentsReport', from: '2026-03-03', to: '2026-03-03' }));
    expect(day2.totals).toEqual({ voids: 0, voidAmount: 0, discounts: 0, discountAmount: 0, refunds: 1, refundAmount: refunded });
    expectError(await till.query({ type: 'GetAdjustmentsReport', from: '2026-03-03', to: '2026-03-02' }), 'Validation');
    expectError(await till.query({ type: 'GetServiceTimesReport', from: '2026-02-30' }), 'Validation');

    const times = unwrap(await till.query({ type: 'GetServiceTimesReport', from: '2026-03-02', to: '2026-03-02' }));
    const once = (ms: number) => ({ count: 1, averageMs: ms, medianMs: ms, p90Ms: ms });
    expect(times.byHour).toEqual([
      { hour: 10, orders: 1, toKitchen: once(4 * MIN), kitchenToPaid: once(26 * MIN), paidToClosed: once(MIN), openToClosed: once(31 * MIN) },
      { hour: 11, orders: 1, toKitchen: null, kitchenToPaid: null, paidToClosed: once(0), openToClosed: once(10 * MIN) },
    ]);
    expect(times.overall).toMatchObject({ orders: 2, openToClosed: { count: 2, averageMs: 20.5 * MIN, medianMs: 10 * MIN, p90Ms: 31 * MIN } });
    expect(unwrap(await till.query({ type: 'GetServiceTimesReport', from: '2026-03-03' })).byHour).toEqual([]);
    await till.close();

    // Rebuilt from the log, the report tables are row for row the live ones.
    const { db, log } = await openStore({ dataDir, terminal: 'T1', readOnly: true });
    const mine = (t: string): boolean => t.startsWith('report_');
    const live = dumpTables(db, mine);
    expect(live.report_adjustments).toHaveLength(4);
    new Projector(db).rebuild(log);
    expect(dumpTables(db, mine)).toEqual(live);
    db.close();
  });
});

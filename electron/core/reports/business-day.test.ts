import { describe, expect, it } from 'vitest';
import type { Command, CommandBody } from '../../../shared/contract/commands';
import { manualClock } from '../../../shared/kernel/clock';
import { openTill, type Till } from '../open-till';
import { Projector } from '../projections/projector';
import { openStore } from '../store/open-store';
import { setMeta } from '../store/schema';
import { dumpTables } from '../test-support/dump-tables';
import { DEMO_MANAGER, expectError, newId, openSignedInTill, sellOrder, signInAsManager, signInAsServer, tempDir, unwrap } from '../test-support/fixtures';

/**
 * The restaurant's clock on a real till: a New York restaurant whose business
 * day ends at 04:00. What is sold at 01:30 on the 2nd (local) is the 1st's,
 * in every report and in the history filter alike; a later change of zone
 * dates later sales only.
 */
const send = async (till: Till, c: CommandBody) => unwrap(await till.command({ ...c, commandId: newId() } as Command));
const MIN = 60_000;
const details = { name: 'Late Night Slice', address: '', phone: '', taxId: '', locale: 'en-US', footer: '' };

async function nightInNewYork() {
  const dataDir = await tempDir();
  const clock = manualClock(Date.parse('2026-11-01T14:00:00Z'));
  const till = await openTill({ dataDir, clock });
  await signInAsManager(till);
  await send(till, { type: 'SetRestaurantDetails', ...details, timeZone: 'America/New_York', dayCutoffMinutes: 240 });
  await send(till, { type: 'OpenShift', shiftId: newId(), float: 0 });
  const menu = unwrap(await till.query({ type: 'GetMenu' }));
  const item = (name: string) => menu.items.find((i) => i.name === name) as { itemId: string; price: number };
  await signInAsServer(till);

  /** An order opened at `at`, sent 5 minutes later, its cola voided at 10, paid at 30 and closed at 31. */
  const sell = async (at: string) => {
    const t0 = Date.parse(at);
    clock.set(t0);
    const orderId = newId();
    const cola = newId();
    await send(till, { type: 'OpenOrder', orderId });
    await send(till, { type: 'AddItem', orderId, lineId: newId(), itemId: item('Margherita').itemId, qty: 1 });
    await send(till, { type: 'AddItem', orderId, lineId: cola, itemId: item('Cola').itemId, qty: 1 });
    clock.set(t0 + 5 * MIN);
    await send(till, { type: 'SendOrder', orderId, sendId: newId() });
    clock.set(t0 + 10 * MIN);
    await send(till, { type: 'VoidItem', orderId, lineId: cola, reason: 'spilt', approval: { pin: DEMO_MANAGER.pin } });
    clock.set(t0 + 30 * MIN);
    const due = unwrap(await till.query({ type: 'GetOrder', orderId })).due;
    await send(till, { type: 'TakePayment', orderId, paymentId: newId(), tender: 'cash', amount: due });
    clock.set(t0 + 31 * MIN);
    await send(till, { type: 'CloseOrder', orderId });
    return { orderId, amount: due };
  };
  return { dataDir, clock, till, sell, pizza: item('Margherita') };
}

describe('reports and history by the restaurant clock', () => {
  it('date 01:30 on the 2nd (New York, day ends 04:00) on the 1st at hour 1; the filter picks the same day; a later zone leaves it so', async () => {
    const { dataDir, clock, till, sell, pizza } = await nightInNewYork();
    // 01:00 EST on 2 November (06:00Z), paid 01:30: the 1st's business day. 10:00 the same morning: the 2nd's.
    const late = await sell('2026-11-02T06:00:00Z');
    const morning = await sell('2026-11-02T15:00:00Z');
    await signInAsManager(till);

    const byDay = unwrap(await till.query({ type: 'GetSalesReport', by: 'day' }));
    expect(byDay.rows.map((r) => [r.key, r.orders, r.amount])).toEqual([
      ['2026-11-01', 1, pizza.price],
      ['2026-11-02', 1, pizza.price],
    ]);
    const hoursOfThe1st = unwrap(await till.query({ type: 'GetSalesReport', by: 'hour', from: '2026-11-01', to: '2026-11-01' }));
    expect(hoursOfThe1st.rows.map((r) => [r.key, r.label])).toEqual([['01', '01:00']]);
    expect(unwrap(await till.query({ type: 'GetSalesReport', by: 'hour' })).rows.map((r) => r.key)).toEqual(['01', '10']);
    expect(unwrap(await till.query({ type: 'GetSalesReport', by: 'month' })).rows.map((r) => r.key)).toEqual(['2026-11']);

    const adjustments = (day: string) => till.query({ type: 'GetAdjustmentsReport', from: day, to: day }).then(unwrap);
    expect((await adjustments('2026-11-01')).totals.voids).toBe(1);
    expect((await adjustments('2026-11-02')).totals.voids).toBe(1);
    const service = unwrap(await till.query({ type: 'GetServiceTimesReport', from: '2026-11-01', to: '2026-11-01' }));
    expect(service.byHour.map((h) => [h.hour, h.orders, h.toKitchen?.averageMs])).toEqual([[1, 1, 5 * MIN]]);

    // The history filter: a day written without a zone is the same business day.
    const closes = async (filter: string, extra: { utcOffsetMinutes?: number } = {}) =>
      unwrap(await till.query({ type: 'FilterEvents', filter: `type = OrderClosed and ${filter}`, ...extra })).events.map((e) => e.stream);
    expect(await closes('at = 2026-11-01')).toEqual([`order-${late.orderId}`]);
    expect(await closes('at = 2026-11-02')).toEqual([`order-${morning.orderId}`]);
    // A time is the local wall clock: the late order closed at 01:31 on the 2nd, New York time (06:31Z).
    expect(await closes('at >= 2026-11-02T01:00 and at < 2026-11-02T02:00')).toEqual([`order-${late.orderId}`]);
    // An explicit offset still overrides: calendar days in UTC.
    expect(await closes('at = 2026-11-02', { utcOffsetMinutes: 0 })).toEqual([`order-${late.orderId}`, `order-${morning.orderId}`]);
    // At 02:00 on the 2nd, "today" is still the 1st's business day.
    clock.set(Date.parse('2026-11-02T07:00:00Z'));
    expect(await closes('at = today')).toEqual([`order-${late.orderId}`]);
    clock.set(Date.parse('2026-11-02T20:00:00Z'));
    expect(await closes('at = yesterday')).toEqual([`order-${late.orderId}`]);

    // The restaurant moves to Tokyo time, midnight: earlier days keep their figures; new sales take the new clock.
    const before = {
      day: unwrap(await till.query({ type: 'GetSalesReport', by: 'day' })),
      hour: unwrap(await till.query({ type: 'GetSalesReport', by: 'hour' })),
      adjustments: unwrap(await till.query({ type: 'GetAdjustmentsReport' })),
      service: unwrap(await till.query({ type: 'GetServiceTimesReport' })),
    };
    expectError(await till.command({ type: 'SetRestaurantDetails', commandId: newId(), ...details, timeZone: 'Asia/Atlantis' }), 'Validation');
    expectError(await till.command({ type: 'SetRestaurantDetails', commandId: newId(), ...details, dayCutoffMinutes: 721 }), 'Validation');
    await send(till, { type: 'SetRestaurantDetails', ...details, timeZone: 'Asia/Tokyo', dayCutoffMinutes: 0 });
    expect(unwrap(await till.query({ type: 'GetRestaurant' }))).toMatchObject({ timeZone: 'Asia/Tokyo', dayCutoffMinutes: 0 });
    expect(unwrap(await till.query({ type: 'GetSalesReport', by: 'day' }))).toEqual(before.day);
    expect(unwrap(await till.query({ type: 'GetSalesReport', by: 'hour' }))).toEqual(before.hour);
    expect(unwrap(await till.query({ type: 'GetAdjustmentsReport' }))).toEqual(before.adjustments);
    expect(unwrap(await till.query({ type: 'GetServiceTimesReport' }))).toEqual(before.service);
    await signInAsServer(till);
    await sell('2026-11-03T16:00:00Z'); // 01:00 on the 4th in Tokyo
    await signInAsManager(till);
    const after = unwrap(await till.query({ type: 'GetSalesReport', by: 'day' }));
    expect(after.rows.map((r) => r.key)).toEqual(['2026-11-01', '2026-11-02', '2026-11-04']);
    expect(after.rows.slice(0, 2)).toEqual(before.day.rows);
    const hoursOfThe4th = unwrap(await till.query({ type: 'GetSalesReport', by: 'hour', from: '2026-11-04' }));
    expect(hoursOfThe4th.rows.map((r) => r.key)).toEqual(['01']);
    await till.close();

    // Rebuilt from the log, every report row is dated as it was live: each by the clock of its own time.
    const { db, log } = await openStore({ dataDir, terminal: 'T1', readOnly: true });
    const reports = (t: string): boolean => t.startsWith('sales_') || t.startsWith('report_') || t === 'restaurant_info';
    const live = dumpTables(db, reports);
    expect(live.sales_lines?.length).toBe(3);
    new Projector(db).rebuild(log);
    expect(dumpTables(db, reports)).toEqual(live);
    db.close();
  });

  it('rebuild a folder from before zones once, to the same UTC figures', async () => {
    const dataDir = await tempDir();
    const till = await openSignedInTill({ dataDir, clock: manualClock(Date.parse('2026-11-01T23:30:00Z')) });
    await sellOrder(till);
    await sellOrder(till);
    await till.close();
    const { db, log } = await openStore({ dataDir, terminal: 'T1', readOnly: true });
    const reports = (t: string): boolean => t.startsWith('sales_') || t.startsWith('report_');
    const now = dumpTables(db, reports);
    expect(now.sales_lines?.every((row) => row.includes('2026-11-01') && row.includes(23))).toBe(true);
    // As the previous version left it: the restaurant table without its clock columns, the report read models at their old versions.
    db.exec('DROP TABLE restaurant_info; CREATE TABLE restaurant_info (id INTEGER PRIMARY KEY CHECK (id = 1), details TEXT NOT NULL);');
    for (const [name, version] of [['restaurant', 1], ['sales', 2], ['report_adjustments', 1], ['report_service_times', 1]] as const) {
      setMeta(db, `projection_version:${name}`, String(version));
    }
    const projector = new Projector(db);
    expect(projector.checkpoint('sales')).toBe(0);
    expect(projector.catchUp(log)).toBeGreaterThan(0);
    expect(dumpTables(db, reports)).toEqual(now);
    expect(new Projector(db).catchUp(log)).toBe(0); // once
    db.close();
  });
});

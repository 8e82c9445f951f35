import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderState } from '../../shared/domain/order';
import { manualClock } from '../../shared/kernel/clock';
import type { Recorded } from '../../shared/kernel/recorded';
import { parseCsv } from '../core/import/csv';
import { newId, openSignedInTill, sellOrder, signInAsManager, signInAsServer, tempDir, unwrap } from '../core/test-support/fixtures';

const DOCKET = fileURLToPath(new URL('../../bin/docket.mjs', import.meta.url));

/** Runs the real `docket` command in a child process. */
function docket(...args: string[]) {
  const r = spawnSync(process.execPath, [DOCKET, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A closed folder: two sales, and one order with a line voided (reason with a comma and quotes) by Ana. */
let dataDir: string;
let voidedOrder: string;
// Made here, not with tempDir(): that one is removed after each test, and every test reads this folder.
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'docket-history-cli-'));
  const till = await openSignedInTill({ dataDir });
  await sellOrder(till);
  await sellOrder(till);
  const menu = unwrap(await till.query({ type: 'GetMenu' }));
  const item = menu.items.find((i) => i.modifierGroupIds.length === 0);
  voidedOrder = newId();
  const lineId = newId();
  unwrap(await till.command({ type: 'OpenOrder', commandId: newId(), orderId: voidedOrder }));
  unwrap(await till.command({ type: 'AddItem', commandId: newId(), orderId: voidedOrder, lineId, itemId: item?.itemId ?? '', qty: 1 }));
  unwrap(await till.command({ type: 'SendOrder', commandId: newId(), orderId: voidedOrder, sendId: newId() }));
  await signInAsManager(till);
  unwrap(await till.command({ type: 'VoidItem', commandId: newId(), orderId: voidedOrder, lineId, reason: 'burnt, "badly"' }));
  await till.close();
}, 60_000);
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const lines = (out: string): Recorded[] => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Recorded);

describe('docket events --filter', () => {
  it('prints only the events the filter picks, as JSON lines', () => {
    const r = docket('events', '--data', dataDir, '--filter', 'type = ItemVoided and staff = "Ana" and data.reason ~ "BURNT"');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const events = lines(r.out);
    expect(events.map((e) => [e.type, e.stream])).toEqual([['ItemVoided', `order-${voidedOrder}`]]);

    const paid = lines(docket('events', '--data', dataDir, '--filter', 'type = PaymentTaken or type = OrderClosed', '--limit', '3').out);
    expect(paid.map((e) => e.type)).toEqual(['PaymentTaken', 'OrderClosed', 'PaymentTaken']);
    const inStream = lines(docket('events', '--data', dataDir, '--stream', `order-${voidedOrder}`, '--filter', 'version >= 3').out);
    expect(inStream.map((e) => e.type)).toEqual(['LinesSent', 'ItemVoided']);
  });

  it('writes CSV with a header row and RFC 4180 quoting that reads back to the same data', () => {
    const r = docket('events', '--data', dataDir, '--filter', 'stream = "order-' + voidedOrder + '"', '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.out.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(r.out, 'out.csv');
    expect(header?.fields).toEqual(['position', 'at', 'type', 'stream', 'version', 'terminal', 'seq', 'staff', 'staff_name', 'approved_by', 'approver_name', 'command', 'id', 'data', 'hash']);
    expect(rows.map((row) => row.fields[2])).toEqual(['OrderOpened', 'ItemAdded', 'LinesSent', 'ItemVoided']);
    const voided = rows[3]?.fields ?? [];
    expect(voided[8]).toBe('Ana');
    expect(JSON.parse(voided[13] ?? '')).toMatchObject({ reason: 'burnt, "badly"' });
    expect(r.out).toContain('"{""lineId"":');
    // The same events as the JSON lines, field for field.
    const json = lines(docket('events', '--data', dataDir, '--stream', `order-${voidedOrder}`).out);
    expect(rows.map((row) => [Number(row.fields[0]), row.fields[12], row.fields[14]])).toEqual(json.map((e) => [e.position, e.id, e.hash]));
  });

  it('shows a wrong filter with a caret under the column and exits 2', () => {
    const r = docket('events', '--data', dataDir, '--filter', 'type = ItemVoided and staff =');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      "docket events: expected a value after '=', found the end at column 30\n  type = ItemVoided and staff =\n                               ^\n",
    );
    const unknown = docket('events', '--data', dataDir, '--filter', 'staff = "Zoë" or tpye = X');
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')[2]).toBe(`  ${' '.repeat(17)}^^^^`);
  });

  it('treats SQL in a filter as a plain value', () => {
    for (const filter of [`type = "x' or 1=1 --"`, `data.reason = "'); DROP TABLE events; --"`]) {
      const r = docket('events', '--data', dataDir, '--filter', filter);
      expect(r).toMatchObject({ code: 0, out: '', err: '' });
    }
    expect(docket('events', '--data', dataDir, '--filter', 'type = A; DROP TABLE events').code).toBe(2);
    expect(lines(docket('events', '--data', dataDir, '--filter', 'type = OrderOpened').out)).toHaveLength(3);
  });
});

describe('docket state', () => {
  it("prints a stream's state now, at a position, and at a time", () => {
    const stream = `order-${voidedOrder}`;
    const now = JSON.parse(docket('state', '--data', dataDir, '--stream', stream).out) as { kind: string; version: number; state: OrderState; event: Recorded };
    expect(now).toMatchObject({ kind: 'order', version: 4, event: { type: 'ItemVoided' } });
    expect(now.state.lines[0]?.status).toBe('voided');

    const sent = lines(docket('events', '--data', dataDir, '--stream', stream).out)[2] as Recorded;
    const r = docket('state', '--data', dataDir, '--stream', stream, '--at', String(sent.position));
    expect(r.code).toBe(0);
    const before = JSON.parse(r.out) as { version: number; state: OrderState; diff: { changes: { path: string }[] } };
    expect(before.version).toBe(3);
    expect(before.state.lines[0]?.status).toBe('sent');
    expect(before.diff.changes.map((c) => c.path)).toEqual([`lines[lineId=${before.state.lines[0]?.lineId}].status`, `lines[lineId=${before.state.lines[0]?.lineId}].sendId`]);

    const past = JSON.parse(docket('state', '--data', dataDir, '--stream', stream, '--at', '2020-01-01').out) as { version: number };
    expect(past.version).toBe(0);
    const future = JSON.parse(docket('state', '--data', dataDir, '--stream', stream, '--at', '2999-12-31T23:59Z').out) as { version: number };
    expect(future.version).toBe(4);
  });

  it('prints the whole till at a moment without --stream', () => {
    const now = JSON.parse(docket('state', '--data', dataDir).out) as { openOrders: { orderId: string }[]; shifts: { ordersClosed: number }[] };
    expect(now.openOrders.map((o) => o.orderId)).toEqual([voidedOrder]);
    expect(now.shifts[0]?.ordersClosed).toBe(2);
    const start = JSON.parse(docket('state', '--data', dataDir, '--at', '1').out) as { atPosition: number; openOrders: unknown[] };
    expect(start).toMatchObject({ atPosition: 1, openOrders: [], shifts: [] });
  });

  it("reads --at without a zone in the restaurant's zone and business day; Z, an offset and --utc-offset as written", async () => {
    const folder = await tempDir();
    const clock = manualClock(Date.parse('2026-11-01T14:00:00Z'));
    const till = await openSignedInTill({ dataDir: folder, clock });
    await signInAsManager(till);
    const details = { name: 'Late Night Slice', address: '', phone: '', taxId: '', locale: 'en-US', footer: '' };
    unwrap(await till.command({ type: 'SetRestaurantDetails', commandId: newId(), ...details, timeZone: 'America/New_York', dayCutoffMinutes: 240 }));
    await signInAsServer(till);
    clock.set(Date.parse('2026-11-02T01:00:00Z')); // 20:00 on the 1st in New York (UTC-5 since the clocks went back that morning)
    const orderId = newId();
    unwrap(await till.command({ type: 'OpenOrder', commandId: newId(), orderId }));
    clock.set(Date.parse('2026-11-02T06:30:00Z')); // 01:30 on the 2nd in New York: still the 1st's business day
    unwrap(await till.command({ type: 'OpenOrder', commandId: newId(), orderId: newId() }));
    await till.close();

    const version = (at: string, ...extra: string[]): number => {
      const r = docket('state', '--data', folder, '--stream', `order-${orderId}`, '--at', at, ...extra);
      expect(r.err).toBe('');
      return (JSON.parse(r.out) as { version: number }).version;
    };
    const opened = (at: string, ...extra: string[]): number => {
      const r = docket('state', '--data', folder, '--at', at, ...extra);
      expect(r.err).toBe('');
      return (JSON.parse(r.out) as { openOrders: unknown[] }).openOrders.length;
    };
    // New York's wall clock: the order was opened at 20:00 there (01:00 UTC on the 2nd).
    expect(version('2026-11-01T19:59')).toBe(0);
    expect(version('2026-11-01T20:00')).toBe(1);
    // An explicit zone is kept as written.
    expect(version('2026-11-01T20:00Z')).toBe(0);
    expect(version('2026-11-02T00:59Z')).toBe(0);
    expect(version('2026-11-01T20:00-05:00')).toBe(1);
    // --utc-offset overrides the restaurant's zone for times without one (a negative one written --utc-offset=-240).
    expect(version('2026-11-01T20:00', '--utc-offset', '0')).toBe(0);
    expect(version('2026-11-01T21:00', '--utc-offset=-240')).toBe(1);
    // A day is the business day: the 1st runs to 04:00 on the 2nd, so it holds both orders (the second at 01:30).
    expect(opened('2026-11-01')).toBe(2);
    expect(opened('2026-11-01', '--utc-offset=-300')).toBe(1);
    expect(opened('2026-11-01', '--utc-offset', '0')).toBe(0);
  }, 60_000);

  it('refuses a time it cannot read with a caret (exit 2), an unknown stream or a missing folder plainly (exit 1)', () => {
    expect(docket('state', '--data', path.join(dataDir, 'nope'), '--stream', 'menu')).toMatchObject({ code: 1, err: expect.stringMatching(/there is no data folder at/) });
    expect(docket('events', '--data', path.join(dataDir, 'nope'), '--filter', 'type = X')).toMatchObject({ code: 1, err: expect.stringMatching(/there is no data folder at/) });
    const bad = docket('state', '--data', dataDir, '--stream', 'menu', '--at', '2026-02-30');
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('docket state --at: 2026-02-30 is not a real date at column 1\n  2026-02-30\n  ^^^^^^^^^^\n');
    const none = docket('state', '--data', dataDir, '--stream', 'order-none');
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/no events in stream order-none/);
  });
});

import type { Recorded } from '../../../shared/kernel/recorded';
import { EventLog } from '../store/event-log';
import { hashEvent, GENESIS_HASH } from '../store/hash-chain';
import { createStoreSchema } from '../store/schema';
import { loadSqlJs, SqlDb } from '../store/sql-db';
import type { StaffEntry } from './compile-filter';

/**
 * A small, hand-made events table for the filter tests: every field a
 * filter can name, missing values (no staff, no approver, a payload without
 * the field), unicode, and text that looks like SQL. Positions are 1..n in
 * the order of EVENTS below.
 */
export const ANA = '0190a000-0000-7000-8000-0000000000a1';
export const BEN = '0190a000-0000-7000-8000-0000000000b2';
export const ZOE = '0190a000-0000-7000-8000-0000000000c3';
export const DAN = '0190a000-0000-7000-8000-0000000000d4';
export const ROSTER: StaffEntry[] = [
  { staffId: ANA, name: 'Ana' },
  { staffId: BEN, name: 'Ben' },
  { staffId: ZOE, name: 'Zoë 张伟' },
  { staffId: DAN, name: 'Dan' },
];

interface Row {
  stream: string;
  type: string;
  at: string;
  staff?: string;
  approvedBy?: string;
  data: Record<string, unknown>;
}

export const EVENTS: Row[] = [
  /* 1 */ { stream: 'order-a', type: 'OrderOpened', at: '2026-10-31T23:30:00.000Z', staff: BEN, data: { orderId: 'a', table: 'T1' } },
  /* 2 */ {
    stream: 'order-a',
    type: 'ItemAdded',
    at: '2026-11-01T10:00:00.000Z',
    staff: BEN,
    data: { lineId: 'l1', name: 'Margherita', unitPrice: 1200, qty: 2, modifiers: [{ name: 'Extra cheese', priceDelta: 150 }] },
  },
  /* 3 */ { stream: 'order-a', type: 'ItemVoided', at: '2026-11-01T10:05:00.000Z', staff: BEN, approvedBy: ANA, data: { lineId: 'l1', reason: "x' or 1=1 --" } },
  /* 4 */ { stream: 'order-a', type: 'PaymentTaken', at: '2026-11-01T12:00:30.500Z', staff: ANA, data: { amount: 6000, tender: 'cash', tip: 0, shiftId: 's1', reference: null, offline: true } },
  /* 5 */ { stream: 'shift-s1', type: 'DrawerOpened', at: '2026-11-02T09:00:00.000Z', staff: ANA, data: { reason: 'Change for the float; DROP TABLE events' } },
  /* 6 */ { stream: 'terminal-T1', type: 'StaffSignedIn', at: '2026-11-02T09:01:00.000Z', data: { staffId: ZOE } },
  /* 7 */ { stream: 'order-b', type: 'PaymentTaken', at: '2026-11-03T18:45:00.000Z', staff: ZOE, data: { amount: 4000, tender: 'card', tip: 300, offline: false } },
  /* 8 */ { stream: 'order-b', type: 'DiscountApplied', at: '2026-11-03T18:50:00.000Z', staff: BEN, approvedBy: ANA, data: { value: 500, reason: 'Régulier "VIP"' } },
  /* 9 */ { stream: 'order-b', type: 'ItemVoided', at: '2026-11-04T08:00:00.000Z', staff: DAN, approvedBy: ANA, data: { lineId: 'l9', reason: 'burnt' } },
];

/** An event another terminal (T2) recorded, as sync would bring it: its own chain. */
export const FROM_T2: Row = { stream: 'order-c', type: 'OrderOpened', at: '2026-11-04T09:00:00.000Z', staff: BEN, data: { orderId: 'c', table: null } };

export async function historyTestLog(): Promise<{ db: SqlDb; log: EventLog }> {
  const SQL = await loadSqlJs();
  const db = new SqlDb(new SQL.Database());
  createStoreSchema(db);
  const log = new EventLog(db, 'T1');
  let n = 0;
  const id = (): string => `0190b000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
  for (const [i, e] of EVENTS.entries()) {
    log.append(e.stream, 'any', [{ type: e.type, data: e.data }], { at: e.at, command: `cmd-${i + 1}`, ...(e.staff ? { staff: e.staff } : {}), ...(e.approvedBy ? { approvedBy: e.approvedBy } : {}) }, id);
  }
  const base = {
    id: id(),
    stream: FROM_T2.stream,
    version: 1,
    type: FROM_T2.type,
    schema: 1,
    data: FROM_T2.data,
    meta: { terminal: 'T2', seq: 1, staff: BEN, at: FROM_T2.at, command: 'cmd-t2' },
  };
  const r: Recorded = { ...base, position: log.lastPosition + 1, hash: hashEvent(GENESIS_HASH, base) };
  log.insertRecorded(r);
  return { db, log };
}

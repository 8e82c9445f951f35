import { uuidv7From } from '../../../shared/kernel/ids';
import type { EventLog, NewEvent } from '../../core/store/event-log';
import type { SqlDb } from '../../core/store/sql-db';
import { prng } from './bench-kit';

/**
 * A year of till history written straight into the events table, for the
 * history benchmarks. Going through the till's commands (group commit, a
 * journal fsync per group, projections) runs at about 4.4k events/s here, so
 * a million events would take four minutes of the bench's time on building
 * alone; EventLog.append inside one transaction per 10k events writes the
 * same rows (ids, positions, hash chain, meta) at about 30k events/s. The events have the shapes the order and shift
 * deciders write, with voids, discounts, refunds and no-sale drawer openings
 * at plausible rates, spread over days of service from 11:00 to 23:00 UTC.
 */
export const HISTORY_STAFF = ['ana', 'ben', 'cho', 'dev', 'eli', 'fay'].map((name, i) => ({
  name: name[0]?.toUpperCase() + name.slice(1),
  staffId: `0190a000-0000-7000-8000-00000000000${i + 1}`,
}));
const MANAGER = HISTORY_STAFF[0]?.staffId ?? '';
const ITEMS = ['Margherita', 'Pepperoni', 'Hawaiian', 'Veggie', 'Calzone', 'Lemonade', 'Tiramisu', 'Garlic bread'];

export interface HistoryLogStats {
  events: number;
  orders: number;
  days: number;
  firstDay: string;
  lastDay: string;
  /** A stream to time the timeline on: an order with a void, a discount and a payment. */
  sampleStream: string;
  ms: number;
}


interface Step {
  stream: string;
  event: NewEvent;
  staff: string;
  approvedBy?: string;
}

/** The events of one order, in the order a server would cause them. */
function orderSteps(orderId: string, r: () => number, id: () => string, shiftId: string, receipt: number): Step[] {
  const stream = `order-${orderId}`;
  const staff = HISTORY_STAFF[1 + Math.floor(r() * (HISTORY_STAFF.length - 1))]?.staffId ?? '';
  const steps: Step[] = [{ stream, staff, event: { type: 'OrderOpened', data: { orderId, table: `T${1 + Math.floor(r() * 40)}`, currency: 'USD' } } }];
  const lines: { lineId: string; total: number }[] = [];
  const n = 2 + Math.floor(r() * 3);
  for (let i = 0; i < n; i++) {
    const lineId = id();
    const unitPrice = 500 + Math.floor(r() * 30) * 50;
    const qty = 1 + Math.floor(r() * 3);
    lines.push({ lineId, total: unitPrice * qty });
    const name = ITEMS[Math.floor(r() * ITEMS.length)] ?? '';
    steps.push({ stream, staff, event: { type: 'ItemAdded', data: { lineId, itemId: id(), name, unitPrice, qty, menuVersion: 12, taxRate: 800, station: 'kitchen' } } });
  }
  steps.push({ stream, staff, event: { type: 'LinesSent', data: { sendId: id(), lineIds: lines.map((l) => l.lineId) } } });
  let total = lines.reduce((s, l) => s + l.total, 0);
  if (r() < 0.03) {
    const line = lines.pop();
    if (line) {
      total -= line.total;
      steps.push({ stream, staff, approvedBy: MANAGER, event: { type: 'ItemVoided', data: { lineId: line.lineId, reason: r() < 0.5 ? 'burnt' : 'guest changed mind' } } });
    }
  }
  if (r() < 0.05) {
    const amount = 100 * (1 + Math.floor(r() * 5));
    total = Math.max(0, total - amount);
    steps.push({ stream, staff, approvedBy: MANAGER, event: { type: 'DiscountApplied', data: { discountId: id(), lineId: null, kind: 'amount', value: amount, reason: 'regular' } } });
  }
  const tendered = r() < 0.5 ? Math.ceil(total / 500) * 500 : total;
  const tender = tendered === total ? 'card' : 'cash';
  steps.push({ stream, staff, event: { type: 'PaymentTaken', data: { paymentId: id(), tender, tendered, amount: total, change: tendered - total, tip: 0, shiftId } } });
  steps.push({ stream, staff, event: { type: 'OrderClosed', data: { receiptSeries: 'T1', receiptNumber: receipt, total, paid: total, shiftId } } });
  if (r() < 0.01) {
    steps.push({ stream, staff, approvedBy: MANAGER, event: { type: 'OrderRefunded', data: { refundId: id(), lineIds: [], amount: total, tender, reason: 'complaint', shiftId } } });
  }
  return steps;
}

/**
 * Appends about `target` events to an empty log, one transaction per 10k
 * events (sql.js holds them all in memory; a transaction per event would
 * spend its time on the rollback journal).
 */
export function buildHistoryLog(db: SqlDb, log: EventLog, target: number, seed = 7): HistoryLogStats {
  const t0 = performance.now();
  const r = prng(seed);
  const bytes = new Uint8Array(10);
  const view = new DataView(bytes.buffer);
  let idCount = 0;
  let clock = Date.UTC(2026, 0, 1, 11);
  const id = (): string => {
    idCount += 1;
    view.setUint32(0, seed);
    view.setUint32(4, idCount);
    return uuidv7From(clock, bytes);
  };
  const perDay = 2700;
  const firstDay = new Date(clock).toISOString().slice(0, 10);
  let day = 0;
  let orders = 0;
  let inTx = 0;
  let sampleStream = '';
  let written = 0;
  db.exec('BEGIN');
  const append = (s: Step): void => {
    log.append(s.stream, 'any', [s.event], { staff: s.staff, ...(s.approvedBy ? { approvedBy: s.approvedBy } : {}), at: new Date(clock).toISOString(), command: id() }, id);
    written += 1;
    if (++inTx >= 10_000) {
      db.exec('COMMIT');
      db.exec('BEGIN');
      inTx = 0;
    }
  };
  try {
    // The roster first, so that filters can name staff ("staff = \"Ana\"").
    for (const [i, m] of HISTORY_STAFF.entries()) {
      append({ stream: 'staff', staff: MANAGER, event: { type: 'StaffAdded', data: { ...m, role: i === 0 ? 'manager' : 'server', pinHash: 'not-a-pin' } } });
    }
    while (written < target) {
      const dayStart = Date.UTC(2026, 0, 1 + day, 11);
      const step = (12 * 3600_000) / perDay;
      clock = dayStart;
      const shiftId = id();
      const shift = `shift-${shiftId}`;
      append({ stream: shift, staff: MANAGER, event: { type: 'ShiftOpened', data: { shiftId, float: 20000 } } });
      // Eight orders in progress at once: a stream's events are spread over the day's positions, as on a real till.
      const active: Step[][] = [];
      let budget = Math.min(perDay, target - written) - 2;
      while (budget > 0 || active.length > 0) {
        while (active.length < 8 && budget > 0) {
          const steps = orderSteps(id(), r, id, shiftId, ++orders);
          budget -= steps.length;
          active.push(steps);
          if (!sampleStream && steps.some((s) => s.event.type === 'ItemVoided') && steps.some((s) => s.event.type === 'DiscountApplied')) {
            sampleStream = steps[0]?.stream ?? '';
          }
        }
        const k = Math.floor(r() * active.length);
        const next = active[k]?.shift();
        if (next) append(next);
        if (active[k]?.length === 0) active.splice(k, 1);
        if (r() < 0.004) append({ stream: shift, staff: HISTORY_STAFF[1]?.staffId ?? '', event: { type: 'DrawerOpened', data: { reason: 'change for the float' } } });
        clock += step * (0.5 + r());
      }
      append({ stream: shift, staff: MANAGER, event: { type: 'ShiftClosed', data: { zNumber: day + 1, counted: 20000 } } });
      day += 1;
    }
    db.exec('COMMIT');
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
  return {
    events: written,
    orders,
    days: day,
    firstDay,
    lastDay: new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10),
    sampleStream,
    ms: performance.now() - t0,
  };
}

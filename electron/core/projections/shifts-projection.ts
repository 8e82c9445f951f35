import type { Recorded } from '../../../shared/kernel/recorded';
import type { OrderEvent } from '../../../shared/domain/order';
import type { ShiftEvent } from '../../../shared/domain/shift';
import type { SqlDb } from '../store/sql-db';
import { currentOrderState } from './orders-projection';
import type { Projection } from './projection';

/**
 * Shifts and what happened in them: cash movements, payments, voids with
 * who did them and who approved. Payments carry their shift; a void belongs
 * to the shift open on its terminal when it happened. The Z report is built
 * from these tables and the orders read model (../shifts/z-report.ts).
 */
export const shiftsProjection: Projection = {
  name: 'shifts',
  version: 2,
  dependsOn: ['orders'],
  handles: new Set<string>(['ShiftOpened', 'CashPaidIn', 'CashPaidOut', 'DrawerOpened', 'ShiftClosed', 'PaymentTaken', 'ItemVoided', 'OrderRefunded'] satisfies (
    | ShiftEvent['type']
    | OrderEvent['type']
  )[]),
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS shifts (
        shift_id TEXT PRIMARY KEY, terminal TEXT NOT NULL, status TEXT NOT NULL, opened_at TEXT NOT NULL, opened_by TEXT,
        closed_at TEXT, closed_by TEXT, float INTEGER NOT NULL, paid_in INTEGER NOT NULL DEFAULT 0, paid_out INTEGER NOT NULL DEFAULT 0,
        drawer_openings INTEGER NOT NULL DEFAULT 0, z_number INTEGER, counted INTEGER, report TEXT
      );
      CREATE INDEX IF NOT EXISTS shifts_terminal ON shifts(terminal, status);
      CREATE TABLE IF NOT EXISTS shift_payments (
        shift_id TEXT NOT NULL, order_id TEXT NOT NULL, payment_id TEXT NOT NULL, tender TEXT NOT NULL,
        amount INTEGER NOT NULL, change INTEGER NOT NULL, tip INTEGER NOT NULL, PRIMARY KEY (shift_id, payment_id)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS shift_voids (
        shift_id TEXT NOT NULL, order_id TEXT NOT NULL, line_id TEXT NOT NULL, name TEXT NOT NULL, amount INTEGER NOT NULL,
        reason TEXT NOT NULL, staff TEXT, approved_by TEXT, position INTEGER NOT NULL, PRIMARY KEY (shift_id, order_id, line_id)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS shift_refunds (
        shift_id TEXT NOT NULL, refund_id TEXT NOT NULL, order_id TEXT NOT NULL, tender TEXT NOT NULL, amount INTEGER NOT NULL,
        reason TEXT NOT NULL, staff TEXT, approved_by TEXT, PRIMARY KEY (shift_id, refund_id)
      ) WITHOUT ROWID;`);
  },
  drop(db) {
    db.exec('DROP TABLE IF EXISTS shifts; DROP TABLE IF EXISTS shift_payments; DROP TABLE IF EXISTS shift_voids; DROP TABLE IF EXISTS shift_refunds;');
  },
  apply(db: SqlDb, r: Recorded) {
    const e = r as unknown as ShiftEvent | OrderEvent;
    const shiftId = r.stream.slice('shift-'.length);
    switch (e.type) {
      case 'ShiftOpened':
        db.run('INSERT INTO shifts(shift_id, terminal, status, opened_at, opened_by, float) VALUES (?, ?, ?, ?, ?, ?)', [
          shiftId,
          r.meta.terminal,
          'open',
          r.meta.at,
          r.meta.staff ?? null,
          e.data.float,
        ]);
        return;
      case 'CashPaidIn':
        db.run('UPDATE shifts SET paid_in = paid_in + ? WHERE shift_id = ?', [e.data.amount, shiftId]);
        return;
      case 'CashPaidOut':
        db.run('UPDATE shifts SET paid_out = paid_out + ? WHERE shift_id = ?', [e.data.amount, shiftId]);
        return;
      case 'DrawerOpened':
        db.run('UPDATE shifts SET drawer_openings = drawer_openings + 1 WHERE shift_id = ?', [shiftId]);
        return;
      case 'ShiftClosed':
        db.run("UPDATE shifts SET status = 'closed', closed_at = ?, closed_by = ?, z_number = ?, counted = ?, report = ? WHERE shift_id = ?", [
          r.meta.at,
          r.meta.staff ?? null,
          e.data.zNumber,
          e.data.counted,
          JSON.stringify(e.data.report),
          shiftId,
        ]);
        return;
      case 'PaymentTaken':
        if (!e.data.shiftId) return;
        db.run('INSERT OR IGNORE INTO shift_payments(shift_id, order_id, payment_id, tender, amount, change, tip) VALUES (?, ?, ?, ?, ?, ?, ?)', [
          e.data.shiftId,
          r.stream.slice('order-'.length),
          e.data.paymentId,
          e.data.tender,
          e.data.amount,
          e.data.change,
          e.data.tip ?? 0,
        ]);
        return;
      case 'OrderRefunded':
        db.run(
          'INSERT OR IGNORE INTO shift_refunds(shift_id, refund_id, order_id, tender, amount, reason, staff, approved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [e.data.shiftId, e.data.refundId, r.stream.slice('order-'.length), e.data.tender, e.data.amount, e.data.reason, r.meta.staff ?? null, r.meta.approvedBy ?? null],
        );
        return;
      case 'ItemVoided': {
        const open = db.get<{ shift_id: string }>("SELECT shift_id FROM shifts WHERE terminal = ? AND status = 'open'", [r.meta.terminal]);
        const orderId = r.stream.slice('order-'.length);
        const line = currentOrderState(db, orderId)?.lines.find((l) => l.lineId === e.data.lineId);
        if (!open || !line) return;
        const amount = (line.unitPrice + line.modifiers.reduce((s, m) => s + m.priceDelta, 0)) * line.qty;
        db.run(
          'INSERT OR IGNORE INTO shift_voids(shift_id, order_id, line_id, name, amount, reason, staff, approved_by, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [open.shift_id, orderId, line.lineId, line.name, amount, e.data.reason, r.meta.staff ?? null, r.meta.approvedBy ?? null, r.position],
        );
        return;
      }
      default:
        return;
    }
  },
};

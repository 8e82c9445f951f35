import { orderTotals, type OrderEvent } from '../../../shared/domain/order';
import type { Recorded } from '../../../shared/kernel/recorded';
import type { SqlDb } from '../store/sql-db';
import { currentOrderState } from './orders-projection';
import type { Projection } from './projection';
import { businessTimeOf } from './restaurant-projection';

/**
 * Voids, discounts and refunds as the adjustments report reads them: one row
 * each, with who did it, who approved it, when, and the money it took off:
 *
 * - a void: the line's price with its modifiers, times its quantity (what the
 *   Z report lists for it);
 * - a discount: what it took off the order when it was applied (the order's
 *   discount with it, minus without it; a percentage later worth more or less
 *   as lines come and go keeps this first figure). A removed discount is kept
 *   and marked: it gave nothing away;
 * - a refund: the money given back.
 *
 * Amounts come from the order as the orders read model has folded it up to
 * this event (it runs first: dependsOn), and the domain's own `orderTotals`.
 * Day and hour are the business day and local hour of the event's time, by
 * the restaurant's clock as it was then, as the sales ledger dates its rows.
 *
 * Version 2: dated in the restaurant's zone and business day (was UTC).
 */
const COLUMNS = 'kind, ref_id, order_id, position, at, day, hour, staff, approved_by, amount, reason';

export const adjustmentsProjection: Projection = {
  name: 'report_adjustments',
  version: 2,
  dependsOn: ['orders', 'restaurant'],
  handles: new Set(['ItemVoided', 'DiscountApplied', 'DiscountRemoved', 'OrderRefunded']),
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS report_adjustments (
        kind TEXT NOT NULL, ref_id TEXT NOT NULL, order_id TEXT NOT NULL, position INTEGER NOT NULL,
        at TEXT NOT NULL, day TEXT NOT NULL, hour INTEGER NOT NULL, staff TEXT, approved_by TEXT,
        amount INTEGER NOT NULL, reason TEXT NOT NULL, removed INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (kind, ref_id)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS report_adjustments_day ON report_adjustments(day);`);
  },
  drop(db) {
    db.exec('DROP TABLE IF EXISTS report_adjustments;');
  },
  apply(db: SqlDb, r: Recorded) {
    const e = r as unknown as OrderEvent;
    const orderId = r.stream.slice('order-'.length);
    switch (e.type) {
      case 'ItemVoided': {
        const line = currentOrderState(db, orderId)?.lines.find((l) => l.lineId === e.data.lineId);
        if (!line) return;
        const amount = (line.unitPrice + line.modifiers.reduce((s, m) => s + m.priceDelta, 0)) * line.qty;
        insert(db, r, 'void', e.data.lineId, amount, e.data.reason);
        return;
      }
      case 'DiscountApplied': {
        const state = currentOrderState(db, orderId);
        if (!state) return;
        const without = { ...state, discounts: state.discounts.filter((d) => d.discountId !== e.data.discountId) };
        insert(db, r, 'discount', e.data.discountId, orderTotals(state).discount - orderTotals(without).discount, e.data.reason);
        return;
      }
      case 'DiscountRemoved':
        db.run("UPDATE report_adjustments SET removed = 1 WHERE kind = 'discount' AND ref_id = ?", [e.data.discountId]);
        return;
      case 'OrderRefunded':
        insert(db, r, 'refund', e.data.refundId, e.data.amount, e.data.reason);
        return;
      default:
        return;
    }
  },
};

function insert(db: SqlDb, r: Recorded, kind: 'void' | 'discount' | 'refund', ref: string, amount: number, reason: string): void {
  const { day, hour } = businessTimeOf(db, r.meta.at);
  db.run(`INSERT OR REPLACE INTO report_adjustments(${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
    kind, ref, r.stream.slice('order-'.length), r.position, r.meta.at, day, hour,
    r.meta.staff ?? null, r.meta.approvedBy ?? null, amount, reason,
  ]);
}

import type { Recorded } from '../../../shared/kernel/recorded';
import type { OrderEvent } from '../../../shared/domain/order/order-events';
import { assertNever } from '../../../shared/domain/decider';
import type { SqlDb } from '../store/sql-db';
import type { Projection } from './projection';

/** Orders with their running totals, and their lines (removed lines are kept, flagged). */
export const ordersProjection: Projection = {
  name: 'orders',
  version: 1,
  handles: new Set<OrderEvent['type']>(['OrderOpened', 'ItemAdded', 'ItemRemoved', 'PaymentTaken', 'OrderClosed']),
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS orders (
        order_id TEXT PRIMARY KEY, status TEXT NOT NULL, table_name TEXT, currency TEXT NOT NULL, terminal TEXT NOT NULL,
        opened_at TEXT NOT NULL, closed_at TEXT, total INTEGER NOT NULL DEFAULT 0, paid INTEGER NOT NULL DEFAULT 0,
        change INTEGER NOT NULL DEFAULT 0, line_count INTEGER NOT NULL DEFAULT 0,
        receipt_series TEXT, receipt_number INTEGER, version INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS orders_status ON orders(status, opened_at);
      CREATE INDEX IF NOT EXISTS orders_closed ON orders(status, closed_at);
      CREATE UNIQUE INDEX IF NOT EXISTS orders_receipt ON orders(receipt_series, receipt_number) WHERE receipt_number IS NOT NULL;
      CREATE TABLE IF NOT EXISTS order_lines (
        order_id TEXT NOT NULL, line_id TEXT NOT NULL, item_id TEXT NOT NULL, name TEXT NOT NULL,
        unit_price INTEGER NOT NULL, qty INTEGER NOT NULL, menu_version INTEGER NOT NULL, position INTEGER NOT NULL,
        removed INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (order_id, line_id)
      ) WITHOUT ROWID;`);
  },
  drop(db) {
    db.exec('DROP TABLE IF EXISTS orders; DROP TABLE IF EXISTS order_lines;');
  },
  apply(db: SqlDb, r: Recorded) {
    const e = r as unknown as OrderEvent;
    const orderId = r.stream.slice('order-'.length);
    switch (e.type) {
      case 'OrderOpened':
        db.run(
          'INSERT INTO orders(order_id, status, table_name, currency, terminal, opened_at, version) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [orderId, 'open', e.data.table, e.data.currency, r.meta.terminal, r.meta.at, r.version],
        );
        return;
      case 'ItemAdded': {
        const d = e.data;
        db.run(
          'INSERT INTO order_lines(order_id, line_id, item_id, name, unit_price, qty, menu_version, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [orderId, d.lineId, d.itemId, d.name, d.unitPrice, d.qty, d.menuVersion, r.position],
        );
        db.run('UPDATE orders SET total = total + ?, line_count = line_count + 1, version = ? WHERE order_id = ?', [
          d.unitPrice * d.qty,
          r.version,
          orderId,
        ]);
        return;
      }
      case 'ItemRemoved': {
        const line = db.get<{ amount: number }>(
          'SELECT unit_price * qty AS amount FROM order_lines WHERE order_id = ? AND line_id = ? AND removed = 0',
          [orderId, e.data.lineId],
        );
        db.run('UPDATE order_lines SET removed = 1 WHERE order_id = ? AND line_id = ?', [orderId, e.data.lineId]);
        db.run('UPDATE orders SET total = total - ?, line_count = line_count - 1, version = ? WHERE order_id = ?', [
          line?.amount ?? 0,
          r.version,
          orderId,
        ]);
        return;
      }
      case 'PaymentTaken':
        db.run('UPDATE orders SET paid = paid + ?, change = change + ?, version = ? WHERE order_id = ?', [
          e.data.amount,
          e.data.change,
          r.version,
          orderId,
        ]);
        return;
      case 'OrderClosed':
        db.run(
          "UPDATE orders SET status = 'closed', closed_at = ?, receipt_series = ?, receipt_number = ?, version = ? WHERE order_id = ?",
          [r.meta.at, e.data.receiptSeries, e.data.receiptNumber, r.version, orderId],
        );
        return;
      default:
        assertNever(e);
    }
  },
};

import { evolveOrder, initialOrderState, orderTotals, type OrderEvent, type OrderState } from '../../../shared/domain/order';
import type { Recorded } from '../../../shared/kernel/recorded';
import { rowToRecorded } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import type { Projection } from './projection';

/**
 * Sales as the reports read them: one row per line sold and one per payment,
 * written when the order closes (an open order has sold nothing yet).
 *
 * At OrderClosed the order's own stream is folded up to the closing event,
 * straight from the events table, and its money computed by the domain's
 * `orderTotals`: net after discounts and tax per line are the decider's and
 * the Z report's, never a second copy of the rules. Reading the log rather
 * than another read model keeps a rebuild equal to the live rows whatever
 * order projections run in (the events up to this one are always there).
 * Category names come from this projection's own map, fed by CategoryAdded;
 * a line records its category when sold, and older lines without one are
 * looked up in the item → category map fed by MenuItemAdded.
 *
 * - business day, month, hour: of closed_at (the event's ISO time, UTC: the
 *   till has no time zone or day cut-off setting yet).
 * - amount: the line's net (after discounts; tax inclusive when prices are), minor units; tax: its tax.
 * - staff: the server whose order it is (meta.staff of its OrderOpened), null when nobody was signed in.
 * - tender: payments are per order, not per line, so they have their own rows:
 *   a bill split over cash and card stays right.
 */
const TABLES = ['sales_categories', 'sales_items', 'sales_lines', 'sales_payments'];

const STREAM_UP_TO = 'SELECT position, id, stream, version, type, schema, data, meta, hash FROM events WHERE stream = ? AND version <= ? ORDER BY version';

export const salesProjection: Projection = {
  name: 'sales',
  version: 1,
  handles: new Set(['CategoryAdded', 'MenuItemAdded', 'OrderClosed']),
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS sales_categories (category_id TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS sales_items (item_id TEXT PRIMARY KEY, category_id TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS sales_lines (
        order_id TEXT NOT NULL, line_id TEXT NOT NULL, closed_at TEXT NOT NULL, day TEXT NOT NULL, month TEXT NOT NULL,
        hour INTEGER NOT NULL, currency TEXT NOT NULL, category_id TEXT NOT NULL, category_name TEXT NOT NULL,
        item_id TEXT NOT NULL, item_name TEXT NOT NULL, qty INTEGER NOT NULL, amount INTEGER NOT NULL,
        discount INTEGER NOT NULL, tax INTEGER NOT NULL, tax_rate INTEGER NOT NULL, staff TEXT,
        PRIMARY KEY (order_id, line_id)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS sales_lines_day ON sales_lines(day);
      CREATE TABLE IF NOT EXISTS sales_payments (
        order_id TEXT NOT NULL, payment_id TEXT NOT NULL, closed_at TEXT NOT NULL, day TEXT NOT NULL, month TEXT NOT NULL,
        hour INTEGER NOT NULL, currency TEXT NOT NULL, tender TEXT NOT NULL, amount INTEGER NOT NULL, tip INTEGER NOT NULL,
        staff TEXT,
        PRIMARY KEY (order_id, payment_id)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS sales_payments_day ON sales_payments(day);`);
  },
  drop(db) {
    db.exec(TABLES.map((t) => `DROP TABLE IF EXISTS ${t};`).join('\n'));
  },
  apply(db: SqlDb, r: Recorded) {
    switch (r.type) {
      case 'CategoryAdded': {
        const d = r.data as { categoryId: string; name: string };
        db.run('INSERT OR REPLACE INTO sales_categories(category_id, name) VALUES (?, ?)', [d.categoryId, d.name]);
        return;
      }
      case 'MenuItemAdded': {
        const d = r.data as { itemId: string; categoryId: string };
        db.run('INSERT OR REPLACE INTO sales_items(item_id, category_id) VALUES (?, ?)', [d.itemId, d.categoryId]);
        return;
      }
      case 'OrderClosed':
        recordSale(db, r);
        return;
      default:
        return;
    }
  },
};

function recordSale(db: SqlDb, closed: Recorded): void {
  const events = db.rows(STREAM_UP_TO, [closed.stream, closed.version]).map(rowToRecorded);
  let state: OrderState = initialOrderState();
  for (const e of events) state = evolveOrder(state, e as unknown as OrderEvent);
  const totals = orderTotals(state);
  const staff = events[0]?.meta.staff ?? null;
  const at = closed.meta.at;
  const when = [at, at.slice(0, 10), at.slice(0, 7), Number(at.slice(11, 13))];
  const orderId = state.orderId;
  for (const m of totals.lines) {
    const line = state.lines.find((l) => l.lineId === m.lineId);
    if (!line || line.status === 'voided') continue; // a voided line was never sold (the Z report lists voids)
    const categoryId =
      line.categoryId ?? db.get<{ c: string }>('SELECT category_id AS c FROM sales_items WHERE item_id = ?', [line.itemId])?.c ?? '';
    const categoryName = db.get<{ n: string }>('SELECT name AS n FROM sales_categories WHERE category_id = ?', [categoryId])?.n ?? 'Uncategorised';
    db.run(
      `INSERT OR REPLACE INTO sales_lines(order_id, line_id, closed_at, day, month, hour, currency, category_id, category_name,
         item_id, item_name, qty, amount, discount, tax, tax_rate, staff) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [orderId, line.lineId, ...when, state.currency, categoryId, categoryName, line.itemId, line.name, line.qty, m.net, m.discount, m.tax, line.taxRate, staff],
    );
  }
  for (const p of state.payments) {
    db.run(
      `INSERT OR REPLACE INTO sales_payments(order_id, payment_id, closed_at, day, month, hour, currency, tender, amount, tip, staff)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [orderId, p.paymentId, ...when, state.currency, p.tender, p.amount, p.tip, staff],
    );
  }
}

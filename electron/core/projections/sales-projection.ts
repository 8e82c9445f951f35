import { orderTotals } from '../../../shared/domain/order';
import type { Recorded } from '../../../shared/kernel/recorded';
import type { SqlDb } from '../store/sql-db';
import { currentOrder } from './orders-projection';
import type { Projection } from './projection';
import { businessTimeOf } from './restaurant-projection';

/**
 * Sales as the reports read them: a ledger of line rows and payment rows,
 * each entry dated by the event that made it, so a day's figures never
 * change after that day (its Z report stands):
 *
 * - OrderClosed: the order's lines (not voided) and payments, positive.
 * - OrderReopened: the rows of its last close again, negated, on the day it
 *   was reopened; its next close adds the order as it then is.
 * - OrderRefunded: the refunded lines negated, and the money given back as
 *   a negative payment of its tender, on the day of the refund.
 *
 * Money comes from the order as the orders read model has folded it up to
 * this event (the domain's `evolveOrder`, read through `currentOrder`, which
 * sees rows not yet flushed), and `orderTotals`: net after discounts and tax
 * per line are the decider's and the Z report's, never a second copy of the
 * rules. The orders projection runs before this one (ALL_PROJECTIONS), live
 * and in a rebuild alike, so both see the same order. Category names come from this projection's own
 * map (CategoryAdded); a line records its category when sold, and older
 * lines without one are looked up in the item → category map (MenuItemAdded).
 *
 * Business day, month, hour: of the entry's time, in the restaurant's zone
 * and after its day cut-off as they were when the event was recorded (read
 * from the restaurant read model, rebuilt with this one: dependsOn), so a
 * later change of zone dates only later sales. `at` stays the UTC instant.
 * Staff: the server whose order it is (meta.staff of its OrderOpened), null
 * for the core's own (imports).
 *
 * Version 3: rows dated in the restaurant's zone and business day (was UTC).
 */
const TABLES = ['sales_categories', 'sales_items', 'sales_lines', 'sales_payments'];

const LINE_COLUMNS = `order_id, line_id, entry, kind, at, day, month, hour, currency, category_id, category_name,
  item_id, item_name, qty, amount, discount, tax, tax_rate, staff`;
const PAYMENT_COLUMNS = 'order_id, payment_id, entry, kind, at, day, month, hour, currency, tender, amount, tip, staff';

export const salesProjection: Projection = {
  name: 'sales',
  version: 3,
  dependsOn: ['orders', 'restaurant'],
  handles: new Set(['CategoryAdded', 'MenuItemAdded', 'OrderClosed', 'OrderReopened', 'OrderRefunded']),
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS sales_categories (category_id TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS sales_items (item_id TEXT PRIMARY KEY, category_id TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS sales_lines (
        order_id TEXT NOT NULL, line_id TEXT NOT NULL, entry INTEGER NOT NULL, kind TEXT NOT NULL,
        at TEXT NOT NULL, day TEXT NOT NULL, month TEXT NOT NULL, hour INTEGER NOT NULL, currency TEXT NOT NULL,
        category_id TEXT NOT NULL, category_name TEXT NOT NULL, item_id TEXT NOT NULL, item_name TEXT NOT NULL,
        qty INTEGER NOT NULL, amount INTEGER NOT NULL, discount INTEGER NOT NULL, tax INTEGER NOT NULL, tax_rate INTEGER NOT NULL,
        staff TEXT,
        PRIMARY KEY (order_id, line_id, entry)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS sales_lines_day ON sales_lines(day);
      CREATE TABLE IF NOT EXISTS sales_payments (
        order_id TEXT NOT NULL, payment_id TEXT NOT NULL, entry INTEGER NOT NULL, kind TEXT NOT NULL,
        at TEXT NOT NULL, day TEXT NOT NULL, month TEXT NOT NULL, hour INTEGER NOT NULL, currency TEXT NOT NULL,
        tender TEXT NOT NULL, amount INTEGER NOT NULL, tip INTEGER NOT NULL, staff TEXT,
        PRIMARY KEY (order_id, payment_id, entry)
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
        recordFromStream(db, r, 'sale');
        return;
      case 'OrderRefunded':
        recordFromStream(db, r, 'refund');
        return;
      case 'OrderReopened':
        reverseLastSale(db, r);
        return;
      default:
        return;
    }
  },
};

const when = (db: SqlDb, r: Recorded): [string, string, string, number] => {
  const { day, month, hour } = businessTimeOf(db, r.meta.at);
  return [r.meta.at, day, month, hour];
};

/** A sale (every live line and payment, positive) or a refund (its lines and money, negative), from the order folded up to `r`. */
function recordFromStream(db: SqlDb, r: Recorded, kind: 'sale' | 'refund'): void {
  // The orders read model comes before this one and has already applied `r`: read the order as it stands now.
  const current = currentOrder(db, r.stream.slice('order-'.length));
  if (!current) return;
  const { state } = current;
  const refund = kind === 'refund' ? (r.data as { refundId: string; lineIds: string[]; amount: number; tender: string }) : null;
  const sign = refund ? -1 : 1;
  const staff = current.staff;
  const head = [state.orderId, r.position, kind, ...when(db, r), state.currency] as const;
  for (const m of orderTotals(state).lines) {
    const line = state.lines.find((l) => l.lineId === m.lineId);
    if (!line || line.status === 'voided') continue; // a voided line was never sold (the Z report lists voids)
    if (refund && !refund.lineIds.includes(line.lineId)) continue;
    const categoryId = line.categoryId ?? db.get<{ c: string }>('SELECT category_id AS c FROM sales_items WHERE item_id = ?', [line.itemId])?.c ?? '';
    const categoryName = db.get<{ n: string }>('SELECT name AS n FROM sales_categories WHERE category_id = ?', [categoryId])?.n ?? 'Uncategorised';
    const [orderId, entry, k, at, day, month, hour, currency] = head;
    db.run(`INSERT OR REPLACE INTO sales_lines(${LINE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      orderId, line.lineId, entry, k, at, day, month, hour, currency, categoryId, categoryName, line.itemId, line.name,
      sign * line.qty, sign * m.net, sign * m.discount, sign * m.tax, line.taxRate, staff,
    ]);
  }
  const payments = refund
    ? [{ paymentId: refund.refundId, tender: refund.tender, amount: -refund.amount, tip: 0 }]
    : state.payments.map((p) => ({ paymentId: p.paymentId, tender: p.tender as string, amount: p.amount, tip: p.tip }));
  for (const p of payments) {
    const [orderId, entry, k, at, day, month, hour, currency] = head;
    db.run(`INSERT OR REPLACE INTO sales_payments(${PAYMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      orderId, p.paymentId, entry, k, at, day, month, hour, currency, p.tender, p.amount, p.tip, staff,
    ]);
  }
}

/** A reopened order: the rows of its last close again, negated, dated now. */
function reverseLastSale(db: SqlDb, r: Recorded): void {
  const orderId = r.stream.slice('order-'.length);
  const last = db.get<{ entry: number | null }>("SELECT max(entry) AS entry FROM sales_lines WHERE order_id = ? AND kind = 'sale'", [orderId])?.entry;
  if (last === null || last === undefined) return;
  const params = [r.position, ...when(db, r), orderId, last];
  db.run(
    `INSERT OR REPLACE INTO sales_lines(${LINE_COLUMNS})
     SELECT order_id, line_id, ?, 'reversal', ?, ?, ?, ?, currency, category_id, category_name, item_id, item_name,
            -qty, -amount, -discount, -tax, tax_rate, staff
       FROM sales_lines WHERE order_id = ? AND entry = ?`,
    params,
  );
  db.run(
    `INSERT OR REPLACE INTO sales_payments(${PAYMENT_COLUMNS})
     SELECT order_id, payment_id, ?, 'reversal', ?, ?, ?, ?, currency, tender, -amount, -tip, staff
       FROM sales_payments WHERE order_id = ? AND entry = ?`,
    params,
  );
}

import type { Recorded } from '../../../shared/kernel/recorded';
import { evolveOrder, initialOrderState, orderTotals, type OrderEvent, type OrderState } from '../../../shared/domain/order';
import type { SqlDb } from '../store/sql-db';
import type { Projection } from './projection';

/** Every order event: the row keeps the whole folded state. The Record type makes a missing one a compile error. */
const ORDER_EVENTS: Record<OrderEvent['type'], true> = {
  OrderOpened: true,
  OrderMoved: true,
  LinesMerged: true,
  OrderMerged: true,
  BillPrinted: true,
  BillSplit: true,
  SplitCleared: true,
  OrderRefunded: true,
  OrderReopened: true,
  ReceiptPrinted: true,
  ItemAdded: true,
  ItemRemoved: true,
  LinesSent: true,
  CoursesHeld: true,
  CourseFired: true,
  ItemVoided: true,
  DiscountApplied: true,
  DiscountRemoved: true,
  KitchenTicketPrinted: true,
  PaymentTaken: true,
  OrderClosed: true,
};

/**
 * Orders as the till lists and shows them. Each row keeps the order's state
 * folded by the domain's own `evolveOrder` (so the read model can never
 * disagree with the decider about lines, discounts or tax), plus the columns
 * lists filter and sort on.
 */
export const ordersProjection: Projection = {
  name: 'orders',
  version: 6,
  handles: new Set<string>(Object.keys(ORDER_EVENTS)),
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS orders (
        order_id TEXT PRIMARY KEY, status TEXT NOT NULL, table_name TEXT, table_id TEXT, covers INTEGER, currency TEXT NOT NULL,
        terminal TEXT NOT NULL, staff TEXT, opened_at TEXT NOT NULL, closed_at TEXT,
        total INTEGER NOT NULL, paid INTEGER NOT NULL, due INTEGER NOT NULL, line_count INTEGER NOT NULL, bills_printed INTEGER NOT NULL DEFAULT 0,
        receipt_series TEXT, receipt_number INTEGER, shift_id TEXT, version INTEGER NOT NULL, state TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS orders_table ON orders(table_id, status) WHERE table_id IS NOT NULL;
      CREATE INDEX IF NOT EXISTS orders_shift ON orders(shift_id) WHERE shift_id IS NOT NULL;
      CREATE INDEX IF NOT EXISTS orders_status ON orders(status, opened_at);
      CREATE INDEX IF NOT EXISTS orders_closed ON orders(status, closed_at);
      CREATE UNIQUE INDEX IF NOT EXISTS orders_receipt ON orders(receipt_series, receipt_number) WHERE receipt_number IS NOT NULL;`);
  },
  drop(db) {
    db.exec('DROP TABLE IF EXISTS orders; DROP TABLE IF EXISTS order_lines;');
  },
  apply(db: SqlDb, r: Recorded) {
    const orderId = r.stream.slice('order-'.length);
    const rows = pendingRows(db);
    const e = r as unknown as OrderEvent;
    let row = rows.get(orderId);
    if (!row) {
      if (e.type === 'OrderOpened') {
        row = { state: initialOrderState(), terminal: r.meta.terminal, staff: r.meta.staff ?? null, openedAt: r.meta.at, closedAt: null, version: 0 };
      } else {
        const stored = db.get<{ state: string; terminal: string; staff: string | null; openedAt: string; closedAt: string | null }>(
          'SELECT state, terminal, staff, opened_at AS openedAt, closed_at AS closedAt FROM orders WHERE order_id = ?',
          [orderId],
        );
        if (!stored) return;
        row = { ...stored, state: JSON.parse(stored.state) as OrderState, version: 0 };
      }
      rows.set(orderId, row);
    }
    row.state = evolveOrder(row.state, e);
    row.version = r.version;
    if (e.type === 'OrderClosed') row.closedAt = r.meta.at;
  },
  flush(db) {
    const rows = pendingRows(db);
    for (const [orderId, row] of rows) {
      const { state } = row;
      const { total } = orderTotals(state);
      db.run(
        `INSERT INTO orders(order_id, status, table_name, table_id, covers, currency, terminal, staff, opened_at, closed_at, total, paid, due,
           line_count, bills_printed, receipt_series, receipt_number, shift_id, version, state)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(order_id) DO UPDATE SET status = excluded.status, table_name = excluded.table_name, table_id = excluded.table_id,
           closed_at = excluded.closed_at, total = excluded.total, paid = excluded.paid, due = excluded.due, line_count = excluded.line_count,
           bills_printed = excluded.bills_printed, receipt_series = excluded.receipt_series, receipt_number = excluded.receipt_number,
           shift_id = excluded.shift_id, version = excluded.version, state = excluded.state`,
        [
          orderId,
          state.status,
          state.table,
          state.tableId,
          state.covers,
          state.currency,
          row.terminal,
          row.staff,
          row.openedAt,
          row.closedAt,
          total,
          state.paid,
          Math.max(0, total - state.paid),
          state.lines.filter((l) => l.status !== 'voided').length,
          state.billsPrinted,
          state.receipt?.series ?? null,
          state.receipt?.number ?? null,
          state.shiftId,
          row.version,
          JSON.stringify(state),
        ],
      );
    }
    rows.clear();
  },
  discard(db) {
    pendingRows(db).clear();
  },
};

/** An order folded in memory and not yet written: several events of one command (or a rebuild) write its row once. */
interface PendingRow {
  state: OrderState;
  terminal: string;
  staff: string | null;
  openedAt: string;
  closedAt: string | null;
  version: number;
}

/** Per database, so two tills open in one process never share rows. */
const pending = new WeakMap<SqlDb, Map<string, PendingRow>>();

function pendingRows(db: SqlDb): Map<string, PendingRow> {
  let rows = pending.get(db);
  if (!rows) {
    rows = new Map();
    pending.set(db, rows);
  }
  return rows;
}

/**
 * An order's state as the orders read model holds it right now, including
 * events applied but not yet flushed. Other projections read orders through
 * this, never through the table, so they see the same moment.
 */
export function currentOrderState(db: SqlDb, orderId: string): OrderState | undefined {
  return currentOrder(db, orderId)?.state;
}

/** The same, with who opened the order. */
export function currentOrder(db: SqlDb, orderId: string): { state: OrderState; staff: string | null } | undefined {
  const row = pendingRows(db).get(orderId);
  if (row) return { state: row.state, staff: row.staff };
  const stored = db.get<{ state: string; staff: string | null }>('SELECT state, staff FROM orders WHERE order_id = ?', [orderId]);
  return stored ? { state: JSON.parse(stored.state) as OrderState, staff: stored.staff } : undefined;
}

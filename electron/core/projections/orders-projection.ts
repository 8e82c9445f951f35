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
    const e = r as unknown as OrderEvent;
    const orderId = r.stream.slice('order-'.length);
    if (e.type === 'OrderOpened') {
      const state = evolveOrder(initialOrderState(), e);
      db.run(
        `INSERT INTO orders(order_id, status, table_name, table_id, covers, currency, terminal, staff, opened_at, total, paid, due, line_count, version, state)
         VALUES (?, 'open', ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?)`,
        [orderId, state.table, state.tableId, state.covers, state.currency, r.meta.terminal, r.meta.staff ?? null, r.meta.at, r.version, JSON.stringify(state)],
      );
      return;
    }
    const row = db.get<{ state: string }>('SELECT state FROM orders WHERE order_id = ?', [orderId]);
    if (!row) return;
    const state = evolveOrder(JSON.parse(row.state) as OrderState, e);
    const { total } = orderTotals(state);
    db.run(
      `UPDATE orders SET status = ?, table_name = ?, table_id = ?, bills_printed = ?, total = ?, paid = ?, due = ?, line_count = ?, closed_at = coalesce(?, closed_at),
         receipt_series = ?, receipt_number = ?, shift_id = ?, version = ?, state = ? WHERE order_id = ?`,
      [
        state.status,
        state.table,
        state.tableId,
        state.billsPrinted,
        total,
        state.paid,
        Math.max(0, total - state.paid),
        state.lines.filter((l) => l.status !== 'voided').length,
        e.type === 'OrderClosed' ? r.meta.at : null,
        state.receipt?.series ?? null,
        state.receipt?.number ?? null,
        state.shiftId,
        r.version,
        JSON.stringify(state),
        orderId,
      ],
    );
  },
};

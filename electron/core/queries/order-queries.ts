import type { OrderSummary, OrderView } from '../../../shared/contract/views';
import { DocketError } from '../../../shared/kernel/errors';
import type { SqlDb } from '../store/sql-db';

interface OrderRow extends Record<string, string | number | null> {
  orderId: string;
  status: 'open' | 'closed';
  table: string | null;
  currency: string;
  terminal: string;
  openedAt: string;
  closedAt: string | null;
  total: number;
  paid: number;
  change: number;
  lineCount: number;
  receiptSeries: string | null;
  receiptNumber: number | null;
  version: number;
}

const ORDER_COLUMNS = `order_id AS orderId, status, table_name AS "table", currency, terminal, opened_at AS openedAt,
  closed_at AS closedAt, total, paid, change, line_count AS lineCount, receipt_series AS receiptSeries,
  receipt_number AS receiptNumber, version`;

export function getOrder(db: SqlDb, orderId: string): OrderView {
  const o = db.get<OrderRow>(`SELECT ${ORDER_COLUMNS} FROM orders WHERE order_id = ?`, [orderId]);
  if (!o) throw new DocketError('NotFound', 'no such order', { orderId });
  const lines = db.all<{ lineId: string; itemId: string; name: string; unitPrice: number; qty: number }>(
    `SELECT line_id AS lineId, item_id AS itemId, name, unit_price AS unitPrice, qty
       FROM order_lines WHERE order_id = ? AND removed = 0 ORDER BY position`,
    [orderId],
  );
  return {
    orderId: o.orderId,
    status: o.status,
    table: o.table,
    currency: o.currency,
    terminal: o.terminal,
    openedAt: o.openedAt,
    closedAt: o.closedAt,
    lines: lines.map((l) => ({ ...l, total: l.unitPrice * l.qty })),
    total: o.total,
    paid: o.paid,
    due: Math.max(0, o.total - o.paid),
    change: o.change,
    receipt: receiptOf(o),
    version: o.version,
  };
}

const toSummary = (o: OrderRow): OrderSummary => ({
  orderId: o.orderId,
  status: o.status,
  table: o.table,
  currency: o.currency,
  openedAt: o.openedAt,
  closedAt: o.closedAt,
  total: o.total,
  paid: o.paid,
  due: Math.max(0, o.total - o.paid),
  lineCount: o.lineCount,
  receipt: receiptOf(o),
});

function receiptOf(o: OrderRow): OrderView['receipt'] {
  return o.receiptSeries !== null && o.receiptNumber !== null ? { series: o.receiptSeries, number: o.receiptNumber } : null;
}

export function listOpenOrders(db: SqlDb): OrderSummary[] {
  return db.all<OrderRow>(`SELECT ${ORDER_COLUMNS} FROM orders WHERE status = 'open' ORDER BY opened_at, order_id`).map(toSummary);
}

export function listClosedOrders(db: SqlDb, limit: number): OrderSummary[] {
  return db
    .all<OrderRow>(`SELECT ${ORDER_COLUMNS} FROM orders WHERE status = 'closed' ORDER BY closed_at DESC, order_id LIMIT ?`, [limit])
    .map(toSummary);
}

import type { KitchenTicketView, OrderSummary, OrderView } from '../../../shared/contract/views';
import { orderTotals, partDue, type OrderState } from '../../../shared/domain/order';
import { DocketError } from '../../../shared/kernel/errors';
import type { SqlDb } from '../store/sql-db';

interface OrderRow extends Record<string, string | number | null> {
  orderId: string;
  status: 'open' | 'closed' | 'merged';
  table: string | null;
  currency: string;
  terminal: string;
  openedAt: string;
  closedAt: string | null;
  total: number;
  paid: number;
  due: number;
  lineCount: number;
  receiptSeries: string | null;
  receiptNumber: number | null;
  version: number;
}

const ORDER_COLUMNS = `order_id AS orderId, status, table_name AS "table", currency, terminal, opened_at AS openedAt,
  closed_at AS closedAt, total, paid, due, line_count AS lineCount, receipt_series AS receiptSeries,
  receipt_number AS receiptNumber, version`;

function receiptOf(o: OrderRow): OrderView['receipt'] {
  return o.receiptSeries !== null && o.receiptNumber !== null ? { series: o.receiptSeries, number: o.receiptNumber } : null;
}

/** The whole order as the ticket and the receipt show it, from the state the domain folded. */
export function getOrder(db: SqlDb, orderId: string): OrderView {
  const o = db.get<OrderRow & { state: string }>(`SELECT ${ORDER_COLUMNS}, state FROM orders WHERE order_id = ?`, [orderId]);
  if (!o) throw new DocketError('NotFound', 'no such order', { orderId });
  const s = JSON.parse(o.state) as OrderState;
  const totals = orderTotals(s);
  const money = new Map(totals.lines.map((m) => [m.lineId, m]));
  return {
    orderId: o.orderId,
    status: o.status,
    table: s.table,
    tableId: s.tableId,
    covers: s.covers,
    billsPrinted: s.billsPrinted,
    receiptsPrinted: s.receiptsPrinted,
    mergedInto: s.mergedInto,
    currency: s.currency,
    taxMode: s.taxMode,
    terminal: o.terminal,
    openedAt: o.openedAt,
    closedAt: o.closedAt,
    lines: s.lines.map((l) => {
      const m = money.get(l.lineId);
      const held = l.status === 'new' && s.heldCourses.includes(l.course);
      return {
        lineId: l.lineId,
        itemId: l.itemId,
        name: l.name,
        unitPrice: l.unitPrice,
        qty: l.qty,
        modifiers: l.modifiers,
        note: l.note,
        seat: l.seat,
        course: l.course,
        station: l.station,
        status: held ? 'held' : l.status,
        voidReason: l.voidReason,
        taxRate: l.taxRate,
        gross: m?.gross ?? 0,
        discount: m?.discount ?? 0,
        total: m?.net ?? 0,
        tax: m?.tax ?? 0,
      };
    }),
    heldCourses: s.heldCourses,
    discounts: s.discounts,
    payments: s.payments.map(({ shiftId: _s, ...p }) => p),
    split: s.split && { ...s.split, parts: s.split.parts.map((p) => ({ ...p, due: partDue(s, p.partId) })) },
    refunds: s.refunds.map(({ shiftId: _s, ...r }) => r),
    subtotal: totals.subtotal,
    discount: totals.discount,
    taxes: totals.taxes,
    tax: totals.tax,
    total: totals.total,
    paid: s.paid,
    due: Math.max(0, totals.total - s.paid),
    change: s.change,
    tips: s.tips,
    receipt: s.receipt,
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
  due: o.due,
  lineCount: o.lineCount,
  receipt: receiptOf(o),
});

export function listOpenOrders(db: SqlDb): OrderSummary[] {
  return db.all<OrderRow>(`SELECT ${ORDER_COLUMNS} FROM orders WHERE status = 'open' ORDER BY opened_at, order_id`).map(toSummary);
}

export function listClosedOrders(db: SqlDb, limit: number): OrderSummary[] {
  return db
    .all<OrderRow>(`SELECT ${ORDER_COLUMNS} FROM orders WHERE status = 'closed' ORDER BY closed_at DESC, order_id LIMIT ?`, [limit])
    .map(toSummary);
}

interface TicketRow extends Record<string, string | number | null> {
  ticketId: string;
  orderId: string;
  station: string;
  kind: 'order' | 'void';
  table: string | null;
  createdAt: string;
  lines: string;
  printCount: number;
  lastPrintedAt: string | null;
}

/** Kitchen tickets, newest last; for one station and/or one order when asked. */
export function listKitchenTickets(db: SqlDb, q: { station?: string | undefined; orderId?: string | undefined; limit: number }): KitchenTicketView[] {
  return db
    .all<TicketRow>(
      `SELECT * FROM (
         SELECT ticket_id AS ticketId, order_id AS orderId, station, kind, table_name AS "table", created_at AS createdAt, lines,
                print_count AS printCount, last_printed_at AS lastPrintedAt, position
           FROM kitchen_tickets
          WHERE (?1 IS NULL OR station = ?1) AND (?2 IS NULL OR order_id = ?2)
          ORDER BY position DESC LIMIT ?3
       ) ORDER BY position`,
      [q.station ?? null, q.orderId ?? null, q.limit],
    )
    .map(({ position: _p, ...t }) => ({ ...t, lines: JSON.parse(t.lines) as KitchenTicketView['lines'] }));
}

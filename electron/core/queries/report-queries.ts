import type { SalesReportBy } from '../../../shared/contract/report-queries';
import type { SalesReportRow, SalesReportView } from '../../../shared/contract/report-views';
import { DocketError } from '../../../shared/kernel/errors';
import type { SqlDb } from '../store/sql-db';

/**
 * GetSalesReport over the sales read model (../projections/sales-projection.ts).
 * Lines answer every grouping but `tender`, which sums payments: a bill paid
 * part cash, part card is one order in two tender groups.
 */
interface Grouping {
  table: 'sales_lines' | 'sales_payments';
  /** Anything joined for the label. */
  join?: string;
  key: string;
  label: string;
  /** Time and rate groupings read in their own order; the others biggest first. */
  sort: string;
}

const BIGGEST_FIRST = 'amount DESC, label, key';

const GROUPINGS: Record<SalesReportBy, Grouping> = {
  day: { table: 'sales_lines', key: 'day', label: 'day', sort: 'key' },
  month: { table: 'sales_lines', key: 'month', label: 'month', sort: 'key' },
  hour: { table: 'sales_lines', key: "printf('%02d', hour)", label: "printf('%02d:00', hour)", sort: 'key' },
  category: { table: 'sales_lines', key: 'category_id', label: 'max(category_name)', sort: BIGGEST_FIRST },
  item: { table: 'sales_lines', key: 'item_id', label: 'max(item_name)', sort: BIGGEST_FIRST },
  // Named from the staff roster as it is now (a renamed member shows the new name); rows keep the id.
  staff: {
    table: 'sales_lines',
    join: 'LEFT JOIN staff_members m ON m.staff_id = sales_lines.staff',
    key: "coalesce(staff, '')",
    label: "coalesce(max(m.name), max(staff), 'no staff (system or import)')",
    sort: BIGGEST_FIRST,
  },
  tender: { table: 'sales_payments', key: 'tender', label: 'upper(substr(tender, 1, 1)) || substr(tender, 2)', sort: BIGGEST_FIRST },
  // By rate, in basis points (825 = 8.25 %).
  tax: {
    table: 'sales_lines',
    key: "printf('%d', tax_rate)",
    label: "CASE WHEN tax_rate = 0 THEN 'no tax' ELSE printf('%d.%02d %%', tax_rate / 100, tax_rate % 100) END",
    sort: 'max(tax_rate)',
  },
};

const REFUNDS = "sum(CASE WHEN kind = 'refund' THEN -amount ELSE 0 END) AS refunds";
/** Per table: what the figures sum. A payment row's qty is one payment, its reversal or refund minus one. */
const MEASURES = {
  sales_lines: `sum(qty) AS qty, sum(amount) AS amount, sum(tax) AS tax, 0 AS tips, ${REFUNDS}`,
  sales_payments: `sum(CASE WHEN kind = 'sale' THEN 1 ELSE -1 END) AS qty, sum(amount) AS amount, 0 AS tax, sum(tip) AS tips, ${REFUNDS}`,
} as const;

type Figures = Record<'orders' | 'qty' | 'amount' | 'tax' | 'tips' | 'refunds', number | null>;

const figures = (r: Figures) => ({
  orders: Number(r.orders ?? 0),
  qty: Number(r.qty ?? 0),
  amount: Number(r.amount ?? 0),
  tax: Number(r.tax ?? 0),
  tips: Number(r.tips ?? 0),
  refunds: Number(r.refunds ?? 0),
});

export function getSalesReport(db: SqlDb, q: { from?: string | undefined; to?: string | undefined; by: SalesReportBy }): SalesReportView {
  if (q.from !== undefined && q.to !== undefined && q.from > q.to) {
    throw new DocketError('Validation', `the report starts (${q.from}) after it ends (${q.to})`);
  }
  const g = GROUPINGS[q.by];
  const where: string[] = [];
  const params: string[] = [];
  if (q.from !== undefined) {
    where.push('day >= ?');
    params.push(q.from);
  }
  if (q.to !== undefined) {
    where.push('day <= ?');
    params.push(q.to);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // Orders closed in the range: a refund or a reversal alone does not make a day's order.
  const measures = `count(DISTINCT CASE WHEN kind = 'sale' THEN order_id END) AS orders, ${MEASURES[g.table]}`;
  const from = `${g.table} ${g.join ?? ''}`;
  const rows = db.all<Figures & { key: string; label: string }>(
    `SELECT ${g.key} AS key, ${g.label} AS label, ${measures} FROM ${from} ${filter} GROUP BY 1 ORDER BY ${g.sort}`,
    params,
  );
  const totals = db.get<Figures>(`SELECT ${measures} FROM ${g.table} ${filter}`, params);
  const currency = db.get<{ currency: string }>('SELECT currency FROM menu_info WHERE id = 1')?.currency ?? '';
  return {
    by: q.by,
    from: q.from ?? null,
    to: q.to ?? null,
    currency: String(currency),
    rows: rows.map((r): SalesReportRow => ({ key: String(r.key), label: String(r.label), ...figures(r) })),
    totals: figures(totals ?? { orders: 0, qty: 0, amount: 0, tax: 0, tips: 0, refunds: 0 }),
    notes: notesFor(q.by),
  };
}

function notesFor(by: SalesReportBy): string[] {
  const notes = [
    'closed orders only; a business day is the restaurant\'s (its time zone, after its day cut-off) of the close (refunds and reopenings: of when they happened); hours are local',
    'refunds are taken off amount on the day they were given; a reopened order is reversed that day and counted again when it closes',
  ];
  if (by === 'tender') notes.push('qty counts payments; amount is what was applied to the bills (change excluded), tips come on top');
  else notes.push('amount is net of discounts (tax inclusive when prices are); tax is the tax on it; voided lines are not sales');
  if (by === 'staff') notes.push('staff are the servers who opened the orders');
  return notes;
}

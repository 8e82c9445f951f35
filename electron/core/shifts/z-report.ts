import type { ZReport } from '../../../shared/domain/shift';
import { orderTotals, type OrderState } from '../../../shared/domain/order';
import { DocketError } from '../../../shared/kernel/errors';
import type { SqlDb } from '../store/sql-db';

type Row = Record<string, string | number | null>;

/**
 * The shift's figures from the read models: sales of the orders closed in it
 * (by category and tax rate, with discounts), the money taken in it (by
 * tender, with tips), voids with who did and who approved them, cash
 * expected against counted. An X report is this with nothing counted yet.
 */
export function buildShiftReport(db: SqlDb, shiftId: string, counted: number | null, chainHead: string): ZReport {
  const shift = db.get<{ float: number; paid_in: number; paid_out: number } & Row>('SELECT float, paid_in, paid_out FROM shifts WHERE shift_id = ?', [
    shiftId,
  ]);
  if (!shift) throw new DocketError('NotFound', 'no such shift');
  const currency = db.get<{ currency: string }>('SELECT currency FROM menu_info WHERE id = 1')?.currency ?? '';
  const categoryNames = new Map(db.all<{ id: string; name: string }>('SELECT category_id AS id, name FROM menu_categories').map((c) => [c.id, c.name]));
  const orders = db.all<{ state: string; receipt: number | null }>(
    "SELECT state, receipt_number AS receipt FROM orders WHERE shift_id = ? AND status = 'closed'",
    [shiftId],
  );

  let net = 0;
  let tax = 0;
  let total = 0;
  const discounts = { count: 0, amount: 0 };
  const byCategory = new Map<string, ZReport['byCategory'][number]>();
  const byRate = new Map<number, ZReport['byTaxRate'][number]>();
  for (const { state } of orders) {
    const s = JSON.parse(state) as OrderState;
    const t = orderTotals(s);
    net += t.net;
    tax += t.tax;
    total += t.total;
    discounts.count += s.discounts.length;
    discounts.amount += t.discount;
    t.lines.forEach((m) => {
      const line = s.lines.find((l) => l.lineId === m.lineId);
      if (!line) return;
      const key = line.categoryId ?? '';
      const c = byCategory.get(key) ?? { categoryId: line.categoryId, name: categoryNames.get(key) ?? '—', qty: 0, net: 0 };
      c.qty += line.qty;
      c.net += m.net;
      byCategory.set(key, c);
    });
    for (const x of t.taxes) {
      const r = byRate.get(x.rate) ?? { rate: x.rate, base: 0, tax: 0 };
      r.base += x.base;
      r.tax += x.tax;
      byRate.set(x.rate, r);
    }
  }

  const tenders = db.all<{ tender: string; count: number; amount: number; tips: number }>(
    'SELECT tender, count(*) AS count, sum(amount) AS amount, sum(tip) AS tips FROM shift_payments WHERE shift_id = ? GROUP BY tender ORDER BY tender',
    [shiftId],
  );
  const cashSales = tenders.find((t) => t.tender === 'cash')?.amount ?? 0;
  const cashTips = tenders.find((t) => t.tender === 'cash')?.tips ?? 0;
  const refunds = db.get<{ count: number; amount: number | null; cash: number | null }>(
    "SELECT count(*) AS count, sum(amount) AS amount, sum(CASE WHEN tender = 'cash' THEN amount ELSE 0 END) AS cash FROM shift_refunds WHERE shift_id = ?",
    [shiftId],
  );
  const cashRefunds = Number(refunds?.cash ?? 0);
  const expected = shift.float + cashSales + cashTips + shift.paid_in - shift.paid_out - cashRefunds;
  const voids = db
    .all<{ orderId: string; lineId: string; name: string; amount: number; reason: string; staff: string | null; approvedBy: string | null }>(
      `SELECT order_id AS orderId, line_id AS lineId, name, amount, reason, staff, approved_by AS approvedBy
         FROM shift_voids WHERE shift_id = ? ORDER BY position`,
      [shiftId],
    );
  const receipts = orders.map((o) => o.receipt).filter((n): n is number => n !== null);
  return {
    currency,
    orders: orders.length,
    net,
    tax,
    total,
    byCategory: [...byCategory.values()].sort((a, b) => b.net - a.net),
    byTaxRate: [...byRate.values()].sort((a, b) => a.rate - b.rate),
    tenders,
    tips: tenders.reduce((s, t) => s + t.tips, 0),
    discounts,
    voids,
    refunds: { count: Number(refunds?.count ?? 0), amount: Number(refunds?.amount ?? 0) },
    cash: {
      float: shift.float,
      sales: cashSales,
      paidIn: shift.paid_in,
      paidOut: shift.paid_out,
      refunds: cashRefunds,
      expected,
      counted: counted ?? expected,
      variance: counted === null ? 0 : counted - expected,
    },
    receipts: { first: receipts.length ? Math.min(...receipts) : null, last: receipts.length ? Math.max(...receipts) : null },
    chainHead,
  };
}

export function openShiftId(db: SqlDb, terminal: string): string | null {
  return db.get<{ id: string }>("SELECT shift_id AS id FROM shifts WHERE terminal = ? AND status = 'open'", [terminal])?.id ?? null;
}

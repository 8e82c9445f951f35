import type { AdjustmentFigures, AdjustmentRow, AdjustmentsReportView } from '../../../shared/contract/report-adjustments';
import type { SqlDb } from '../store/sql-db';
import { dayRangeWhere, type DayRange } from './day-range';

/**
 * GetAdjustmentsReport over the adjustments read model
 * (../projections/adjustments-projection.ts): voids, discounts (not removed)
 * and refunds, counted and summed by who did them and by who approved them.
 */
const FIGURES = `
  sum(kind = 'void') AS voids, sum(CASE WHEN kind = 'void' THEN amount ELSE 0 END) AS voidAmount,
  sum(kind = 'discount') AS discounts, sum(CASE WHEN kind = 'discount' THEN amount ELSE 0 END) AS discountAmount,
  sum(kind = 'refund') AS refunds, sum(CASE WHEN kind = 'refund' THEN amount ELSE 0 END) AS refundAmount`;

type FigureRow = Record<keyof AdjustmentFigures, number | null>;

const figures = (r: FigureRow | undefined): AdjustmentFigures => ({
  voids: Number(r?.voids ?? 0),
  voidAmount: Number(r?.voidAmount ?? 0),
  discounts: Number(r?.discounts ?? 0),
  discountAmount: Number(r?.discountAmount ?? 0),
  refunds: Number(r?.refunds ?? 0),
  refundAmount: Number(r?.refundAmount ?? 0),
});

export function getAdjustmentsReport(db: SqlDb, q: DayRange): AdjustmentsReportView {
  const range = dayRangeWhere('day', q);
  const where = `WHERE removed = 0 AND ${range.sql}`;
  // Names from the roster as it is now (a renamed member shows the new name); rows keep the id.
  const grouped = (column: 'staff' | 'approved_by'): AdjustmentRow[] =>
    db
      .all<FigureRow & { key: string; label: string | null }>(
        `SELECT coalesce(a.${column}, '') AS key, max(m.name) AS label, ${FIGURES}
           FROM report_adjustments a LEFT JOIN staff_members m ON m.staff_id = a.${column}
           ${where} GROUP BY 1
           ORDER BY voidAmount + discountAmount + refundAmount DESC, label, key`,
        range.params,
      )
      .map((r) => ({ key: String(r.key), label: r.label === null ? '' : String(r.label), ...figures(r) }));
  const totals = figures(db.get<FigureRow>(`SELECT ${FIGURES} FROM report_adjustments ${where}`, range.params));
  const currency = db.get<{ currency: string }>('SELECT currency FROM menu_info WHERE id = 1')?.currency ?? '';
  return {
    from: q.from ?? null,
    to: q.to ?? null,
    currency: String(currency),
    byStaff: grouped('staff'),
    byApprover: grouped('approved_by'),
    totals,
    notes: [
      'a business day is the restaurant\'s, in its time zone and after its day cut-off, of when the void, discount or refund happened',
      'a void is worth its line (price with modifiers, times quantity); a discount what it took off when applied; a removed discount is not counted',
      'staff is who did it; approver is the manager whose PIN allowed it (none when no approval was needed)',
    ],
  };
}

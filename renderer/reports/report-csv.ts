import type { AdjustmentRow, AdjustmentsReportView } from '../../shared/contract/report-adjustments';
import type { DurationStats, ServiceTimesReportView } from '../../shared/contract/report-service-times';
import { csvDecimal, csvRow, type CsvCell } from '../../shared/export/csv';
import { formatMinor } from '../../shared/kernel/money';

/**
 * The adjustments and service-times reports as CSV, by the sales report's
 * rules (shared/export/sales-report-csv.ts): a header row, plain decimals for
 * money with the currency in its own column, a total row last. Durations are
 * minutes with one decimal; a step no order took is an empty cell.
 */
export function adjustmentsCsv(r: AdjustmentsReportView, by: 'byStaff' | 'byApprover'): string {
  const money = (n: number): CsvCell => csvDecimal(formatMinor(n, r.currency));
  const cells = (key: string, label: string, f: Omit<AdjustmentRow, 'key' | 'label'>): CsvCell[] => [
    key, label, f.voids, money(f.voidAmount), f.discounts, money(f.discountAmount), f.refunds, money(f.refundAmount), r.currency,
  ];
  const head = [by === 'byStaff' ? 'staff' : 'approver', 'name', 'voids', 'void_amount', 'discounts', 'discount_amount', 'refunds', 'refund_amount', 'currency'];
  return [csvRow(head), ...r[by].map((row) => csvRow(cells(row.key, row.label, row))), csvRow(cells('', 'Total', r.totals))].join('');
}

export const minutes = (ms: number): string => (ms / 60_000).toFixed(1);
const minutesCell = (ms: number): CsvCell => csvDecimal(minutes(ms));

const STEPS = ['toKitchen', 'kitchenToPaid', 'paidToClosed', 'openToClosed'] as const;

export function serviceTimesCsv(r: ServiceTimesReportView): string {
  const stat = (s: DurationStats): CsvCell[] => (s ? [s.count, minutesCell(s.averageMs), minutesCell(s.medianMs), minutesCell(s.p90Ms)] : [0, '', '', '']);
  const head = ['hour', 'orders', ...STEPS.flatMap((s) => [`${s}_orders`, `${s}_avg_min`, `${s}_median_min`, `${s}_p90_min`])];
  const row = (hour: string, t: ServiceTimesReportView['overall']): string => csvRow([hour, t.orders, ...STEPS.flatMap((s) => stat(t[s]))]);
  return [csvRow(head), ...r.byHour.map((h) => row(String(h.hour).padStart(2, '0'), h)), row('all', r.overall)].join('');
}

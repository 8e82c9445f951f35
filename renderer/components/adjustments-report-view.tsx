import { useTranslation } from 'react-i18next';
import type { AdjustmentRow, AdjustmentsReportView } from '../../shared/contract/report-adjustments';
import { useFormat } from '../app/use-format';
import { adjustmentsCsv } from '../reports/report-csv';
import { ReportLayout } from './report-layout';
import type { ReportColumn } from './report-table';

const COLOURS = { voidAmount: '#b3261e', discountAmount: '#8a5a00', refundAmount: '#1a4ca8' } as const;

/** Voids, discounts and refunds by who did them or by who approved them: money stacked per person. */
export function AdjustmentsReportSection({ view, by }: { view: AdjustmentsReportView; by: 'byStaff' | 'byApprover' }) {
  const { t } = useTranslation();
  const { money, moneyCompact } = useFormat();
  const fmt = (n: number) => money(n, view.currency);
  const name = (r: AdjustmentRow): string => r.label || (r.key === '' ? t(by === 'byStaff' ? 'reports.noStaff' : 'reports.noApprover') : r.key);
  const title = t(by === 'byStaff' ? 'reports.kinds.adjustStaff' : 'reports.kinds.adjustApprover');
  const rows = view[by];
  const columns: ReportColumn<AdjustmentRow>[] = [
    { id: 'label', header: t(by === 'byStaff' ? 'reports.groups.staff' : 'reports.groups.approver'), cell: name },
    { id: 'voids', header: t('reports.voids'), numeric: true, cell: (r) => String(r.voids) },
    { id: 'voidAmount', header: t('reports.voidAmount'), numeric: true, cell: (r) => fmt(r.voidAmount) },
    { id: 'discounts', header: t('reports.discounts'), numeric: true, cell: (r) => String(r.discounts) },
    { id: 'discountAmount', header: t('reports.discountAmount'), numeric: true, cell: (r) => fmt(r.discountAmount) },
    { id: 'refunds', header: t('reports.refundCount'), numeric: true, cell: (r) => String(r.refunds) },
    { id: 'refundAmount', header: t('reports.refundAmount'), numeric: true, cell: (r) => fmt(r.refundAmount) },
  ];
  return (
    <ReportLayout
      title={title}
      chart={{
        rows: rows.map((r) => ({ label: name(r), voidAmount: r.voidAmount, discountAmount: r.discountAmount, refundAmount: r.refundAmount })),
        series: (['voidAmount', 'discountAmount', 'refundAmount'] as const).map((k) => ({ key: k, name: t(`reports.${k}`), color: COLOURS[k] })),
        format: fmt,
        axisFormat: (n) => moneyCompact(n, view.currency),
        stacked: true,
        horizontal: true,
      }}
      table={{ columns, rows, rowKey: (r) => r.key, total: rows.length > 0 ? { key: '', label: '', ...view.totals } : undefined }}
      csv={{ name: ['docket-adjustments', by === 'byStaff' ? 'staff' : 'approver'], range: view, text: () => adjustmentsCsv(view, by) }}
      wide
    />
  );
}

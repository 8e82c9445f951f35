import { useTranslation } from 'react-i18next';
import type { SalesReportRow, SalesReportView } from '../../shared/contract/report-views';
import { salesReportCsv } from '../../shared/export/sales-report-csv';
import { useFormat } from '../app/use-format';
import { ReportLayout } from './report-layout';
import type { ReportColumn } from './report-table';

/** How many items the chart and table show; the CSV holds them all. */
export const TOP_ITEMS = 10;
const AMOUNT_COLOUR = '#1f6f5c';

/** One sales grouping (hour, day, category, item, staff): amounts charted in minor units and labelled as money. */
export function SalesReportSection({ view }: { view: SalesReportView }) {
  const { t } = useTranslation();
  const { money, moneyCompact, locale } = useFormat();
  const fmt = (n: number) => money(n, view.currency);
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const label = (r: SalesReportRow): string => {
    if (view.by === 'day') return dayFormat.format(new Date(`${r.key}T00:00:00Z`));
    if (view.by === 'staff' && r.key === '') return t('reports.noStaff');
    return r.label;
  };
  const rows = view.by === 'item' ? view.rows.slice(0, TOP_ITEMS) : view.rows;
  const title = t(`reports.kinds.${view.by}`);
  const columns: ReportColumn<SalesReportRow>[] = [
    { id: 'label', header: t(`reports.groups.${view.by}`), cell: label },
    { id: 'orders', header: t('reports.orders'), numeric: true, cell: (r) => String(r.orders) },
    { id: 'qty', header: t('reports.qty'), numeric: true, cell: (r) => String(r.qty) },
    { id: 'amount', header: t('reports.amount'), numeric: true, cell: (r) => fmt(r.amount) },
    { id: 'tax', header: t('reports.tax'), numeric: true, cell: (r) => fmt(r.tax) },
    { id: 'refunds', header: t('reports.refunds'), numeric: true, cell: (r) => fmt(r.refunds) },
  ];
  return (
    <ReportLayout
      title={title}
      chart={{
        rows: rows.map((r) => ({ label: label(r), amount: r.amount })),
        series: [{ key: 'amount', name: t('reports.amount'), color: AMOUNT_COLOUR }],
        format: fmt,
        axisFormat: (n) => moneyCompact(n, view.currency),
        horizontal: view.by === 'item' || view.by === 'category' || view.by === 'staff',
      }}
      table={{ columns, rows, rowKey: (r) => r.key, total: view.rows.length > 0 ? { key: '', label: '', ...view.totals } : undefined }}
      csv={{ name: ['docket-sales', view.by], range: view, text: () => salesReportCsv(view) }}
      note={view.by === 'item' && view.rows.length > TOP_ITEMS ? t('reports.topNote', { shown: TOP_ITEMS, count: view.rows.length }) : undefined}
    />
  );
}

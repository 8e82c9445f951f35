import { useTranslation } from 'react-i18next';
import type { DurationStats, ServiceTimes, ServiceTimesReportView } from '../../shared/contract/report-service-times';
import { useFormat } from '../app/use-format';
import { serviceTimesCsv } from '../reports/report-csv';
import { ReportLayout } from './report-layout';
import type { ReportColumn } from './report-table';

type HourRow = ServiceTimes & { hour: number | null };
const STEPS = ['toKitchen', 'kitchenToPaid', 'paidToClosed'] as const;
const COLOURS: Record<(typeof STEPS)[number], string> = { toKitchen: '#1f6f5c', kitchenToPaid: '#8a5a00', paidToClosed: '#1a4ca8' };

/** Average minutes of each step by the hour orders were opened: the tall bars are where the service is slow. */
export function ServiceTimesSection({ view }: { view: ServiceTimesReportView }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  // Under a minute in seconds (a counter sale), else minutes to a tenth.
  const mins = (ms: number) =>
    ms < 60_000 ? t('reports.seconds', { value: whole.format(ms / 1000) }) : t('reports.minutes', { value: number.format(ms / 60_000) });
  const stat = (s: DurationStats, which: 'averageMs' | 'medianMs' | 'p90Ms') => (s ? mins(s[which]) : '–');
  const hourLabel = (h: number | null) => (h === null ? t('reports.total') : `${String(h).padStart(2, '0')}:00`);
  const title = t('reports.kinds.service');
  const columns: ReportColumn<HourRow>[] = [
    { id: 'hour', header: t('reports.groups.hour'), cell: (r) => hourLabel(r.hour) },
    { id: 'orders', header: t('reports.orders'), numeric: true, cell: (r) => String(r.orders) },
    ...STEPS.map((s): ReportColumn<HourRow> => ({ id: s, header: t('reports.averageOf', { step: t(`reports.steps.${s}`) }), numeric: true, cell: (r) => stat(r[s], 'averageMs') })),
    { id: 'total', header: t('reports.averageOf', { step: t('reports.steps.openToClosed') }), numeric: true, cell: (r) => stat(r.openToClosed, 'averageMs') },
    { id: 'median', header: t('reports.medianOf', { step: t('reports.steps.openToClosed') }), numeric: true, cell: (r) => stat(r.openToClosed, 'medianMs') },
    { id: 'p90', header: t('reports.p90Of', { step: t('reports.steps.openToClosed') }), numeric: true, cell: (r) => stat(r.openToClosed, 'p90Ms') },
  ];
  return (
    <ReportLayout
      title={title}
      chart={{
        rows: view.byHour.map((h) => ({ label: hourLabel(h.hour), ...Object.fromEntries(STEPS.map((s) => [s, (h[s]?.averageMs ?? 0) / 60_000])) })),
        series: STEPS.map((s) => ({ key: s, name: t(`reports.steps.${s}`), color: COLOURS[s] })),
        format: (v) => mins(v * 60_000),
        stacked: true,
      }}
      table={{ columns, rows: view.byHour, rowKey: (r) => String(r.hour), total: { hour: null, ...view.overall } }}
      csv={{ name: ['docket-service-times'], range: view, text: () => serviceTimesCsv(view) }}
      note={t('reports.serviceNote')}
      wide
    />
  );
}

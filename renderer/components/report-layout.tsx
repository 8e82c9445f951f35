import { useTranslation } from 'react-i18next';
import { downloadFile, exportFileName } from '../export/download-file';
import { ReportChart, type ReportChartProps } from './report-chart';
import { ReportTable, type ReportTableProps } from './report-table';

interface Props<R> {
  /** Names the chart, captions the table. */
  title: string;
  /** The chart's own figures; its title, description and test id are the layout's. */
  chart: Omit<ReportChartProps, 'title' | 'description' | 'testId'>;
  /** The table's columns and rows; caption, empty text, total label and test id are the layout's. */
  table: Omit<ReportTableProps<R>, 'caption' | 'empty' | 'totalLabel' | 'testId'>;
  /** The CSV export: the file name's leading parts (the range's days are added) and the text, made when asked. */
  csv: { name: readonly string[]; range: { from: string | null; to: string | null }; text: () => string };
  note?: string | undefined;
  /** A table of many columns goes under its chart, full width, rather than beside it. */
  wide?: boolean;
}

/**
 * What every report shares: its chart and its table side by side (stacked
 * on a narrow screen), labelled alike, a note, and the CSV export under them.
 * A report section gives only what is its own: the figures.
 */
export function ReportLayout<R>({ title, chart, table, csv, note, wide }: Props<R>) {
  const { t } = useTranslation();
  const exportCsv = () =>
    downloadFile(exportFileName([...csv.name, csv.range.from ?? '', csv.range.to ?? ''], 'csv'), [csv.text()], 'text/csv');
  return (
    <section className="report-body" aria-live="polite">
      <div className={wide ? 'report-grid report-grid-wide' : 'report-grid'}>
        <div className="report-chart-cell">
          <ReportChart testId="report-chart" title={title} description={t('reports.chartDescription', { title })} {...chart} />
        </div>
        <div className="report-table-cell">
          <ReportTable testId="report-table" caption={title} empty={t('reports.empty')} totalLabel={t('reports.total')} {...table} />
        </div>
      </div>
      {note && <p className="hint">{note}</p>}
      <div className="report-actions">
        <button type="button" className="button button-large" data-testid="report-export-csv" onClick={exportCsv}>
          {t('reports.exportCsv')}
        </button>
      </div>
    </section>
  );
}

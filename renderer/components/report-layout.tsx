import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  chart: ReactNode;
  table: ReactNode;
  note?: string | undefined;
  /** A table of many columns goes under its chart, full width, rather than beside it. */
  wide?: boolean;
  onExportCsv: () => void;
}

/** A report's chart and its table side by side (stacked on a narrow screen), with its CSV export under them. */
export function ReportLayout({ chart, table, note, wide, onExportCsv }: Props) {
  const { t } = useTranslation();
  return (
    <section className="report-body" aria-live="polite">
      <div className={wide ? 'report-grid report-grid-wide' : 'report-grid'}>
        <div className="report-chart-cell">{chart}</div>
        <div className="report-table-cell">{table}</div>
      </div>
      {note && <p className="hint">{note}</p>}
      <div className="report-actions">
        <button type="button" className="button button-large" data-testid="report-export-csv" onClick={onExportCsv}>
          {t('reports.exportCsv')}
        </button>
      </div>
    </section>
  );
}

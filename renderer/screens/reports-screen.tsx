import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { AdjustmentsReportSection } from '../components/adjustments-report-view';
import { ExportDialog } from '../components/export-dialog';
import { LogExportDialog } from '../components/log-export-dialog';
import { ReportRangeBar } from '../components/report-range-bar';
import { SalesReportSection } from '../components/sales-report-view';
import { ServiceTimesSection } from '../components/service-times-view';
import { clockOf } from '../reports/report-range';
import { createReportsStore, REPORT_KINDS, type ReportData } from '../stores/reports-store';

/**
 * The owner's reports (managers): sales by hour, day, category, item and
 * staff; voids, discounts and refunds by staff and by approver; service
 * times by hour — each a chart with its table and a CSV export — over a day
 * range; and the exports of the log itself.
 */
export function ReportsScreen() {
  const { t } = useTranslation();
  const { api, locale } = useStores();
  // The screen's own store: it lives while the screen is shown, and is read afresh on entry. Its
  // "today" follows the restaurant's clock as the locale store has it at each read (a zone changed in Admin counts at once).
  const [store] = useState(() => createReportsStore(api, { clock: () => clockOf(locale.getState().restaurant) }));
  const kind = useStore(store, (s) => s.kind);
  const data = useStore(store, (s) => s.data);
  const loading = useStore(store, (s) => s.loading);
  const error = useStore(store, (s) => s.error);
  const [dialog, setDialog] = useState<'events' | 'log' | null>(null);
  const [filter, setFilter] = useState('');

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  // Sales go on while the screen is open: read the report again a moment after orders change (once per burst).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = api.onPush((push) => {
      if (push.type !== 'ViewsChanged' || !push.streams.some((s) => s.startsWith('order-'))) return;
      clearTimeout(timer);
      timer = setTimeout(() => void store.getState().load(), 800);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [api, store]);

  return (
    <div className="reports-screen" data-testid="reports-screen">
      <div className="reports-head">
        <h2 className="pane-title">{t('reports.title')}</h2>
        <form
          className="report-actions"
          onSubmit={(e) => {
            e.preventDefault();
            setDialog('events');
          }}
        >
          <label className="visually-hidden" htmlFor="reports-filter">
            {t('reports.filter')}
          </label>
          {/* The history screen's filter language; empty exports every event. The core checks it and the dialog shows its error. */}
          <input
            id="reports-filter"
            className="text-input"
            data-testid="reports-filter"
            placeholder={t('reports.filterPlaceholder')}
            maxLength={2000}
            autoComplete="off"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <button type="submit" className="button" data-testid="reports-export-events">
            {t('reports.exportEvents')}
          </button>
          <button type="button" className="button" data-testid="reports-export-log" onClick={() => setDialog('log')}>
            {t('reports.exportLog')}
          </button>
        </form>
      </div>
      <ReportRangeBar store={store} />
      <div className="chip-row report-kinds" role="group" aria-label={t('reports.which')}>
        {REPORT_KINDS.map((k) => (
          <button key={k} type="button" className="button chip" aria-pressed={kind === k} data-testid={`report-kind-${k}`} onClick={() => void store.getState().setKind(k)}>
            {t(`reports.kinds.${k}`)}
          </button>
        ))}
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="report-error">
          {error}
        </p>
      )}
      {loading && !data && <p className="hint">{t('reports.loading')}</p>}
      {data && <ReportSection data={data} />}
      {/* No offset: the till reads the filter's dates as the restaurant's business days, the days these reports show. */}
      {dialog === 'events' && <ExportDialog filter={filter} onClose={() => setDialog(null)} />}
      {dialog === 'log' && <LogExportDialog onClose={() => setDialog(null)} />}
    </div>
  );
}

function ReportSection({ data }: { data: ReportData }) {
  switch (data.kind) {
    case 'adjustStaff':
      return <AdjustmentsReportSection view={data.view} by="byStaff" />;
    case 'adjustApprover':
      return <AdjustmentsReportSection view={data.view} by="byApprover" />;
    case 'service':
      return <ServiceTimesSection view={data.view} />;
    default:
      return <SalesReportSection view={data.view} />;
  }
}

import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ShiftReportView } from '../../shared/contract/shift-views';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { ShiftReportCash } from './shift-report-cash';
import { ShiftReportTables, ShiftReportVoids } from './shift-report-tables';

/**
 * An X report (the open shift so far) or a Z report (stored in the closing
 * event, never recomputed). The whole section is the printable layout: the
 * browser's print shows it alone.
 */
export function ShiftReport({ view }: { view: ShiftReportView }) {
  const { t } = useTranslation();
  const { money, time } = useFormat();
  const { shift } = useStores();
  const names = useStore(shift, (s) => s.staffNames);
  const { kind, report, shift: sv } = view;
  const cur = report.currency;
  const who = (id: string | null): string => (id ? (names[id] ?? id) : t('shift.system'));
  const summary: [string, string][] = [
    ['orders', String(report.orders)],
    ['net', money(report.net, cur)],
    ['tax', money(report.tax, cur)],
    ['total', money(report.total, cur)],
    ['tips', money(report.tips, cur)],
    ['discounts', `${report.discounts.count} · ${money(report.discounts.amount, cur)}`],
    ['refunds', `${report.refunds.count} · ${money(report.refunds.amount, cur)}`],
  ];
  return (
    <article className="shift-report printable" data-testid="shift-report" data-kind={kind} aria-labelledby="shift-report-title">
      <header className="report-header">
        <h2 id="shift-report-title" className="pane-title" data-testid="shift-report-title" tabIndex={-1}>
          {kind === 'Z' ? t('shift.zTitle', { number: sv.zNumber ?? 0 }) : t('shift.xTitle')}
        </h2>
        <div className="report-header-actions no-print">
          <button type="button" className="button" data-testid="shift-report-print" onClick={() => window.print()}>
            {t('report.print')}
          </button>
          <button type="button" className="button" data-testid="shift-report-close" onClick={() => shift.getState().hideReport()}>
            {t('report.close')}
          </button>
        </div>
      </header>
      <p className="report-meta">
        {t('app.terminal', { terminal: sv.terminal })} · {t('report.opened', { time: time(sv.openedAt), name: who(sv.openedBy) })}
        {sv.closedAt && <> · {t('report.closed', { time: time(sv.closedAt), name: who(sv.closedBy) })}</>}
      </p>
      {kind === 'X' && <p className="report-note">{t('report.xNote')}</p>}
      <dl className="facts report-summary">
        {summary.map(([key, value]) => (
          <div key={key} className="facts-row">
            <dt>{t(`report.${key}`)}</dt>
            <dd data-testid={`z-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="report-columns">
        <div className="report-column">
          <ShiftReportTables report={report} />
        </div>
        <div className="report-column">
          <ShiftReportCash cash={report.cash} currency={cur} counted={kind === 'Z'} />
          <section className="report-section" aria-labelledby="report-receipts-title">
            <h3 id="report-receipts-title" className="report-heading">
              {t('report.receipts')}
            </h3>
            <p data-testid="z-receipts">
              {report.receipts.first === null
                ? t('report.noReceipts')
                : t('report.receiptRange', { first: report.receipts.first, last: report.receipts.last ?? report.receipts.first })}
            </p>
            <h3 className="report-heading">{t('report.chainHead')}</h3>
            <p className="chain-head" data-testid="z-chain-head">
              {report.chainHead}
            </p>
          </section>
        </div>
      </div>
      <ShiftReportVoids report={report} names={names} />
    </article>
  );
}

import { useTranslation } from 'react-i18next';
import type { ZReport } from '../../shared/domain/shift/shift-events';
import { useFormat } from '../app/use-format';

interface Props {
  cash: ZReport['cash'];
  currency: string;
  /** An X report has no count yet: it stops at the expected cash. */
  counted: boolean;
}

/** The drawer's sum written out line by line, so a manager can check it by hand: float + sales + in − out − refunds. */
export function ShiftReportCash({ cash, currency, counted }: Props) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const rows: [string, string, number][] = [
    ['float', '', cash.float],
    ['sales', '+', cash.sales],
    ['paidIn', '+', cash.paidIn],
    ['paidOut', '−', cash.paidOut],
    ['refunds', '−', cash.refunds],
  ];
  const verdict = cash.variance < 0 ? 'short' : cash.variance > 0 ? 'over' : 'balanced';
  return (
    <section className="report-section" aria-labelledby="report-cash-title">
      <h3 id="report-cash-title" className="report-heading">
        {t('report.cash.title')}
      </h3>
      <dl className="facts report-cash">
        {rows.map(([key, sign, amount]) => (
          <div key={key} className="facts-row">
            <dt>
              <span className="report-sign" aria-hidden="true">
                {sign}
              </span>
              {t(`report.cash.${key}`)}
            </dt>
            <dd data-testid={`z-cash-${key}`}>{money(amount, currency)}</dd>
          </div>
        ))}
        <div className="facts-row facts-total">
          <dt>
            <span className="report-sign" aria-hidden="true">
              =
            </span>
            {t('report.cash.expected')}
          </dt>
          <dd data-testid="z-expected">{money(cash.expected, currency)}</dd>
        </div>
        {counted && (
          <>
            <div className="facts-row">
              <dt>{t('report.cash.counted')}</dt>
              <dd data-testid="z-counted">{money(cash.counted, currency)}</dd>
            </div>
            <div className={`facts-row facts-total variance-${verdict}`} data-testid="z-variance-row">
              <dt>
                {t('report.cash.variance')} <span data-testid="z-variance-label">({t(`report.cash.${verdict}`)})</span>
              </dt>
              <dd data-testid="z-variance">{money(cash.variance, currency)}</dd>
            </div>
          </>
        )}
      </dl>
    </section>
  );
}

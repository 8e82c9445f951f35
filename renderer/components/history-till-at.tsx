import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import type { HistoryInspectStore } from '../stores/history-inspect-store';

/** "2026-11-01T14:30" as the browser's local time → an ISO instant; null when the field is empty or not a time. */
export function localInputToIso(value: string): string | null {
  if (value === '') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The whole till at a chosen moment: the orders open then and each open shift's money so far. */
export function HistoryTillAt({ inspect }: { inspect: HistoryInspectStore }) {
  const { t } = useTranslation();
  const { money, time } = useFormat();
  const view = useStore(inspect, (s) => s.tillAt);
  const [value, setValue] = useState('');
  const currency = useStore(useStores().menu, (s) => s.menu?.currency) ?? 'USD';
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const iso = localInputToIso(value);
    if (iso) void inspect.getState().loadTillAt({ atTime: iso });
  };

  return (
    <section className="history-till-at" aria-labelledby="history-till-at-title" data-testid="history-till-at">
      <h2 id="history-till-at-title" className="pane-title">
        {t('historyLog.tillAt.title')}
      </h2>
      <form className="history-till-at-form" onSubmit={onSubmit}>
        <label htmlFor="history-till-at-input">{t('historyLog.tillAt.moment')}</label>
        <input
          id="history-till-at-input"
          type="datetime-local"
          step={1}
          className="history-till-at-input"
          data-testid="history-till-at-input"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="button button-primary" data-testid="history-till-at-show" disabled={localInputToIso(value) === null}>
          {t('historyLog.tillAt.show')}
        </button>
      </form>
      {view && (
        <div data-testid="history-till-at-result" data-position={view.atPosition}>
          <p className="hint">{view.at ? t('historyLog.tillAt.asOf', { position: view.atPosition, time: time(view.at) }) : t('historyLog.tillAt.nothingYet')}</p>
          <h3 className="pane-subtitle">{t('historyLog.tillAt.openOrders')}</h3>
          {view.openOrders.length === 0 ? (
            <p className="hint">{t('historyLog.tillAt.noOrders')}</p>
          ) : (
            <table className="history-table" data-testid="history-till-at-orders">
              <thead>
                <tr>
                  {(['table', 'opened', 'lines', 'total', 'paid', 'due'] as const).map((k) => (
                    <th key={k} scope="col">
                      {t(`historyLog.tillAt.${k}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.openOrders.map((o) => (
                  <tr key={o.orderId} data-testid="history-till-at-order">
                    <td>{o.table ?? '—'}</td>
                    <td>{time(o.openedAt)}</td>
                    <td className="num">{o.lines}</td>
                    <td className="num">{money(o.total, currency)}</td>
                    <td className="num">{money(o.paid, currency)}</td>
                    <td className="num">{money(o.due, currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3 className="pane-subtitle">{t('historyLog.tillAt.shifts')}</h3>
          {view.shifts.length === 0 ? (
            <p className="hint">{t('historyLog.tillAt.noShifts')}</p>
          ) : (
            view.shifts.map((s) => (
              <dl key={s.shiftId} className="history-meta" data-testid="history-till-at-shift">
                {(
                  [
                    ['terminal', s.terminal],
                    ['opened', time(s.openedAt)],
                    ['float', money(s.float, currency)],
                    ['paidIn', money(s.paidIn, currency)],
                    ['paidOut', money(s.paidOut, currency)],
                    ['ordersClosed', String(s.ordersClosed)],
                    ['refunds', `${s.refunds.count} · ${money(s.refunds.amount, currency)}`],
                    ['drawerOpenings', String(s.drawerOpenings)],
                    ['expectedCash', money(s.expectedCash, currency)],
                  ] as const
                ).map(([k, v]) => (
                  <div key={k}>
                    <dt>{t(`historyLog.tillAt.${k}`)}</dt>
                    <dd data-testid={`history-till-at-${k}`}>{v}</dd>
                  </div>
                ))}
                {s.tenders.map((x) => (
                  <div key={x.tender}>
                    <dt>{x.tender}</dt>
                    <dd>{t('historyLog.tillAt.tender', { tender: x.tender, count: x.count, amount: money(x.amount, currency) })}</dd>
                  </div>
                ))}
              </dl>
            ))
          )}
        </div>
      )}
    </section>
  );
}

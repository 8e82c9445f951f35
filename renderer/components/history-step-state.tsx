import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StreamStateView } from '../../shared/contract/history-queries';
import type { OrderState } from '../../shared/domain/order/order-state';
import { amountDue, orderTotals } from '../../shared/domain/order/order-totals';
import { useFormat } from '../app/use-format';
import type { HistoryInspectStore } from '../stores/history-inspect-store';

/** A value of the state as text: short values as they are, objects as compact JSON. */
function show(v: unknown, unset: string): string {
  if (v === undefined) return unset;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** An order's money at that point, as the till would have shown it: what it came to, what was paid, what was still due. */
function OrderSummary({ state }: { state: OrderState }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  if (state.status === 'none') return null;
  const total = orderTotals(state).total;
  return (
    <dl className="history-order-summary" data-testid="history-order-summary">
      <div>
        <dt>{t('historyLog.timeline.orderStatus')}</dt>
        <dd data-testid="history-state-status" data-status={state.status}>
          {t(`historyLog.timeline.statusName.${state.status}`)}
        </dd>
      </div>
      <div>
        <dt>{t('historyLog.timeline.orderTotal')}</dt>
        <dd data-testid="history-state-total">{money(total, state.currency)}</dd>
      </div>
      <div>
        <dt>{t('historyLog.timeline.orderPaid')}</dt>
        <dd data-testid="history-state-paid" data-minor={state.paid}>
          {money(state.paid, state.currency)}
        </dd>
      </div>
      <div>
        <dt>{t('historyLog.timeline.orderDue')}</dt>
        <dd data-testid="history-state-due" data-minor={amountDue(state)}>
          {money(amountDue(state), state.currency)}
        </dd>
      </div>
      <div>
        <dt>{t('historyLog.timeline.orderLines', { count: state.lines.length })}</dt>
        <dd />
      </div>
    </dl>
  );
}

/** The chosen step: the state after it or just before it (a toggle), and what it changed, path by path. */
export function HistoryStepState({ inspect }: { inspect: HistoryInspectStore }) {
  const { t } = useTranslation();
  const open = useStore(inspect, (s) => s.stream);
  if (!open) return null;
  const step = open.timeline.steps.find((s) => s.position === open.chosen);
  if (!step) return <p className="hint history-step-state">{t('historyLog.timeline.pick')}</p>;
  const view: StreamStateView | null = open.side === 'after' ? open.after : open.before;
  const unset = t('historyLog.timeline.unset');
  const diff = open.after?.diff;

  return (
    <div className="history-step-state" data-testid="history-step-state" data-side={open.side} data-position={step.position}>
      <div className="history-sides" role="group">
        {(['before', 'after'] as const).map((side) => (
          <button
            key={side}
            type="button"
            className="button button-small"
            aria-pressed={open.side === side}
            data-testid={`history-side-${side}`}
            onClick={() => inspect.getState().showSide(side)}
          >
            {t(`historyLog.timeline.${side}`)}
          </button>
        ))}
      </div>
      <h3 className="pane-subtitle" data-testid="history-state-title">
        {t(open.side === 'after' ? 'historyLog.timeline.stateAfter' : 'historyLog.timeline.stateBefore', { type: step.type, position: step.position })}
      </h3>
      {view && open.label.kind === 'order' && <OrderSummary state={view.state as OrderState} />}
      <h3 className="pane-subtitle">{t('historyLog.timeline.diff')}</h3>
      {!diff ? (
        <p className="hint">…</p>
      ) : diff.changes.length === 0 ? (
        <p className="hint">{t('historyLog.timeline.noChanges')}</p>
      ) : (
        <table className="history-diff" data-testid="history-diff">
          <thead>
            <tr>
              <th scope="col">{t('historyLog.timeline.path')}</th>
              <th scope="col">{t('historyLog.timeline.was')}</th>
              <th scope="col">{t('historyLog.timeline.now')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.changes.map((c) => (
              <tr key={c.path} data-testid="history-diff-row" data-path={c.path}>
                <td className="history-diff-path">{c.path}</td>
                <td className="history-diff-before">{show(c.before, unset)}</td>
                <td className="history-diff-after">{show(c.after, unset)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff?.truncated && <p className="hint">{t('historyLog.timeline.truncated')}</p>}
      {view && (
        <details className="history-raw">
          <summary>{t('historyLog.timeline.raw')}</summary>
          <pre className="history-json" data-testid="history-state-json">
            {JSON.stringify(view.state, null, 2)}
          </pre>
        </details>
      )}
    </div>
  );
}

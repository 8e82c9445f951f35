import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { OrderView } from '../../shared/contract/views';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { PaymentSplitLines } from './payment-split-lines';

type Part = NonNullable<OrderView['split']>['parts'][number];
const MIN_PARTS = 2;
const MAX_PARTS = 20;

/** A part's name in the screen's language, from its id (the core's labels are for the receipt). */
export function usePartLabel(order: OrderView): (part: Part) => string {
  const { t } = useTranslation();
  const split = order.split;
  return (part) => {
    if (split?.mode === 'seats') return t('pay.partSeat', { seat: part.partId.replace(/^seat-/, '') });
    if (split?.mode === 'even') return t('pay.partEven', { part: part.partId, parts: split.parts.length });
    return t('pay.partLines', { part: part.partId });
  };
}

/**
 * Splitting the bill before the first payment: evenly in N parts, by seat,
 * or by chosen lines. Once split, each part is picked and paid on its own.
 */
export function PaymentSplit({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const payment = useStores().payment;
  const partId = useStore(payment, (s) => s.partId);
  const [mode, setMode] = useState<'none' | 'even' | 'lines'>('none');
  const [parts, setParts] = useState(MIN_PARTS);
  const label = usePartLabel(order);
  const paidAlready = order.payments.length > 0;

  if (order.split) {
    return (
      <section className="pay-split" aria-labelledby="split-title">
        <h3 id="split-title" className="pane-subtitle">
          {t('pay.splitParts')}
        </h3>
        <ul className="part-list">
          {order.split.parts.map((p) => (
            <li key={p.partId}>
              <button
                type="button"
                className="part-card"
                data-testid="pay-part"
                data-part-id={p.partId}
                aria-pressed={p.partId === partId}
                onClick={() => payment.getState().selectPart(p.partId)}
              >
                <span className="part-label">{label(p)}</span>
                <span className="part-amount">{money(p.amount, order.currency)}</span>
                <span className={`part-due ${p.due === 0 ? 'part-paid' : ''}`} data-testid="pay-part-due">
                  {p.due === 0 ? t('pay.partPaid') : t('pay.partDue', { amount: money(p.due, order.currency) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button" data-testid="pay-split-clear" disabled={paidAlready} onClick={() => void payment.getState().clearSplit()}>
          {t('pay.splitClear')}
        </button>
      </section>
    );
  }

  return (
    <section className="pay-split" aria-labelledby="split-title">
      <h3 id="split-title" className="pane-subtitle">
        {t('pay.split')}
      </h3>
      {paidAlready && <p className="hint">{t('pay.splitTooLate')}</p>}
      <div className="chip-row" role="group" aria-label={t('pay.split')}>
        <button type="button" className="button chip" data-testid="pay-split-even" aria-pressed={mode === 'even'} disabled={paidAlready} onClick={() => setMode('even')}>
          {t('pay.splitEven')}
        </button>
        <button type="button" className="button chip" data-testid="pay-split-seats" disabled={paidAlready} onClick={() => void payment.getState().splitSeats()}>
          {t('pay.splitSeats')}
        </button>
        <button type="button" className="button chip" data-testid="pay-split-lines" aria-pressed={mode === 'lines'} disabled={paidAlready} onClick={() => setMode('lines')}>
          {t('pay.splitLines')}
        </button>
      </div>
      {mode === 'even' && !paidAlready && (
        <div className="stepper" role="group" aria-label={t('pay.splitPartsCount')}>
          <button type="button" className="button stepper-button" aria-label={t('pay.fewer')} disabled={parts <= MIN_PARTS} onClick={() => setParts(parts - 1)}>
            −
          </button>
          <output className="stepper-value" data-testid="pay-split-count" aria-live="polite">
            {t('pay.splitPartsN', { count: parts })}
          </output>
          <button type="button" className="button stepper-button" aria-label={t('pay.more')} disabled={parts >= MAX_PARTS} onClick={() => setParts(parts + 1)}>
            +
          </button>
          <button type="button" className="button button-primary" data-testid="pay-split-even-apply" onClick={() => void payment.getState().splitEven(parts)}>
            {t('pay.splitApply')}
          </button>
        </div>
      )}
      {mode === 'lines' && !paidAlready && <PaymentSplitLines order={order} onDone={() => setMode('none')} />}
    </section>
  );
}

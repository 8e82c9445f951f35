import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { OrderView } from '../../shared/contract/views';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { parseAmount, parsePercent } from '../format/parse-input';
import { ModalDialog } from './modal-dialog';
import { useDialogAction } from './use-dialog-action';

/** Quick percentages, as typed text and in basis points. */
const QUICK_PERCENTS = [5, 10, 15, 20, 50].map((p) => ({ text: String(p), bp: p * 100 }));
const REASON_KEYS = ['regular', 'staff', 'birthday', 'complaint'] as const;

interface Props {
  order: OrderView;
  onClose: () => void;
}

/**
 * A discount on the whole order or on one line, as a percentage or an
 * amount, always with a reason. Above the restaurant's threshold the till
 * asks for a manager (the approval dialog comes up by itself).
 */
export function OrderDiscountDialog({ order, onClose }: Props) {
  const { t } = useTranslation();
  const { money, percent } = useFormat();
  const { order: orderStore, menu } = useStores();
  const threshold = useStore(menu, (s) => s.menu?.discountApprovalAbove ?? null);
  const [lineId, setLineId] = useState<string | null>(null);
  const [kind, setKind] = useState<'percent' | 'amount'>('percent');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useDialogAction(onClose);
  const lines = order.lines.filter((l) => l.status !== 'voided');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const parsed = kind === 'percent' ? parsePercent(value) : parseAmount(value, order.currency, { min: 1 });
    if (!parsed.ok || parsed.value <= 0) return setError(t(kind === 'percent' ? 'order.discountBadPercent' : 'order.discountBadAmount'));
    if (!reason.trim()) return setError(t('order.reasonNeeded'));
    await run(() => orderStore.getState().discount({ kind, value: parsed.value, reason: reason.trim(), ...(lineId ? { lineId } : {}) }));
  };

  return (
    <ModalDialog labelledBy="discount-title" onClose={onClose} testId="discount-dialog" className="modal-wide">
      <h2 id="discount-title" className="modal-title">
        {t('order.discountTitle')}
      </h2>
      <form className="dialog-form" onSubmit={(e) => void submit(e)}>
        <fieldset className="field-group">
          <legend className="field-label">{t('order.discountOn')}</legend>
          <div className="chip-row">
            <button type="button" className="button chip" data-testid="discount-target-order" aria-pressed={lineId === null} onClick={() => setLineId(null)}>
              {t('order.discountWholeOrder')}
            </button>
            {lines.map((l) => (
              <button
                key={l.lineId}
                type="button"
                className="button chip"
                data-testid="discount-target-line"
                aria-pressed={lineId === l.lineId}
                onClick={() => setLineId(l.lineId)}
              >
                {l.name} · {money(l.total, order.currency)}
              </button>
            ))}
          </div>
        </fieldset>
        <div className="chip-row" role="group" aria-label={t('order.discountKind')}>
          {(['percent', 'amount'] as const).map((k) => (
            <button key={k} type="button" className="button chip" data-testid={`discount-kind-${k}`} aria-pressed={kind === k} onClick={() => setKind(k)}>
              {t(`order.discountKinds.${k}`)}
            </button>
          ))}
        </div>
        <label htmlFor="discount-value" className="field-label">
          {t(kind === 'percent' ? 'order.discountPercent' : 'order.discountAmount')}
        </label>
        <div className="field-row">
          <input
            id="discount-value"
            className="text-input amount-input"
            data-testid="discount-value"
            data-autofocus
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
          {kind === 'percent' &&
            QUICK_PERCENTS.map((p) => (
              <button key={p.bp} type="button" className="button chip" aria-pressed={value === p.text} onClick={() => setValue(p.text)}>
                {percent(p.bp)}
              </button>
            ))}
        </div>
        {threshold !== null && <p className="hint">{t('order.discountThreshold', { percent: percent(threshold) })}</p>}
        <label htmlFor="discount-reason" className="field-label">
          {t('order.reason')}
        </label>
        <input
          id="discount-reason"
          className="text-input"
          data-testid="discount-reason"
          maxLength={200}
          autoComplete="off"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="chip-row" role="group" aria-label={t('order.reasonPresets')}>
          {REASON_KEYS.map((k) => (
            <button key={k} type="button" className="button chip" aria-pressed={reason === t(`order.discountReasons.${k}`)} onClick={() => setReason(t(`order.discountReasons.${k}`))}>
              {t(`order.discountReasons.${k}`)}
            </button>
          ))}
        </div>
        {error && (
          <p className="field-error" role="alert" data-testid="dialog-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="button button-large" onClick={onClose}>
            {t('order.cancel')}
          </button>
          <button type="submit" className="button button-primary button-large" data-testid="discount-submit" disabled={busy}>
            {t('order.discountApply')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

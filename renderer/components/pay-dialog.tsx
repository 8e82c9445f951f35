import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { OrderView } from '../../shared/contract/views';
import { isDocketError } from '../../shared/kernel/errors';
import { formatMinor, parseMoney } from '../../shared/kernel/money';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { quickAmounts } from '../format/cash';
import { ModalDialog } from './modal-dialog';

interface Props {
  order: OrderView;
  onCloseOrder: () => Promise<boolean>;
  onDone: () => void;
}

/**
 * Cash in: type what was handed over (or tap exact / the next round notes),
 * Enter takes the payment and the dialog shows the change to give back.
 * The typed text goes through parseMoney into minor units: never a float.
 */
export function PayDialog({ order, onCloseOrder, onDone }: Props) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const { order: orderStore, status } = useStores();
  const lastPayment = useStore(orderStore, (s) => s.lastPayment);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [paid, setPaid] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const settled = paid && order.due === 0;
  useEffect(() => {
    // Once nothing is owed, Enter should close the order: put focus on that button.
    if (settled) closeRef.current?.focus();
    else if (paid) inputRef.current?.focus();
  }, [settled, paid]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || settled) return;
    let amount: number;
    try {
      amount = parseMoney(text, order.currency).amount;
    } catch (err) {
      setError(isDocketError(err) ? err.message : String(err));
      return;
    }
    if (amount <= 0) return setError(t('pay.mustBePositive'));
    setError(null);
    setBusy(true);
    const outcome = await orderStore.getState().payCash(amount);
    setBusy(false);
    if (outcome) {
      setPaid(true);
      setText('');
    } else {
      // The toast sits under the modal's backdrop: repeat the refusal here.
      setError(status.getState().message);
    }
  };

  const closeOrder = async () => {
    setBusy(true);
    const ok = await onCloseOrder();
    setBusy(false);
    if (ok) onDone();
  };

  const exact = order.due > 0 ? [order.due] : [];
  const quick = [...exact, ...quickAmounts(order.due, order.currency)];
  return (
    <ModalDialog labelledBy="pay-title" onClose={onDone} testId="pay-dialog">
      <h2 id="pay-title" className="modal-title">
        {t('pay.title')}
      </h2>
      <p className="pay-due">
        <span>{paid ? t('pay.stillDue') : t('pay.due')}</span>
        <strong data-testid="pay-due">{money(order.due, order.currency)}</strong>
      </p>
      {paid && lastPayment && (
        <div className="pay-result" role="status">
          <p>{t('pay.paid', { amount: money(lastPayment.tendered, order.currency) })}</p>
          <p className="pay-change">
            <span>{t('pay.change')}</span>
            <strong data-testid="change-due">{money(lastPayment.change, order.currency)}</strong>
          </p>
        </div>
      )}
      {!settled && (
        <form className="pay-form" onSubmit={(e) => void submit(e)}>
          <label htmlFor="pay-amount" className="field-label">
            {t('pay.amount')}
          </label>
          <input
            id="pay-amount"
            ref={inputRef}
            className="text-input amount-input"
            data-testid="pay-amount"
            data-autofocus
            inputMode="decimal"
            autoComplete="off"
            value={text}
            placeholder={formatMinor(order.due, order.currency)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'pay-error' : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {error && (
            <p id="pay-error" className="field-error" role="alert" data-testid="pay-error">
              {error}
            </p>
          )}
          <div className="quick-amounts" role="group" aria-label={t('pay.quick')}>
            {quick.map((amount, i) => (
              <button
                key={amount}
                type="button"
                className="button quick-amount"
                data-testid={i === 0 && exact.length ? 'pay-exact' : 'pay-quick'}
                onClick={() => {
                  setText(formatMinor(amount, order.currency));
                  // Back to the field, so the next Enter takes the payment.
                  inputRef.current?.focus();
                }}
              >
                {i === 0 && exact.length ? `${t('pay.exact')} ${money(amount, order.currency)}` : money(amount, order.currency)}
              </button>
            ))}
          </div>
          <div className="modal-actions">
            <button type="button" className="button button-large" onClick={onDone}>
              {t('pay.cancel')}
            </button>
            <button type="submit" className="button button-primary button-large" data-testid="pay-submit" disabled={busy}>
              {t('pay.submit')}
            </button>
          </div>
        </form>
      )}
      {settled && (
        <div className="modal-actions">
          <button type="button" className="button button-large" data-testid="pay-done" onClick={onDone}>
            {t('pay.done')}
          </button>
          <button
            type="button"
            ref={closeRef}
            className="button button-primary button-large"
            data-testid="pay-close-order"
            disabled={busy}
            onClick={() => void closeOrder()}
          >
            {t('pay.closeOrder')}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinor } from '../../shared/kernel/money';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { quickAmounts } from '../format/cash';
import { parseAmount } from '../format/parse-input';
import { shareOf } from '../format/ticket-groups';
import type { Tender } from '../stores/payment-store';

const TENDERS: Tender[] = ['cash', 'card', 'voucher'];
/** Tip choices in basis points of what this payment settles. */
const TIP_SHARES = [1000, 1500, 2000];

interface Props {
  currency: string;
  /** What this payment settles at most: the selected part's due, or the order's. */
  due: number;
  /** Focus back to the amount after each payment while something is still due. */
  paidCount: number;
}

type Tip = { kind: 'none' } | { kind: 'share'; bp: number } | { kind: 'amount'; text: string };

/**
 * One payment: a tender, what was handed over (typed text → minor units by
 * parseMoney, never a float), a tip, and the card terminal's reference for a
 * card. Enter takes it.
 */
export function PaymentTenderForm({ currency, due, paidCount }: Props) {
  const { t } = useTranslation();
  const { money, percent } = useFormat();
  const { payment, status } = useStores();
  const [tender, setTender] = useState<Tender>('cash');
  const [text, setText] = useState('');
  const [tip, setTip] = useState<Tip>({ kind: 'none' });
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (paidCount > 0) inputRef.current?.focus();
  }, [paidCount]);

  // What this payment settles (cash over the due is change), the base of a tip share.
  const typed = text.trim() ? parseAmount(text, currency) : { ok: true as const, value: due };
  const settles = typed.ok ? Math.min(Math.max(typed.value, 0), due) : due;
  const tipAmount = tip.kind === 'share' ? shareOf(settles, tip.bp) : tip.kind === 'amount' ? parseAmount(tip.text || '0', currency) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!typed.ok) return setError(typed.error);
    if (typed.value <= 0) return setError(t('pay.mustBePositive'));
    if (tender !== 'cash' && typed.value > due) return setError(t('pay.notMoreThanDue', { due: money(due, currency) }));
    const tipValue = typeof tipAmount === 'number' ? tipAmount : tipAmount === null ? 0 : tipAmount.ok ? tipAmount.value : -1;
    if (tipValue < 0) return setError(t('pay.badTip'));
    if (tender === 'card' && !reference.trim()) return setError(t('pay.referenceNeeded'));
    setError(null);
    setBusy(true);
    const outcome = await payment.getState().pay({ tender, amount: typed.value, tip: tipValue, reference });
    setBusy(false);
    if (!outcome) {
      // Shown under the field rather than in the toast under the modal's backdrop.
      setError(status.getState().message);
      status.getState().clear();
      return;
    }
    setText('');
    setTip({ kind: 'none' });
    setReference('');
  };

  const quick = [due, ...(tender === 'cash' ? quickAmounts(due, currency) : [])].filter((a) => a > 0);
  const shownTip = typeof tipAmount === 'number' ? tipAmount : tipAmount?.ok ? tipAmount.value : null;
  return (
    <form className="pay-form" onSubmit={(e) => void submit(e)} data-testid="pay-form">
      <div className="chip-row tender-row" role="group" aria-label={t('pay.tender')}>
        {TENDERS.map((x) => (
          <button key={x} type="button" className="button chip tender" data-testid={`pay-tender-${x}`} aria-pressed={tender === x} onClick={() => setTender(x)}>
            {t(`pay.tenders.${x}`)}
          </button>
        ))}
      </div>
      <label htmlFor="pay-amount" className="field-label">
        {t(tender === 'cash' ? 'pay.amount' : 'pay.amountCharged')}
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
        placeholder={formatMinor(due, currency)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'pay-error' : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="quick-amounts" role="group" aria-label={t('pay.quick')}>
        {quick.map((amount, i) => (
          <button
            key={amount}
            type="button"
            className="button quick-amount"
            data-testid={i === 0 ? 'pay-exact' : 'pay-quick'}
            onClick={() => {
              setText(formatMinor(amount, currency));
              inputRef.current?.focus(); // so the next Enter takes the payment
            }}
          >
            {i === 0 ? `${t('pay.exact')} ${money(amount, currency)}` : money(amount, currency)}
          </button>
        ))}
      </div>
      {tender === 'card' && (
        <>
          <label htmlFor="pay-reference" className="field-label">
            {t('pay.reference')}
          </label>
          <input
            id="pay-reference"
            className="text-input"
            data-testid="pay-reference"
            maxLength={64}
            autoComplete="off"
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
        </>
      )}
      <fieldset className="field-group tip-group">
        <legend className="visually-hidden">{t('pay.tip')}</legend>
        <div className="chip-row">
          <span className="field-label" aria-hidden="true">
            {t('pay.tip')}
          </span>
          <button type="button" className="button chip" data-testid="pay-tip-none" aria-pressed={tip.kind === 'none'} onClick={() => setTip({ kind: 'none' })}>
            {t('pay.tipNone')}
          </button>
          {TIP_SHARES.map((bp) => (
            <button
              key={bp}
              type="button"
              className="button chip"
              data-testid={`pay-tip-${bp / 100}`}
              aria-pressed={tip.kind === 'share' && tip.bp === bp}
              onClick={() => setTip({ kind: 'share', bp })}
            >
              {percent(bp)}
            </button>
          ))}
          <input
            className="text-input tip-input"
            data-testid="pay-tip-amount"
            aria-label={t('pay.tipAmount')}
            placeholder={t('pay.tipAmount')}
            inputMode="decimal"
            autoComplete="off"
            value={tip.kind === 'amount' ? tip.text : ''}
            onChange={(e) => setTip({ kind: 'amount', text: e.target.value })}
          />
        </div>
      </fieldset>
      {shownTip !== null && shownTip > 0 && (
        <p className="hint tip-shown" data-testid="pay-tip-shown">
          {t('pay.tipShown', { amount: money(shownTip, currency) })}
        </p>
      )}
      {error && (
        <p id="pay-error" className="field-error" role="alert" data-testid="pay-error">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary button-large" data-testid="pay-submit" disabled={busy || due === 0}>
        {t(`pay.take.${tender}`)}
      </button>
    </form>
  );
}

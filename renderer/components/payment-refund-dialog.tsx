import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/contract/views';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import type { Tender } from '../stores/payment-store';
import { ModalDialog } from './modal-dialog';
import { useDialogAction } from './use-dialog-action';

const TENDERS: Tender[] = ['cash', 'card', 'voucher'];
const REASON_KEYS = ['complaint', 'wrongItem', 'overcharged'] as const;

interface Props {
  order: OrderView;
  onClose: () => void;
}

/**
 * Money back on a closed order: everything not yet refunded, or the lines
 * chosen, in a tender, with a reason. The till asks for a manager's PIN.
 */
export function PaymentRefundDialog({ order, onClose }: Props) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const { payment } = useStores();
  const refunded = new Set(order.refunds.flatMap((r) => r.lineIds));
  const lines = order.lines.filter((l) => l.status !== 'voided' && !refunded.has(l.lineId));
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(lines.map((l) => l.lineId)));
  const [tender, setTender] = useState<Tender>(order.payments[0]?.tender ?? 'cash');
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useDialogAction(onClose);
  // What each line cost the guest: its net, plus its tax where prices exclude tax (the till's own rule).
  const charge = (l: OrderView['lines'][number]) => l.total + (order.taxMode === 'exclusive' ? l.tax : 0);
  const amount = lines.filter((l) => chosen.has(l.lineId)).reduce((s, l) => s + charge(l), 0);

  const toggle = (lineId: string) => {
    const next = new Set(chosen);
    if (next.has(lineId)) next.delete(lineId);
    else next.add(lineId);
    setChosen(next);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (chosen.size === 0) return setError(t('pay.refundNoLines'));
    if (!reason.trim()) return setError(t('order.reasonNeeded'));
    // Everything left goes as "the rest" (no line list), so the log says it was the whole order.
    const all = chosen.size === lines.length ? null : [...chosen];
    await run(() => payment.getState().refund(order.orderId, all, tender, reason.trim()));
  };

  return (
    <ModalDialog labelledBy="refund-title" onClose={onClose} testId="refund-dialog" className="modal-wide">
      <h2 id="refund-title" className="modal-title">
        {t('pay.refundTitle')}
      </h2>
      <form className="dialog-form" onSubmit={(e) => void submit(e)}>
        <fieldset className="field-group">
          <legend className="field-label">{t('pay.refundLines')}</legend>
          <ul className="refund-lines">
            {lines.map((l) => (
              <li key={l.lineId}>
                <button
                  type="button"
                  className="button chip refund-line"
                  data-testid="refund-line"
                  aria-pressed={chosen.has(l.lineId)}
                  onClick={() => toggle(l.lineId)}
                >
                  <span>{t('order.qty', { qty: l.qty })} {l.name}</span>
                  <span>{money(charge(l), order.currency)}</span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
        <p className="pay-due">
          <span>{t('pay.refundAmount')}</span>
          <strong data-testid="refund-amount">{money(amount, order.currency)}</strong>
        </p>
        <div className="chip-row" role="group" aria-label={t('pay.tender')}>
          {TENDERS.map((x) => (
            <button key={x} type="button" className="button chip" data-testid={`refund-tender-${x}`} aria-pressed={tender === x} onClick={() => setTender(x)}>
              {t(`pay.tenders.${x}`)}
            </button>
          ))}
        </div>
        <label htmlFor="refund-reason" className="field-label">
          {t('order.reason')}
        </label>
        <input
          id="refund-reason"
          className="text-input"
          data-testid="refund-reason"
          data-autofocus
          maxLength={200}
          autoComplete="off"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="chip-row" role="group" aria-label={t('order.reasonPresets')}>
          {REASON_KEYS.map((k) => (
            <button key={k} type="button" className="button chip" onClick={() => setReason(t(`pay.refundReasons.${k}`))}>
              {t(`pay.refundReasons.${k}`)}
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
          <button type="submit" className="button button-primary button-large" data-testid="refund-submit" disabled={busy || chosen.size === 0}>
            {t('pay.refundSubmit')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

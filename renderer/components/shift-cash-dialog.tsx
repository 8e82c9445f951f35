import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { formatMinor } from '../../shared/kernel/money';
import { useStores } from '../app/stores-context';
import { parseAmount } from '../format/parse-input';
import { ModalDialog } from './modal-dialog';

/** What the dialog does: cash in, cash out, a no-sale drawer opening, or the closing count. */
export type CashAction = 'payIn' | 'payOut' | 'drawer' | 'close';

interface Props {
  action: CashAction;
  currency: string;
  onDone: () => void;
}

const NEEDS_AMOUNT: Record<CashAction, boolean> = { payIn: true, payOut: true, drawer: false, close: true };
const NEEDS_REASON: Record<CashAction, boolean> = { payIn: true, payOut: true, drawer: true, close: false };

/**
 * One dialog for the drawer's four moments. Amounts go through parseMoney
 * into minor units; a pay out a server sends raises the manager's PIN pad
 * (withApproval), on top of this dialog. The close is a blind count: the
 * expected cash is not shown here, so the count cannot be bent towards it.
 */
export function ShiftCashDialog({ action, currency, onDone }: Props) {
  const { t } = useTranslation();
  const { shift, status } = useStores();
  const busy = useStore(shift, (s) => s.busy);
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    let amount = 0;
    if (NEEDS_AMOUNT[action]) {
      const parsed = parseAmount(amountText, currency, { min: action === 'close' ? 0 : 1 });
      if (!parsed.ok) return setError(parsed.error === 'tooSmall' ? t(action === 'close' ? 'shift.floatNotNegative' : 'shift.amountPositive') : parsed.error);
      amount = parsed.value;
    }
    if (NEEDS_REASON[action] && reason.trim() === '') return setError(t('shift.reasonRequired'));
    setError(null);
    const s = shift.getState();
    const ok =
      action === 'payIn' ? await s.payIn(amount, reason.trim())
      : action === 'payOut' ? await s.payOut(amount, reason.trim())
      : action === 'drawer' ? await s.openDrawer(reason.trim())
      : await s.closeShift(amount);
    // The toast sits under the modal's backdrop: the refusal the store reported is repeated here.
    if (ok) {
      onDone();
      // The close takes away the button that had focus: keyboard work carries on from the Z report's title.
      if (action === 'close') requestAnimationFrame(() => document.getElementById('shift-report-title')?.focus());
    } else setError(status.getState().message ?? t('shift.refused'));
  };

  return (
    <ModalDialog labelledBy="shift-dialog-title" onClose={onDone} testId="shift-dialog">
      <h2 id="shift-dialog-title" className="modal-title">
        {t(`shift.action.${action}`)}
      </h2>
      {action === 'close' && <p className="hint">{t('shift.closeHint')}</p>}
      <form className="pay-form" onSubmit={(e) => void submit(e)}>
        {NEEDS_AMOUNT[action] && (
          <>
            <label htmlFor="shift-amount" className="field-label">
              {t(action === 'close' ? 'shift.counted' : 'shift.amount')}
            </label>
            <input
              id="shift-amount"
              className="text-input amount-input"
              data-testid="shift-amount"
              data-autofocus
              inputMode="decimal"
              autoComplete="off"
              // "0.00", or "0" for a currency without minor units.
              placeholder={formatMinor(0, currency)}
              value={amountText}
              onChange={(e) => setAmountText(e.target.value)}
            />
          </>
        )}
        {NEEDS_REASON[action] && (
          <>
            <label htmlFor="shift-reason" className="field-label">
              {t('shift.reason')}
            </label>
            <input
              id="shift-reason"
              className="text-input"
              data-testid="shift-reason"
              {...(NEEDS_AMOUNT[action] ? {} : { 'data-autofocus': true })}
              maxLength={200}
              autoComplete="off"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </>
        )}
        {error && (
          <p className="field-error" role="alert" data-testid="shift-dialog-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="button button-large" data-testid="shift-dialog-cancel" onClick={onDone}>
            {t('shift.cancel')}
          </button>
          <button type="submit" className="button button-primary button-large" data-testid="shift-dialog-submit" disabled={busy}>
            {t(`shift.submit.${action}`)}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

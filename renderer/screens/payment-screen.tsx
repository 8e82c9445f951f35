import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { OrderView } from '../../shared/contract/views';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { ModalDialog } from '../components/modal-dialog';
import { PaymentSplit, usePartLabel } from '../components/payment-split';
import { PaymentTenderForm } from '../components/payment-tender-form';

interface Props {
  order: OrderView;
  onCloseOrder: () => Promise<boolean>;
  onDone: () => void;
}

/**
 * Taking the money: split the bill (or not), pick the part, then tender by
 * tender until nothing is due; then Enter closes the order. A modal over the
 * order, so Escape always goes back to it without paying.
 */
export function PaymentScreen({ order, onCloseOrder, onDone }: Props) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const payment = useStores().payment;
  const partId = useStore(payment, (s) => s.partId);
  const last = useStore(payment, (s) => s.lastPayment);
  const [busy, setBusy] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);
  const label = usePartLabel(order);

  const part = order.split?.parts.find((p) => p.partId === partId) ?? null;
  const due = order.split ? (part?.due ?? 0) : order.due;
  const settled = order.due === 0;
  const paidCount = order.payments.length;

  useEffect(() => {
    // Once nothing is owed, Enter should close the order: put focus on that button.
    if (settled) closeRef.current?.focus();
  }, [settled]);

  const closeOrder = async () => {
    setBusy(true);
    const ok = await onCloseOrder();
    setBusy(false);
    if (ok) onDone();
  };

  return (
    <ModalDialog labelledBy="pay-title" onClose={onDone} testId="pay-dialog" className="modal-screen">
      <header className="pay-header">
        <h2 id="pay-title" className="modal-title">
          {order.table ? t('pay.titleTable', { table: order.table }) : t('pay.title')}
        </h2>
        <dl className="pay-summary">
          <div>
            <dt>{t('order.total')}</dt>
            <dd data-testid="pay-order-total">{money(order.total, order.currency)}</dd>
          </div>
          <div>
            <dt>{t('order.paid')}</dt>
            <dd data-testid="pay-order-paid">{money(order.paid, order.currency)}</dd>
          </div>
          {order.tips > 0 && (
            <div>
              <dt>{t('order.tips')}</dt>
              <dd data-testid="pay-order-tips">{money(order.tips, order.currency)}</dd>
            </div>
          )}
        </dl>
      </header>
      <div className="pay-body">
        <div className="pay-side">
          <PaymentSplit order={order} />
          {/* Beside the split rather than under the form, so the whole form fits a till's screen. */}
          <div className="pay-side-actions">
            {settled && (
              <button type="button" ref={closeRef} className="button button-primary button-large" data-testid="pay-close-order" disabled={busy} onClick={() => void closeOrder()}>
                {t('pay.closeOrder')}
              </button>
            )}
            <button type="button" className="button button-large" data-testid="pay-done" onClick={onDone}>
              {settled ? t('pay.done') : t('pay.cancel')}
            </button>
          </div>
        </div>
        <section className="pay-tender" aria-labelledby="pay-due-label">
          <p className="pay-due">
            <span id="pay-due-label">
              {part ? t('pay.dueFor', { part: label(part) }) : paidCount > 0 ? t('pay.stillDue') : t('pay.due')}
            </span>
            <strong data-testid="pay-due">{money(settled ? 0 : due, order.currency)}</strong>
          </p>
          {last && (
            <div className="pay-result pay-result-row" role="status" data-testid="pay-result">
              <span>
                {t('pay.paid', { amount: money(last.tendered, order.currency), tender: t(`pay.tenders.${last.tender}`) })}
                {last.tip > 0 ? ` · ${t('pay.tipShown', { amount: money(last.tip, order.currency) })}` : ''}
              </span>
              <span className="pay-change">
                <span>{t('pay.change')}</span>
                <strong data-testid="change-due">{money(last.change, order.currency)}</strong>
              </span>
            </div>
          )}
          {settled ? (
            <p className="hint">{t('pay.settled')}</p>
          ) : order.split && !part ? (
            <p className="hint">{t('pay.pickPart')}</p>
          ) : (
            <PaymentTenderForm key={partId ?? 'whole'} currency={order.currency} due={due} paidCount={paidCount} />
          )}
        </section>
      </div>
    </ModalDialog>
  );
}

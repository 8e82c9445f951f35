import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/contract/views';
import { useStores } from '../app/stores-context';
import { ReasonDialog } from './order-reason-dialog';
import { ReceiptPreview } from './payment-receipt-preview';
import { PaymentRefundDialog } from './payment-refund-dialog';

const REOPEN_REASON_KEYS = ['forgotItem', 'wrongTender', 'guestReturned'] as const;

interface Props {
  order: OrderView;
  /** Called once a reopened order is back on the order screen. */
  onReopened?: () => void;
}

/** What can still be done with a closed order: print its receipt again, refund, or reopen it (with a manager). */
export function PaymentClosedActions({ order, onReopened }: Props) {
  const { t } = useTranslation();
  const { payment, order: orderStore } = useStores();
  const [dialog, setDialog] = useState<'refund' | 'reopen' | null>(null);
  if (order.status !== 'closed') return null;
  const refundable = order.lines.some((l) => l.status !== 'voided' && !order.refunds.some((r) => r.lineIds.includes(l.lineId)));

  const reopen = async (reason: string) => {
    if (!(await payment.getState().reopen(order.orderId, reason))) return false;
    await orderStore.getState().resume(order.orderId);
    onReopened?.();
    return true;
  };

  return (
    <div className="ticket-actions closed-actions">
      <button type="button" className="button button-large" data-testid="closed-print-receipt" onClick={() => void payment.getState().printReceipt(order.orderId)}>
        {t('pay.printReceipt')}
      </button>
      <button type="button" className="button button-large" data-testid="closed-refund" disabled={!refundable} onClick={() => setDialog('refund')}>
        {t('pay.refund')}
      </button>
      <button type="button" className="button button-large" data-testid="closed-reopen" disabled={order.refunds.length > 0} onClick={() => setDialog('reopen')}>
        {t('pay.reopen')}
      </button>
      {dialog === 'refund' && <PaymentRefundDialog order={order} onClose={() => setDialog(null)} />}
      {dialog === 'reopen' && (
        <ReasonDialog
          title={t('pay.reopenTitle')}
          detail={t('pay.reopenDetail')}
          submitLabel={t('pay.reopen')}
          presets={REOPEN_REASON_KEYS.map((k) => t(`pay.reopenReasons.${k}`))}
          testId="reopen-dialog"
          onSubmit={reopen}
          onClose={() => setDialog(null)}
        />
      )}
      <ReceiptPreview />
    </div>
  );
}

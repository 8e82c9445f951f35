import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { OrderView } from '../../shared/contract/views';
import { useStores } from '../app/stores-context';
import { receiptText } from '../format/receipt-text';
import { unsentCourses } from '../format/ticket-groups';
import { PaymentScreen } from '../screens/payment-screen';
import { OrderDiscountDialog } from './order-discount-dialog';
import { OrderSendDialog } from './order-send-dialog';

/** What can be done with the order next: send and fire, discount, bill, pay, close; print the receipt once closed. */
export function OrderActions({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const { order: orderStore, orders, payment, status } = useStores();
  const busy = useStore(orderStore, (s) => s.inFlight > 0);
  const [dialog, setDialog] = useState<'send' | 'discount' | 'pay' | null>(null);

  const live = order.lines.filter((l) => l.status !== 'voided');
  const sendable = order.lines.some((l) => l.status === 'new');
  const unsent = unsentCourses(order).length > 0;

  const close = async (): Promise<boolean> => {
    if (!(await orderStore.getState().close())) return false;
    const receipt = orderStore.getState().order?.receipt;
    if (receipt) status.getState().info(t('status.closed', { receipt: receiptText(receipt) }));
    void orders.getState().refresh();
    return true;
  };
  const printBill = async () => {
    if (await orderStore.getState().printBill()) status.getState().info(t('order.billPrinted'));
  };
  const openPayment = () => {
    payment.getState().reset();
    setDialog('pay');
  };

  if (order.status !== 'open') {
    return (
      <div className="ticket-actions">
        {order.status === 'closed' && (
          <button type="button" className="button button-large" data-testid="order-print-receipt" onClick={() => void payment.getState().printReceipt(order.orderId)}>
            {t('pay.printReceipt')}
          </button>
        )}
      </div>
    );
  }

  return (
    <div className="ticket-actions-grid">
      <div className="ticket-actions">
        <button type="button" className="button button-primary" data-testid="order-send" disabled={!sendable || busy} onClick={() => void orderStore.getState().send()}>
          {t('order.send')}
        </button>
        <button type="button" className="button" data-testid="order-send-hold" disabled={!unsent || busy} onClick={() => setDialog('send')}>
          {t('order.sendHoldButton')}
        </button>
        {order.heldCourses.map((c) => (
          <button key={c} type="button" className="button button-fire" data-testid="order-fire" data-course={c} disabled={busy} onClick={() => void orderStore.getState().fire(c)}>
            {t('order.fire', { course: c })}
          </button>
        ))}
      </div>
      <div className="ticket-actions">
        <button type="button" className="button" data-testid="discount-button" disabled={live.length === 0} onClick={() => setDialog('discount')}>
          {t('order.discountButton')}
        </button>
        <button type="button" className="button" data-testid="order-print-bill" disabled={live.length === 0 || busy} onClick={() => void printBill()}>
          {t('order.printBill')}
        </button>
      </div>
      <div className="ticket-actions">
        <button type="button" className="button button-primary button-large" data-testid="pay-button" disabled={live.length === 0 || order.due === 0} onClick={openPayment}>
          {t('order.pay')}
        </button>
        <button type="button" className="button button-large" data-testid="close-button" disabled={live.length === 0 || order.due > 0 || busy} onClick={() => void close()}>
          {t('order.close')}
        </button>
      </div>
      {dialog === 'send' && <OrderSendDialog order={order} onClose={() => setDialog(null)} />}
      {dialog === 'discount' && <OrderDiscountDialog order={order} onClose={() => setDialog(null)} />}
      {dialog === 'pay' && <PaymentScreen order={order} onCloseOrder={close} onDone={() => setDialog(null)} />}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { NewOrderForm } from './new-order-form';
import { OrderLines } from './order-lines';
import { OrderTotals } from './order-totals';
import { PayDialog } from './pay-dialog';

export const receiptText = (r: { series: string; number: number }): string => `${r.series}-${r.number}`;

/** The order on screen: its lines, its totals and what can be done with it next. */
export function Ticket() {
  const { t } = useTranslation();
  const { order: orderStore, orders, status } = useStores();
  const order = useStore(orderStore, (s) => s.order);
  const busy = useStore(orderStore, (s) => s.inFlight > 0);
  const [paying, setPaying] = useState(false);

  const close = async () => {
    if (!(await orderStore.getState().close())) return false;
    const receipt = orderStore.getState().order?.receipt;
    if (receipt) status.getState().info(t('status.closed', { receipt: receiptText(receipt) }));
    void orders.getState().refresh();
    return true;
  };

  const open = order?.status === 'open';
  const hasLines = (order?.lines.length ?? 0) > 0;
  return (
    <section className="ticket" aria-labelledby="ticket-title" data-testid="ticket">
      <NewOrderForm />
      {!order ? (
        <p className="hint ticket-none">{t('order.none')}</p>
      ) : (
        <>
          <header className="ticket-header">
            <h2 id="ticket-title" className="pane-title" data-testid="ticket-title">
              {order.table ? t('order.titleTable', { table: order.table }) : t('order.title')}
            </h2>
            <span className={`order-status order-status-${order.status}`} data-testid="order-status">
              {order.status === 'closed' ? t('order.closed') : null}
            </span>
          </header>
          {order.receipt && (
            <p className="receipt-banner" data-testid="receipt-number">
              {t('order.receipt', { series: order.receipt.series, number: order.receipt.number })}
            </p>
          )}
          <OrderLines order={order} {...(open ? { onRemove: (id: string) => orderStore.getState().removeLine(id) } : {})} />
          <OrderTotals order={order} />
          {open && (
            <div className="ticket-actions">
              <button
                type="button"
                className="button button-primary button-large"
                data-testid="pay-button"
                disabled={!hasLines || order.due === 0}
                onClick={() => setPaying(true)}
              >
                {t('order.pay')}
              </button>
              <button
                type="button"
                className="button button-large"
                data-testid="close-button"
                disabled={!hasLines || order.due > 0 || busy}
                onClick={() => void close()}
              >
                {t('order.close')}
              </button>
            </div>
          )}
        </>
      )}
      {paying && order && <PayDialog order={order} onCloseOrder={close} onDone={() => setPaying(false)} />}
    </section>
  );
}

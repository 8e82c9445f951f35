import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';

export function ClosedOrders() {
  const { t } = useTranslation();
  const { money, time } = useFormat();
  const { orders, closedOrder } = useStores();
  const closed = useStore(orders, (s) => s.closed);
  const selected = useStore(closedOrder, (s) => s.selectedId);
  return (
    <section className="closed-orders" aria-labelledby="closed-orders-title" data-testid="closed-orders">
      <h2 id="closed-orders-title" className="pane-title">
        {t('orders.closed')}
      </h2>
      {closed.length === 0 ? (
        <p className="hint">{t('orders.noneClosed')}</p>
      ) : (
        <ul className="order-list">
          {closed.map((o) => (
            <li key={o.orderId}>
              <button
                type="button"
                className="order-card"
                data-testid="closed-order"
                data-order-id={o.orderId}
                aria-current={o.orderId === selected ? 'true' : undefined}
                onClick={() => void closedOrder.getState().select(o.orderId)}
              >
                <span className="order-card-title">
                  {o.receipt ? t('order.receipt', { series: o.receipt.series, number: o.receipt.number }) : o.orderId}
                </span>
                <span className="order-card-meta">
                  {o.table ? t('order.titleTable', { table: o.table }) : t('orders.untitled')}
                  {o.closedAt ? ` · ${time(o.closedAt)}` : ''}
                </span>
                <span className="order-card-amount">{money(o.total, o.currency)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

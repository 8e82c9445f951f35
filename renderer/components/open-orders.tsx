import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';

/** Orders still open on this till; picking one puts it back on the ticket. */
export function OpenOrders() {
  const { t } = useTranslation();
  const { money } = useFormat();
  const { orders, order } = useStores();
  const open = useStore(orders, (s) => s.open);
  const current = useStore(order, (s) => s.orderId);
  return (
    <section className="open-orders" aria-labelledby="open-orders-title" data-testid="open-orders">
      <h2 id="open-orders-title" className="pane-title">
        {t('orders.open')}
      </h2>
      {open.length === 0 ? (
        <p className="hint">{t('orders.noneOpen')}</p>
      ) : (
        <ul className="order-list">
          {open.map((o) => (
            <li key={o.orderId}>
              <button
                type="button"
                className="order-card"
                data-testid="open-order"
                data-order-id={o.orderId}
                aria-current={o.orderId === current ? 'true' : undefined}
                onClick={() => void order.getState().resume(o.orderId)}
              >
                <span className="order-card-title">{o.table ? t('order.titleTable', { table: o.table }) : t('orders.untitled')}</span>
                <span className="order-card-meta">{t('orders.lineCount', { count: o.lineCount })}</span>
                <span className="order-card-amount">{money(o.due, o.currency)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

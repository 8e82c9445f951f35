import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { OrderTicketLines } from './order-ticket-lines';
import { OrderTicketTotals } from './order-ticket-totals';
import { PaymentClosedActions } from './payment-closed-actions';

/** One closed order: its receipt, its lines as sold, the events in the log that made it; print, refund or reopen it. */
export function ClosedOrderDetail({ onReopened }: { onReopened?: () => void }) {
  const { t } = useTranslation();
  const { time } = useFormat();
  const closedOrder = useStores().closedOrder;
  const order = useStore(closedOrder, (s) => s.order);
  const events = useStore(closedOrder, (s) => s.events);

  if (!order) return <p className="hint history-pick">{t('orders.pick')}</p>;
  return (
    <section className="closed-detail" aria-labelledby="closed-detail-title" data-testid="closed-detail">
      <header className="ticket-header">
        <h2 id="closed-detail-title" className="pane-title" data-testid="closed-receipt">
          {order.receipt ? t('order.receipt', { series: order.receipt.series, number: order.receipt.number }) : t('order.title')}
        </h2>
        <span className="hint">
          {order.table ? t('order.titleTable', { table: order.table }) : t('orders.untitled')}
          {order.closedAt ? ` · ${t('order.closedAt', { time: time(order.closedAt) })}` : ''}
        </span>
      </header>
      <div className="closed-detail-body">
        <div className="closed-detail-order">
          <OrderTicketLines order={order} />
          <OrderTicketTotals order={order} />
          <PaymentClosedActions order={order} {...(onReopened ? { onReopened } : {})} />
        </div>
        <div className="closed-detail-events">
          <h3 className="pane-subtitle">{t('events.title')}</h3>
          {events.length === 0 ? (
            <p className="hint">{t('events.none')}</p>
          ) : (
            <table className="events" data-testid="events">
              <thead>
                <tr>
                  <th scope="col">{t('events.position')}</th>
                  <th scope="col">{t('events.type')}</th>
                  <th scope="col">{t('events.time')}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr key={e.id} data-testid="event-row">
                    <td className="num" data-testid="event-position">
                      {e.position}
                    </td>
                    <td data-testid="event-type">{e.type}</td>
                    <td className="when">{time(e.meta.at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </section>
  );
}

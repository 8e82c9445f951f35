import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { OrderView } from '../../shared/contract/views';
import { useStores } from '../app/stores-context';
import { OrderActions } from './order-actions';
import { OrderMoveDialog } from './order-move-dialog';
import { ReasonDialog } from './order-reason-dialog';
import { OrderTicketLines } from './order-ticket-lines';
import { OrderTicketTotals } from './order-ticket-totals';

type Line = OrderView['lines'][number];
const VOID_REASON_KEYS = ['changedMind', 'wrongItem', 'dropped', 'complaint'] as const;

/** The order on screen: its lines by course and seat, its bill, and what can be done with it next. */
export function OrderTicket() {
  const { t } = useTranslation();
  const { order: orderStore } = useStores();
  const order = useStore(orderStore, (s) => s.order);
  const [voiding, setVoiding] = useState<Line | null>(null);
  const [moving, setMoving] = useState<'move' | 'merge' | null>(null);

  if (!order) {
    return (
      <section className="ticket" aria-labelledby="ticket-title" data-testid="ticket">
        <h2 id="ticket-title" className="visually-hidden">
          {t('order.title')}
        </h2>
        <p className="hint ticket-none">{t('order.none')}</p>
      </section>
    );
  }

  const open = order.status === 'open';
  const remove = async (line: Line) => {
    // The removed button disappears with its line; keep keyboard focus inside the ticket.
    if (await orderStore.getState().removeLine(line.lineId)) document.querySelector<HTMLElement>('[data-testid="order-lines"]')?.focus();
  };

  return (
    <section className="ticket" aria-labelledby="ticket-title" data-testid="ticket">
      <header className="ticket-header">
        <div className="ticket-heading">
          <h2 id="ticket-title" className="pane-title" data-testid="ticket-title">
            {order.table ? t('order.titleTable', { table: order.table }) : t('order.title')}
          </h2>
          {order.covers !== null && <span className="hint" data-testid="ticket-covers">{t('order.covers', { count: order.covers })}</span>}
          <span className={`order-status order-status-${order.status}`} data-testid="order-status">
            {order.status === 'open' ? null : t(`order.statusOrder.${order.status}`)}
          </span>
        </div>
        {open && (
          <div className="ticket-header-actions">
            <button type="button" className="button button-small" data-testid="order-move" onClick={() => setMoving('move')}>
              {t('order.move')}
            </button>
            <button type="button" className="button button-small" data-testid="order-merge" onClick={() => setMoving('merge')}>
              {t('order.merge')}
            </button>
          </div>
        )}
      </header>
      {order.receipt && (
        <p className="receipt-banner" data-testid="receipt-number">
          {t('order.receipt', { series: order.receipt.series, number: order.receipt.number })}
        </p>
      )}
      <OrderTicketLines order={order} {...(open ? { onRemove: (l: Line) => void remove(l), onVoid: setVoiding } : {})} />
      <OrderTicketTotals order={order} {...(open ? { onRemoveDiscount: (id: string) => void orderStore.getState().removeDiscount(id) } : {})} />
      <OrderActions order={order} />
      {voiding && (
        <ReasonDialog
          title={t('order.voidTitle', { name: voiding.name })}
          detail={t('order.voidDetail')}
          submitLabel={t('order.void')}
          presets={VOID_REASON_KEYS.map((k) => t(`order.voidReasons.${k}`))}
          testId="void-dialog"
          onSubmit={(reason) => orderStore.getState().voidLine(voiding.lineId, reason)}
          onClose={() => setVoiding(null)}
        />
      )}
      {moving && <OrderMoveDialog order={order} mode={moving} onClose={() => setMoving(null)} />}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { FloorTableView } from '../../shared/contract/floor-views';
import { useFormat } from '../app/use-format';
import { ModalDialog } from './modal-dialog';

interface Props {
  table: FloorTableView;
  currency: string;
  onPick: (orderId: string) => void;
  /** Seat yet another party at the same table. */
  onSeatAnother: () => void;
  onClose: () => void;
}

/**
 * Two parties at one table (or two tills that seated it offline): both
 * orders stay, and staff pick the one they mean.
 */
export function FloorPickOrderDialog({ table, currency, onPick, onSeatAnother, onClose }: Props) {
  const { t } = useTranslation();
  const { money, time } = useFormat();
  return (
    <ModalDialog labelledBy="pick-order-title" onClose={onClose} testId="pick-order-dialog">
      <h2 id="pick-order-title" className="modal-title">
        {t('floor.pickTitle', { table: table.name })}
      </h2>
      <p className="hint">{t('floor.pickHint')}</p>
      <ul className="order-list">
        {table.orders.map((o, i) => (
          <li key={o.orderId}>
            <button
              type="button"
              className="order-card"
              data-testid="pick-order"
              data-order-id={o.orderId}
              data-autofocus={i === 0 ? '' : undefined}
              onClick={() => onPick(o.orderId)}
            >
              <span className="order-card-title">{t('floor.partyN', { n: i + 1, count: o.covers ?? 0 })}</span>
              <span className="order-card-meta">{t('order.openedAt', { time: time(o.openedAt) })}</span>
              <span className="order-card-amount">{money(o.due, currency)}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" className="button button-large" onClick={onClose}>
          {t('floor.cancel')}
        </button>
        <button type="button" className="button button-large" data-testid="pick-seat-another" onClick={onSeatAnother}>
          {t('floor.seatAnother')}
        </button>
      </div>
    </ModalDialog>
  );
}

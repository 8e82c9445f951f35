import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { OrderView } from '../../shared/contract/views';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { byArea } from '../stores/floor-store';
import { FloorTableTile } from './floor-table-tile';
import { ModalDialog } from './modal-dialog';

interface Props {
  order: OrderView;
  mode: 'move' | 'merge';
  onClose: () => void;
}

/**
 * Move: the floor plan, tap where the party went. Merge: the other open
 * orders, tap the one whose lines join this bill (tables pushed together).
 */
export function OrderMoveDialog({ order, mode, onClose }: Props) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const { floor, orders, order: orderStore } = useStores();
  const tables = useStore(floor, (s) => s.tables);
  const open = useStore(orders, (s) => s.open).filter((o) => o.orderId !== order.orderId);

  const move = async (tableId: string) => {
    if (await orderStore.getState().move(tableId)) onClose();
  };
  const merge = async (sourceOrderId: string) => {
    if (await orderStore.getState().merge(sourceOrderId)) onClose();
  };

  return (
    <ModalDialog labelledBy="move-title" onClose={onClose} testId={`${mode}-dialog`} className="modal-wide">
      <h2 id="move-title" className="modal-title">
        {t(mode === 'move' ? 'order.moveTitle' : 'order.mergeTitle')}
      </h2>
      <p className="hint">{t(mode === 'move' ? 'order.moveHint' : 'order.mergeHint')}</p>
      <div className="dialog-scroll">
        {mode === 'move' ? (
          tables.length === 0 ? (
            <p className="hint">{t('floor.noTables')}</p>
          ) : (
            byArea(tables).map((a) => (
              <section key={a.area} className="floor-area">
                {a.area && <h3 className="floor-area-title">{a.area}</h3>}
                <div className="table-grid">
                  {a.tables.map((tb) => (
                    <FloorTableTile
                      key={tb.tableId}
                      table={tb}
                      currency={order.currency}
                      current={tb.tableId === order.tableId}
                      disabled={tb.tableId === order.tableId}
                      onPick={(x) => void move(x.tableId)}
                    />
                  ))}
                </div>
              </section>
            ))
          )
        ) : open.length === 0 ? (
          <p className="hint">{t('order.mergeNone')}</p>
        ) : (
          <ul className="order-list">
            {open.map((o) => (
              <li key={o.orderId}>
                <button type="button" className="order-card" data-testid="merge-source" data-order-id={o.orderId} onClick={() => void merge(o.orderId)}>
                  <span className="order-card-title">{o.table ? t('order.titleTable', { table: o.table }) : t('orders.untitled')}</span>
                  <span className="order-card-meta">{t('orders.lineCount', { count: o.lineCount })}</span>
                  <span className="order-card-amount">{money(o.due, o.currency)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="modal-actions">
        <button type="button" className="button button-large" data-autofocus onClick={onClose}>
          {t('order.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { FloorTableView } from '../../shared/contract/floor-views';
import { focusFirstMenuItem, onArrowKeys } from '../app/arrow-navigation';
import { useStores } from '../app/stores-context';
import { FloorAddTableDialog } from '../components/floor-add-table-dialog';
import { FloorCoversDialog } from '../components/floor-covers-dialog';
import { FloorPickOrderDialog } from '../components/floor-pick-order-dialog';
import { FloorTableTile } from '../components/floor-table-tile';
import { byArea } from '../stores/floor-store';

const STATUSES = ['free', 'occupied', 'payment'] as const;

/**
 * The room: every table by area with its status. A free table seats guests
 * (how many?), an occupied one opens its order; a counter order needs no table.
 */
export function FloorScreen({ onOpenOrder }: { onOpenOrder: () => void }) {
  const { t } = useTranslation();
  const { floor, order, menu, session } = useStores();
  const tables = useStore(floor, (s) => s.tables);
  const loaded = useStore(floor, (s) => s.loaded);
  const currency = useStore(menu, (s) => s.menu?.currency ?? '');
  const manager = useStore(session, (s) => s.session?.staff?.role === 'manager');
  const [seating, setSeating] = useState<FloorTableView | null>(null);
  const [picking, setPicking] = useState<FloorTableView | null>(null);
  const [adding, setAdding] = useState(false);
  const areas = byArea(tables);

  const resume = async (orderId: string) => {
    await order.getState().resume(orderId);
    onOpenOrder();
  };
  const pick = (table: FloorTableView) => {
    const only = table.orders.length === 1 ? table.orders[0] : undefined;
    if (table.orders.length === 0) setSeating(table);
    else if (only) void resume(only.orderId);
    else setPicking(table);
  };
  const seat = async (table: FloorTableView, covers: number) => {
    const orderId = await order.getState().open({ tableId: table.tableId, covers });
    if (orderId) {
      onOpenOrder();
      // Straight to the menu, as after a counter order: the next key press adds an item.
      focusFirstMenuItem();
    }
    return orderId !== null;
  };
  const counter = async () => {
    if (await order.getState().open()) {
      onOpenOrder();
      focusFirstMenuItem();
    }
  };

  return (
    <div className="floor" data-testid="floor">
      <header className="floor-toolbar">
        <h2 className="pane-title">{t('floor.title')}</h2>
        <ul className="floor-legend" aria-label={t('floor.legend')}>
          {STATUSES.map((s) => (
            <li key={s} className={`legend-item table-${s}`}>
              <span className="table-status-mark" aria-hidden="true" />
              {t(`floor.status.${s}`)}
            </li>
          ))}
        </ul>
        <div className="floor-actions">
          {manager && (
            <button type="button" className="button" data-testid="floor-add-table" onClick={() => setAdding(true)}>
              {t('floor.addTable')}
            </button>
          )}
          <button type="button" className="button button-primary" data-testid="floor-counter-order" onClick={() => void counter()}>
            {t('floor.counterOrder')}
          </button>
        </div>
      </header>
      <div className="floor-plan">
        {loaded && tables.length === 0 && <p className="hint">{t(manager ? 'floor.noTablesManager' : 'floor.noTables')}</p>}
        {areas.map((a) => (
          <section key={a.area} className="floor-area" aria-label={a.area || t('floor.mainArea')}>
            <h3 className="floor-area-title">{a.area || t('floor.mainArea')}</h3>
            <div className="table-grid" role="group" aria-label={a.area || t('floor.mainArea')} onKeyDown={onArrowKeys}>
              {a.tables.map((tb) => (
                <FloorTableTile key={tb.tableId} table={tb} currency={currency} onPick={pick} />
              ))}
            </div>
          </section>
        ))}
      </div>
      {seating && <FloorCoversDialog table={seating} onSeat={(covers) => seat(seating, covers)} onClose={() => setSeating(null)} />}
      {picking && (
        <FloorPickOrderDialog
          table={picking}
          currency={currency}
          onPick={(orderId) => {
            setPicking(null);
            void resume(orderId);
          }}
          onSeatAnother={() => {
            setSeating(picking);
            setPicking(null);
          }}
          onClose={() => setPicking(null)}
        />
      )}
      {adding && <FloorAddTableDialog areas={areas.map((a) => a.area).filter(Boolean)} onClose={() => setAdding(false)} />}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { MenuView } from '../../shared/contract/views';
import { onArrowKeys } from '../app/arrow-navigation';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { OrderModifierDialog } from './order-modifier-dialog';

type Item = MenuView['items'][number];

/**
 * Large item buttons: a tap adds one to the open order, at the seat and
 * course chosen above; an item with options asks for them first. An item
 * that is 86'd stays in its place, greyed and marked, so staff see it is out.
 */
export function OrderMenuGrid() {
  const { t } = useTranslation();
  const { money } = useFormat();
  const { menu: menuStore, order: orderStore } = useStores();
  const menu = useStore(menuStore, (s) => s.menu);
  const categoryId = useStore(menuStore, (s) => s.categoryId);
  const canAdd = useStore(orderStore, (s) => s.order?.status === 'open');
  const note = useStore(orderStore, (s) => s.draft.note);
  const [choosing, setChoosing] = useState<Item | null>(null);

  if (!menu) return <p className="hint">{t('menu.loading')}</p>;
  const items = menu.items.filter((i) => i.categoryId === categoryId);

  const tap = (item: Item) => {
    if (item.modifierGroupIds.length > 0) setChoosing(item);
    else void orderStore.getState().addItem(item.itemId);
  };

  return (
    <>
      {!canAdd && (
        <p className="hint" data-testid="menu-hint">
          {t('menu.noOrder')}
        </p>
      )}
      {items.length === 0 ? (
        <p className="hint">{t('menu.empty')}</p>
      ) : (
        <div className="menu-grid" role="group" aria-label={t('menu.items')} onKeyDown={onArrowKeys}>
          {items.map((item) => (
            <button
              key={item.itemId}
              type="button"
              className={`menu-item${item.available ? '' : ' menu-item-86'}`}
              data-testid="menu-item"
              data-item-id={item.itemId}
              data-available={item.available}
              disabled={!canAdd || !item.available}
              onClick={() => tap(item)}
            >
              <span className="menu-item-name">{item.name}</span>
              {!item.available && <span className="badge badge-86">{t('order.unavailable')}</span>}
              {item.modifierGroupIds.length > 0 && item.available && <span className="menu-item-options">{t('order.hasOptions')}</span>}
              <span className="menu-item-price">{money(item.price, menu.currency)}</span>
            </button>
          ))}
        </div>
      )}
      {choosing && (
        <OrderModifierDialog
          menu={menu}
          item={choosing}
          note={note}
          onAdd={(modifiers, n) => {
            orderStore.getState().setDraft({ note: n });
            return orderStore.getState().addItem(choosing.itemId, modifiers);
          }}
          onClose={() => setChoosing(null)}
        />
      )}
    </>
  );
}

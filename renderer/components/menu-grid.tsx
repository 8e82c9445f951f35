import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { onArrowKeys } from '../app/arrow-navigation';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';

/** Large item buttons: one tap adds one of the item to the open order. */
export function MenuGrid() {
  const { t } = useTranslation();
  const { money } = useFormat();
  const { menu: menuStore, order: orderStore } = useStores();
  const menu = useStore(menuStore, (s) => s.menu);
  const categoryId = useStore(menuStore, (s) => s.categoryId);
  const canAdd = useStore(orderStore, (s) => s.order?.status === 'open');

  if (!menu) return <p className="hint">{t('menu.loading')}</p>;
  const items = menu.items.filter((i) => i.categoryId === categoryId);
  return (
    <>
      {!canAdd && <p className="hint" data-testid="menu-hint">{t('menu.noOrder')}</p>}
      {items.length === 0 ? (
        <p className="hint">{t('menu.empty')}</p>
      ) : (
        <div className="menu-grid" role="group" aria-label={t('menu.items')} onKeyDown={onArrowKeys}>
          {items.map((item) => (
            <button
              key={item.itemId}
              type="button"
              className="menu-item"
              data-testid="menu-item"
              data-item-id={item.itemId}
              data-available={item.available}
              // An 86'd item stays in its place (staff look for it there) but cannot be added.
              disabled={!canAdd || !item.available}
              onClick={() => void orderStore.getState().addItem(item.itemId)}
            >
              <span className="menu-item-name">{item.name}</span>
              <span className="menu-item-price">{money(item.price, menu.currency)}</span>
            </button>
          ))}
        </div>
      )}
    </>
  );
}

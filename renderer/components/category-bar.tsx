import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { onArrowKeys } from '../app/arrow-navigation';
import { useStores } from '../app/stores-context';

export function CategoryBar() {
  const { t } = useTranslation();
  const menuStore = useStores().menu;
  const menu = useStore(menuStore, (s) => s.menu);
  const selected = useStore(menuStore, (s) => s.categoryId);
  if (!menu) return null;
  return (
    <div className="category-bar" role="group" aria-label={t('menu.categories')} onKeyDown={onArrowKeys}>
      {menu.categories.map((c) => (
        <button
          key={c.categoryId}
          type="button"
          className="category"
          aria-pressed={c.categoryId === selected}
          data-testid="category-tab"
          onClick={() => menuStore.getState().selectCategory(c.categoryId)}
        >
          {c.name}
        </button>
      ))}
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { onArrowKeys } from '../app/arrow-navigation';
import { useStores } from '../app/stores-context';
import { AdminAddItemForm } from '../components/admin-add-item-form';
import { AdminItemRow } from '../components/admin-item-row';

/** Categories on the left; the chosen category's items, each editable in its row, and a form for a new one. */
export function AdminMenuScreen() {
  const { t } = useTranslation();
  const { menu, admin } = useStores();
  const view = useStore(menu, (s) => s.menu);
  const busy = useStore(admin, (s) => s.busy);
  const [selected, setSelected] = useState<string | null>(null);
  const [name, setName] = useState('');

  if (!view) return <p className="hint">{t('menu.loading')}</p>;
  const categoryId = selected && view.categories.some((c) => c.categoryId === selected) ? selected : (view.categories[0]?.categoryId ?? null);
  const items = view.items.filter((i) => i.categoryId === categoryId);

  const addCategory = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || name.trim() === '') return;
    if (await admin.getState().addCategory(name.trim())) setName('');
  };

  return (
    <div className="admin-menu">
      <section className="admin-pane" aria-labelledby="admin-categories-title">
        <h2 id="admin-categories-title" className="pane-title">
          {t('admin.menu.categories')}
        </h2>
        <div className="admin-list" role="group" aria-label={t('admin.menu.categories')} onKeyDown={onArrowKeys}>
          {view.categories.map((c) => (
            <button
              key={c.categoryId}
              type="button"
              className="category admin-list-item"
              aria-pressed={c.categoryId === categoryId}
              data-testid="admin-category"
              onClick={() => setSelected(c.categoryId)}
            >
              {c.name}
            </button>
          ))}
        </div>
        <form className="admin-form" onSubmit={(e) => void addCategory(e)}>
          <label htmlFor="new-category" className="field-label">
            {t('admin.menu.newCategory')}
          </label>
          <input id="new-category" className="text-input" data-testid="new-category-name" maxLength={80} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button" data-testid="new-category-submit" disabled={busy || name.trim() === ''}>
            {t('admin.menu.addCategory')}
          </button>
        </form>
      </section>
      <section className="admin-pane admin-items" aria-labelledby="admin-items-title">
        <h2 id="admin-items-title" className="pane-title">
          {t('admin.menu.items')}
        </h2>
        {items.length === 0 ? (
          <p className="hint">{t('menu.empty')}</p>
        ) : (
          <ul className="admin-rows">
            {items.map((item) => (
              <AdminItemRow key={item.itemId} item={item} menu={view} />
            ))}
          </ul>
        )}
        {categoryId && <AdminAddItemForm key={categoryId} categoryId={categoryId} menu={view} />}
      </section>
    </div>
  );
}

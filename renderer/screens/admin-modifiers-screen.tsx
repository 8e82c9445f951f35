import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { MenuView } from '../../shared/contract/views';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { AdminModifierGroupForm } from '../components/admin-modifier-group-form';

type Group = MenuView['modifierGroups'][number];

/** Modifier groups (size, extras…): each with how many choices are needed and the options' price deltas. */
export function AdminModifiersScreen() {
  const { t } = useTranslation();
  const { money } = useFormat();
  const view = useStore(useStores().menu, (s) => s.menu);
  const [editing, setEditing] = useState<Group | null>(null);
  // A new key for each form opened, so its fields start from the group (or empty).
  const [formKey, setFormKey] = useState(0);
  if (!view) return <p className="hint">{t('menu.loading')}</p>;

  const edit = (g: Group | null) => {
    setEditing(g);
    setFormKey((k) => k + 1);
  };

  return (
    <div className="admin-two">
      <section className="admin-pane" aria-labelledby="groups-title">
        <h2 id="groups-title" className="pane-title">
          {t('admin.modifiers.title')}
        </h2>
        {view.modifierGroups.length === 0 && <p className="hint">{t('admin.modifiers.none')}</p>}
        <ul className="admin-rows">
          {view.modifierGroups.map((g) => (
            <li key={g.groupId} className="admin-row" data-testid="modifier-group">
              <span className="admin-row-main">
                <span className="admin-row-name">{g.name}</span>
                <span className="admin-row-meta">
                  {t('admin.modifiers.choices', { min: g.min, max: g.max })} ·{' '}
                  {g.options.map((o) => (o.priceDelta ? `${o.name} ${o.priceDelta > 0 ? '+' : ''}${money(o.priceDelta, view.currency)}` : o.name)).join(', ')}
                </span>
              </span>
              <button type="button" className="button" data-testid="modifier-group-edit" onClick={() => edit(g)}>
                {t('admin.edit')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <AdminModifierGroupForm key={formKey} group={editing} currency={view.currency} onDone={() => edit(null)} />
    </div>
  );
}

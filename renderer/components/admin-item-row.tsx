import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { MenuView } from '../../shared/contract/views';
import { formatMinor } from '../../shared/kernel/money';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { parseAmount } from '../format/parse-input';
import { AdminGroupChecks } from './admin-group-checks';
import { ModalDialog } from './modal-dialog';

type Item = MenuView['items'][number];

/**
 * One menu item: a new price (past orders keep theirs: each line recorded
 * the price it was sold at), its modifier groups, and the 86 switch.
 */
export function AdminItemRow({ item, menu }: { item: Item; menu: MenuView }) {
  const { t } = useTranslation();
  const { money, percent } = useFormat();
  const { admin, status } = useStores();
  const busy = useStore(admin, (s) => s.busy);
  const [price, setPrice] = useState(formatMinor(item.price, menu.currency));
  const [editingGroups, setEditingGroups] = useState(false);
  const [groups, setGroups] = useState(item.modifierGroupIds);
  const tax = menu.taxCategories.find((c) => c.taxCategoryId === item.taxCategoryId);
  const groupNames = item.modifierGroupIds.map((id) => menu.modifierGroups.find((g) => g.groupId === id)?.name ?? id);

  const changePrice = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseAmount(price, menu.currency, { min: 0 });
    if (!parsed.ok) return status.getState().error(parsed.error === 'tooSmall' ? t('shift.floatNotNegative') : parsed.error);
    await admin.getState().changePrice(item.itemId, parsed.value);
  };

  const saveGroups = async () => {
    if (await admin.getState().setItemModifierGroups(item.itemId, groups)) setEditingGroups(false);
  };

  return (
    <li className={`admin-row${item.available ? '' : ' admin-row-86'}`} data-testid="admin-item" data-item-id={item.itemId}>
      <div className="admin-row-main">
        <span className="admin-row-name" data-testid="admin-item-name">
          {item.name}
          {!item.available && (
            <span className="badge-sold-out" data-testid="admin-item-sold-out">
              {t('admin.menu.soldOut')}
            </span>
          )}
        </span>
        <span className="admin-row-meta">
          {money(item.price, menu.currency)} · {tax ? `${tax.name} ${percent(tax.rate)}` : t('admin.menu.noTax')} · {item.station}
          {groupNames.length > 0 && ` · ${groupNames.join(', ')}`}
        </span>
      </div>
      <form className="admin-row-price" onSubmit={(e) => void changePrice(e)}>
        <label className="visually-hidden" htmlFor={`price-${item.itemId}`}>
          {t('admin.menu.priceOf', { name: item.name })}
        </label>
        <input
          id={`price-${item.itemId}`}
          className="text-input admin-price-input"
          data-testid="admin-item-price"
          inputMode="decimal"
          autoComplete="off"
          value={price}
          onChange={(e) => setPrice(e.target.value)}
        />
        <button type="submit" className="button" data-testid="admin-item-price-submit" disabled={busy}>
          {t('admin.menu.setPrice')}
        </button>
      </form>
      <button type="button" className="button" data-testid="admin-item-groups" onClick={() => setEditingGroups(true)}>
        {t('admin.menu.modifiers')}
      </button>
      <button
        type="button"
        className={`button toggle-86${item.available ? '' : ' is-86'}`}
        data-testid="admin-item-86"
        aria-pressed={!item.available}
        disabled={busy}
        onClick={() => void admin.getState().setAvailable(item.itemId, !item.available)}
      >
        {t('admin.menu.toggle86')}
      </button>
      {editingGroups && (
        <ModalDialog labelledBy={`groups-title-${item.itemId}`} onClose={() => setEditingGroups(false)} testId="admin-groups-dialog">
          <h2 id={`groups-title-${item.itemId}`} className="modal-title">
            {t('admin.menu.modifiersOf', { name: item.name })}
          </h2>
          <AdminGroupChecks groups={menu.modifierGroups} checked={groups} onChange={setGroups} idPrefix={`item-${item.itemId}`} />
          <div className="modal-actions">
            <button type="button" className="button button-large" onClick={() => setEditingGroups(false)}>
              {t('shift.cancel')}
            </button>
            <button type="button" className="button button-primary button-large" data-testid="admin-groups-save" disabled={busy} onClick={() => void saveGroups()}>
              {t('admin.save')}
            </button>
          </div>
        </ModalDialog>
      )}
    </li>
  );
}

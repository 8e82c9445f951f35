import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { MenuView } from '../../shared/contract/views';
import { formatMinor } from '../../shared/kernel/money';
import { useStores } from '../app/stores-context';
import { parseAmount } from '../format/parse-input';
import { AdminGroupChecks } from './admin-group-checks';

const STATION_RE = /^[a-z][a-z0-9-]{0,23}$/;

/** A new item in the chosen category: name, price (parsed to minor units), tax category, kitchen station, modifier groups. */
export function AdminAddItemForm({ categoryId, menu }: { categoryId: string; menu: MenuView }) {
  const { t } = useTranslation();
  const { admin } = useStores();
  const busy = useStore(admin, (s) => s.busy);
  const [name, setName] = useState('');
  const [price, setPrice] = useState('');
  const [taxCategoryId, setTaxCategoryId] = useState(menu.taxCategories[0]?.taxCategoryId ?? '');
  const [station, setStation] = useState('kitchen');
  const [groups, setGroups] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const stations = [...new Set(['kitchen', 'bar', ...menu.items.map((i) => i.station)])];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (name.trim() === '') return setError(t('admin.nameRequired'));
    const parsed = parseAmount(price, menu.currency, { min: 0 });
    if (!parsed.ok) return setError(parsed.error === 'tooSmall' ? t('shift.floatNotNegative') : parsed.error);
    if (!STATION_RE.test(station)) return setError(t('admin.menu.stationRule'));
    setError(null);
    const ok = await admin.getState().addItem({ categoryId, name: name.trim(), price: parsed.value, taxCategoryId: taxCategoryId || null, station, modifierGroupIds: groups });
    if (ok) {
      setName('');
      setPrice('');
      setGroups([]);
    }
  };

  return (
    <form className="admin-form admin-add-item" data-testid="new-item-form" onSubmit={(e) => void submit(e)}>
      <h3 className="report-heading">{t('admin.menu.newItem')}</h3>
      <div className="admin-fields">
        <label className="admin-field">
          <span className="field-label">{t('admin.name')}</span>
          <input className="text-input" data-testid="new-item-name" maxLength={80} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="admin-field">
          <span className="field-label">{t('admin.menu.price', { currency: menu.currency })}</span>
          <input className="text-input" data-testid="new-item-price" inputMode="decimal" autoComplete="off" placeholder={formatMinor(0, menu.currency)} value={price} onChange={(e) => setPrice(e.target.value)} />
        </label>
        <label className="admin-field">
          <span className="field-label">{t('admin.menu.taxCategory')}</span>
          <select className="text-input" data-testid="new-item-tax" value={taxCategoryId} onChange={(e) => setTaxCategoryId(e.target.value)}>
            <option value="">{t('admin.menu.noTax')}</option>
            {menu.taxCategories.map((c) => (
              <option key={c.taxCategoryId} value={c.taxCategoryId}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="admin-field">
          <span className="field-label">{t('admin.menu.station')}</span>
          <input className="text-input" data-testid="new-item-station" list="admin-stations" maxLength={24} autoComplete="off" value={station} onChange={(e) => setStation(e.target.value.toLowerCase())} />
          <datalist id="admin-stations">
            {stations.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
      </div>
      <fieldset className="admin-fieldset">
        <legend className="field-label">{t('admin.menu.modifiers')}</legend>
        <AdminGroupChecks groups={menu.modifierGroups} checked={groups} onChange={setGroups} idPrefix="new-item" />
      </fieldset>
      {error && (
        <p className="field-error" role="alert" data-testid="new-item-error">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary button-large" data-testid="new-item-submit" disabled={busy}>
        {t('admin.menu.addItem')}
      </button>
    </form>
  );
}

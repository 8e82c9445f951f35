import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { MenuView } from '../../shared/contract/views';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';
import { basisPointsText, parsePercent } from '../format/parse-input';

/** Tax categories (a rate typed as percent text, kept as basis points) and the restaurant's pricing policy. */
export function AdminPricingScreen() {
  const { t } = useTranslation();
  const view = useStore(useStores().menu, (s) => s.menu);
  if (!view) return <p className="hint">{t('menu.loading')}</p>;
  return (
    <div className="admin-two">
      <TaxCategories menu={view} />
      <PricingPolicy key={`${view.taxMode}-${view.discountApprovalAbove}`} menu={view} />
    </div>
  );
}

function TaxCategories({ menu }: { menu: MenuView }) {
  const { t } = useTranslation();
  const { percent } = useFormat();
  const { admin } = useStores();
  const busy = useStore(admin, (s) => s.busy);
  const [editing, setEditing] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [rate, setRate] = useState('');
  const [error, setError] = useState<string | null>(null);

  const edit = (c: MenuView['taxCategories'][number] | null) => {
    setEditing(c?.taxCategoryId ?? null);
    setName(c?.name ?? '');
    setRate(c ? basisPointsText(c.rate) : '');
    setError(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (name.trim() === '') return setError(t('admin.nameRequired'));
    const parsed = parsePercent(rate);
    if (!parsed.ok) return setError(t('admin.percentRule'));
    setError(null);
    if (await admin.getState().defineTaxCategory(name.trim(), parsed.value, editing ?? undefined)) edit(null);
  };

  return (
    <section className="admin-pane" aria-labelledby="tax-title">
      <h2 id="tax-title" className="pane-title">
        {t('admin.tax.title')}
      </h2>
      <ul className="admin-rows">
        {menu.taxCategories.map((c) => (
          <li key={c.taxCategoryId} className="admin-row" data-testid="tax-category">
            <span className="admin-row-main">
              <span className="admin-row-name">{c.name}</span>
              <span className="admin-row-meta">{percent(c.rate)}</span>
            </span>
            <button type="button" className="button" data-testid="tax-category-edit" onClick={() => edit(c)}>
              {t('admin.edit')}
            </button>
          </li>
        ))}
      </ul>
      <form className="admin-form" onSubmit={(e) => void submit(e)}>
        <h3 className="report-heading">{editing ? t('admin.tax.edit') : t('admin.tax.new')}</h3>
        <div className="admin-fields">
          <label className="admin-field">
            <span className="field-label">{t('admin.name')}</span>
            <input className="text-input" data-testid="tax-name" maxLength={80} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="admin-field">
            <span className="field-label">{t('admin.tax.rate')}</span>
            <input className="text-input" data-testid="tax-rate" inputMode="decimal" autoComplete="off" placeholder="8.25" value={rate} onChange={(e) => setRate(e.target.value)} />
          </label>
        </div>
        {error && (
          <p className="field-error" role="alert" data-testid="tax-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          {editing && (
            <button type="button" className="button" onClick={() => edit(null)}>
              {t('shift.cancel')}
            </button>
          )}
          <button type="submit" className="button button-primary" data-testid="tax-submit" disabled={busy}>
            {t('admin.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

function PricingPolicy({ menu }: { menu: MenuView }) {
  const { t } = useTranslation();
  const { admin, status } = useStores();
  const busy = useStore(admin, (s) => s.busy);
  const [taxMode, setTaxMode] = useState(menu.taxMode);
  const [threshold, setThreshold] = useState(basisPointsText(menu.discountApprovalAbove));
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const parsed = parsePercent(threshold);
    if (!parsed.ok) return setError(t('admin.percentRule'));
    setError(null);
    if (await admin.getState().setPricingPolicy(taxMode, parsed.value)) status.getState().info(t('admin.saved'));
  };

  return (
    <section className="admin-pane" aria-labelledby="policy-title">
      <h2 id="policy-title" className="pane-title">
        {t('admin.policy.title')}
      </h2>
      <form className="admin-form" onSubmit={(e) => void submit(e)}>
        <fieldset className="admin-fieldset">
          <legend className="field-label">{t('admin.policy.taxMode')}</legend>
          <div className="check-tiles">
            {(['inclusive', 'exclusive'] as const).map((m) => (
              <label key={m} className="check-tile">
                <input type="radio" name="tax-mode" value={m} data-testid={`tax-mode-${m}`} checked={taxMode === m} onChange={() => setTaxMode(m)} />
                <span>{t(`admin.policy.${m}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="admin-field">
          <span className="field-label">{t('admin.policy.threshold')}</span>
          <input className="text-input" data-testid="discount-threshold" inputMode="decimal" autoComplete="off" value={threshold} onChange={(e) => setThreshold(e.target.value)} />
        </label>
        <p className="hint">{t('admin.policy.thresholdHint')}</p>
        {error && (
          <p className="field-error" role="alert" data-testid="policy-error">
            {error}
          </p>
        )}
        <button type="submit" className="button button-primary" data-testid="policy-submit" disabled={busy}>
          {t('admin.save')}
        </button>
      </form>
    </section>
  );
}

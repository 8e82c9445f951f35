import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { MenuView } from '../../shared/contract/views';
import { formatMinor } from '../../shared/kernel/money';
import { newId } from '../client/new-id';
import { useStores } from '../app/stores-context';
import { parseAmount } from '../format/parse-input';

type Group = MenuView['modifierGroups'][number];
interface OptionRow {
  optionId: string;
  name: string;
  delta: string;
}

const blankOption = (): OptionRow => ({ optionId: newId(), name: '', delta: '0' });

/** Defines a group, or redefines one: options keep their ids, so lines already sold still name them. */
export function AdminModifierGroupForm({ group, currency, onDone }: { group: Group | null; currency: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { admin } = useStores();
  const busy = useStore(admin, (s) => s.busy);
  const [name, setName] = useState(group?.name ?? '');
  const [min, setMin] = useState(String(group?.min ?? 0));
  const [max, setMax] = useState(String(group?.max ?? 1));
  const [options, setOptions] = useState<OptionRow[]>(
    group ? group.options.map((o) => ({ optionId: o.optionId, name: o.name, delta: formatMinor(o.priceDelta, currency) })) : [blankOption()],
  );
  const [error, setError] = useState<string | null>(null);

  const patch = (i: number, p: Partial<OptionRow>) => setOptions((rows) => rows.map((r, j) => (j === i ? { ...r, ...p } : r)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (name.trim() === '') return setError(t('admin.nameRequired'));
    const lo = Number.parseInt(min, 10);
    const hi = Number.parseInt(max, 10);
    const rows = options.filter((o) => o.name.trim() !== '');
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi < Math.max(1, lo) || hi > rows.length) return setError(t('admin.modifiers.choiceRule'));
    const parsed = [];
    for (const o of rows) {
      const d = parseAmount(o.delta || '0', currency);
      if (!d.ok) return setError(`${o.name}: ${d.error}`);
      parsed.push({ optionId: o.optionId, name: o.name.trim(), priceDelta: d.value });
    }
    setError(null);
    const ok = await admin.getState().defineModifierGroup({ ...(group ? { groupId: group.groupId } : {}), name: name.trim(), min: lo, max: hi, options: parsed });
    if (ok) onDone();
  };

  return (
    <section className="admin-pane" aria-labelledby="group-form-title">
      <form className="admin-form" data-testid="modifier-group-form" onSubmit={(e) => void submit(e)}>
        <h2 id="group-form-title" className="pane-title">
          {group ? t('admin.modifiers.edit', { name: group.name }) : t('admin.modifiers.new')}
        </h2>
        <div className="admin-fields">
          <label className="admin-field admin-field-wide">
            <span className="field-label">{t('admin.name')}</span>
            <input className="text-input" data-testid="group-name" maxLength={80} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="admin-field">
            <span className="field-label">{t('admin.modifiers.min')}</span>
            <input className="text-input" data-testid="group-min" inputMode="numeric" value={min} onChange={(e) => setMin(e.target.value)} />
          </label>
          <label className="admin-field">
            <span className="field-label">{t('admin.modifiers.max')}</span>
            <input className="text-input" data-testid="group-max" inputMode="numeric" value={max} onChange={(e) => setMax(e.target.value)} />
          </label>
        </div>
        <fieldset className="admin-fieldset">
          <legend className="field-label">{t('admin.modifiers.options')}</legend>
          <div className="option-row option-head" aria-hidden="true">
            <span>{t('admin.modifiers.optionName')}</span>
            <span>{t('admin.modifiers.delta', { currency })}</span>
          </div>
          {options.map((o, i) => (
            <div key={o.optionId} className="option-row" data-testid="option-row">
              <input
                className="text-input"
                aria-label={t('admin.modifiers.optionName')}
                data-testid="option-name"
                maxLength={80}
                placeholder={t('admin.modifiers.optionName')}
                value={o.name}
                onChange={(e) => patch(i, { name: e.target.value })}
              />
              <input
                className="text-input option-delta"
                aria-label={t('admin.modifiers.delta', { currency })}
                data-testid="option-delta"
                inputMode="decimal"
                value={o.delta}
                onChange={(e) => patch(i, { delta: e.target.value })}
              />
              <button type="button" className="button" aria-label={t('admin.modifiers.removeOption', { name: o.name })} onClick={() => setOptions((rows) => rows.filter((_, j) => j !== i))}>
                ✕
              </button>
            </div>
          ))}
          <button type="button" className="button" data-testid="option-add" onClick={() => setOptions((rows) => [...rows, blankOption()])}>
            {t('admin.modifiers.addOption')}
          </button>
        </fieldset>
        {error && (
          <p className="field-error" role="alert" data-testid="group-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          {group && (
            <button type="button" className="button" onClick={onDone}>
              {t('shift.cancel')}
            </button>
          )}
          <button type="submit" className="button button-primary" data-testid="group-submit" disabled={busy}>
            {t('admin.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

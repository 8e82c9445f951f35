import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { formatMinor } from '../../shared/kernel/money';
import { useStores } from '../app/stores-context';
import { parseAmount } from '../format/parse-input';

/** No shift open: count the float into the drawer and open one. Money can only be taken inside a shift. */
export function ShiftOpenForm() {
  const { t } = useTranslation();
  const { shift, menu } = useStores();
  const currency = useStore(menu, (s) => s.menu?.currency ?? null);
  const busy = useStore(shift, (s) => s.busy);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !currency) return;
    const parsed = parseAmount(text, currency, { min: 0 });
    if (!parsed.ok) return setError(parsed.error === 'tooSmall' ? t('shift.floatNotNegative') : parsed.error);
    setError(null);
    if (await shift.getState().openShift(parsed.value)) setText('');
  };

  return (
    <form className="shift-form" data-testid="shift-open-form" onSubmit={(e) => void submit(e)}>
      <h2 className="pane-title">{t('shift.noneOpen')}</h2>
      <p className="hint">{t('shift.openHint')}</p>
      <label htmlFor="shift-float" className="field-label">
        {t('shift.float')}
      </label>
      <input
        id="shift-float"
        className="text-input amount-input"
        data-testid="shift-float-input"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        placeholder={currency ? formatMinor(0, currency) : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'shift-float-error' : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {error && (
        <p id="shift-float-error" className="field-error" role="alert" data-testid="shift-float-error">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary button-large" data-testid="shift-open" disabled={busy || !currency}>
        {t('shift.open')}
      </button>
    </form>
  );
}

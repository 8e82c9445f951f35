import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstMenuItem } from '../app/arrow-navigation';
import { useStores } from '../app/stores-context';

/** A counter (or takeaway) order, with an optional name; Enter in the field opens it too. Tables are seated from the floor. */
export function NewOrderForm() {
  const { t } = useTranslation();
  const { order, orders } = useStores();
  const [table, setTable] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    // The form only groups the field and the button for Enter; nothing is ever submitted to a URL.
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      if (await order.getState().open({ table })) {
        setTable('');
        void orders.getState().refresh();
        focusFirstMenuItem();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="new-order" onSubmit={(e) => void submit(e)}>
      <label className="visually-hidden" htmlFor="table-input">
        {t('order.table')}
      </label>
      <input
        id="table-input"
        className="text-input"
        data-testid="table-input"
        value={table}
        maxLength={40}
        autoComplete="off"
        placeholder={t('order.tablePlaceholder')}
        onChange={(e) => setTable(e.target.value)}
      />
      <button type="submit" className="button button-primary" data-testid="new-order" disabled={busy}>
        {t('order.new')}
      </button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStores } from '../app/stores-context';
import { ModalDialog } from './modal-dialog';

/** A manager adds a table to the floor plan: its name, its seats and the room it is in. */
export function FloorAddTableDialog({ onClose, areas }: { onClose: () => void; areas: string[] }) {
  const { t } = useTranslation();
  const floor = useStores().floor;
  const [name, setName] = useState('');
  const [seats, setSeats] = useState('4');
  const [area, setArea] = useState(areas[0] ?? '');
  const [busy, setBusy] = useState(false);
  const seatCount = /^\d{1,2}$/.test(seats) ? Number(seats) : 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !name.trim() || seatCount < 1) return;
    setBusy(true);
    const ok = await floor.getState().addTable(name, seatCount, area);
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <ModalDialog labelledBy="add-table-title" onClose={onClose} testId="add-table-dialog">
      <h2 id="add-table-title" className="modal-title">
        {t('floor.addTableTitle')}
      </h2>
      <form className="dialog-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor="table-name" className="field-label">
          {t('floor.tableName')}
        </label>
        <input id="table-name" className="text-input" data-testid="add-table-name" data-autofocus maxLength={40} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="table-seats" className="field-label">
          {t('floor.tableSeats')}
        </label>
        <input
          id="table-seats"
          className="text-input"
          data-testid="add-table-seats"
          inputMode="numeric"
          maxLength={2}
          autoComplete="off"
          value={seats}
          onChange={(e) => setSeats(e.target.value.replace(/\D/g, ''))}
        />
        <label htmlFor="table-area" className="field-label">
          {t('floor.tableArea')}
        </label>
        <input id="table-area" className="text-input" data-testid="add-table-area" list="table-areas" maxLength={40} autoComplete="off" value={area} onChange={(e) => setArea(e.target.value)} />
        <datalist id="table-areas">
          {areas.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <div className="modal-actions">
          <button type="button" className="button button-large" onClick={onClose}>
            {t('floor.cancel')}
          </button>
          <button type="submit" className="button button-primary button-large" data-testid="add-table-submit" disabled={busy || !name.trim() || seatCount < 1}>
            {t('floor.addTable')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

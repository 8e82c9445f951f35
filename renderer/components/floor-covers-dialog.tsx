import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloorTableView } from '../../shared/contract/floor-views';
import { ModalDialog } from './modal-dialog';

const MAX_COVERS = 99;

interface Props {
  table: FloorTableView;
  onSeat: (covers: number) => Promise<boolean>;
  onClose: () => void;
}

/** How many guests sit down: one tap on the usual numbers, or type any other and press Enter. */
export function FloorCoversDialog({ table, onSeat, onClose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const quick = Array.from({ length: Math.min(12, Math.max(table.seats, 4) + 2) }, (_, i) => i + 1);
  const typed = /^\d{1,2}$/.test(text.trim()) ? Number(text.trim()) : null;

  const seat = async (covers: number) => {
    if (busy || covers < 1 || covers > MAX_COVERS) return;
    setBusy(true);
    const ok = await onSeat(covers);
    setBusy(false);
    if (ok) onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed !== null) void seat(typed);
  };

  return (
    <ModalDialog labelledBy="covers-title" onClose={onClose} testId="covers-dialog">
      <h2 id="covers-title" className="modal-title">
        {t('floor.coversTitle', { table: table.name })}
      </h2>
      <p className="hint">{t('floor.seats', { count: table.seats })}</p>
      <div className="covers-grid" role="group" aria-label={t('floor.covers')}>
        {quick.map((n) => (
          <button key={n} type="button" className="button covers-key" data-testid="covers-option" data-covers={n} disabled={busy} onClick={() => void seat(n)}>
            {n}
          </button>
        ))}
      </div>
      <form className="field-row" onSubmit={submit}>
        <label htmlFor="covers-input" className="field-label">
          {t('floor.coversOther')}
        </label>
        <input
          id="covers-input"
          className="text-input covers-input"
          data-testid="covers-input"
          data-autofocus
          inputMode="numeric"
          autoComplete="off"
          maxLength={2}
          value={text}
          onChange={(e) => setText(e.target.value.replace(/\D/g, ''))}
        />
        <button type="submit" className="button button-primary" data-testid="covers-submit" disabled={busy || typed === null || typed < 1}>
          {t('floor.seat')}
        </button>
      </form>
      <div className="modal-actions">
        <button type="button" className="button button-large" onClick={onClose}>
          {t('floor.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';

const MIN_SEATS = 4;
const MAX_SEATS = 12;
const COURSES = [1, 2, 3, 4];

/**
 * Where the next item goes: a seat (or shared by the table), a course, and a
 * note for the kitchen. Seat and course stay until changed, so a server
 * takes a whole guest's order, or a whole course, in a row of taps.
 */
export function OrderLineOptions() {
  const { t } = useTranslation();
  const orderStore = useStores().order;
  const draft = useStore(orderStore, (s) => s.draft);
  const order = useStore(orderStore, (s) => s.order);
  if (!order || order.status !== 'open') return null;

  const usedSeats = Math.max(0, ...order.lines.map((l) => l.seat ?? 0));
  const seatCount = Math.min(MAX_SEATS, Math.max(MIN_SEATS, order.covers ?? 0, usedSeats));
  const seats = [null, ...Array.from({ length: seatCount }, (_, i) => i + 1)];
  const set = orderStore.getState().setDraft;

  return (
    <div className="line-options" data-testid="line-options">
      <div className="line-option-row" role="group" aria-label={t('order.seatFor')}>
        <span className="line-option-label">{t('order.seatLabel')}</span>
        {seats.map((s) => (
          <button
            key={s ?? 'shared'}
            type="button"
            className="button chip chip-square"
            data-testid="seat-option"
            data-seat={s ?? 'shared'}
            aria-pressed={draft.seat === s}
            onClick={() => set({ seat: s })}
          >
            {s === null ? t('order.seatSharedShort') : s}
          </button>
        ))}
      </div>
      <div className="line-option-row">
        <span className="line-option-label" id="course-label">
          {t('order.courseLabel')}
        </span>
        <span className="chip-row" role="group" aria-labelledby="course-label">
          {COURSES.map((c) => (
            <button key={c} type="button" className="button chip chip-square" data-testid="course-option" data-course={c} aria-pressed={draft.course === c} onClick={() => set({ course: c })}>
              {c}
            </button>
          ))}
        </span>
        <label htmlFor="line-note" className="line-option-label">
          {t('order.note')}
        </label>
        <input
          id="line-note"
          className="text-input note-input"
          data-testid="line-note-input"
          maxLength={200}
          autoComplete="off"
          placeholder={t('order.notePlaceholder')}
          value={draft.note}
          onChange={(e) => set({ note: e.target.value })}
        />
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { useFormat } from '../app/use-format';

/** Recent shifts of this till, newest first: any closed one's Z report opens again, exactly as stored. */
export function ShiftList() {
  const { t } = useTranslation();
  const { time } = useFormat();
  const { shift } = useStores();
  const shifts = useStore(shift, (s) => s.shifts);
  const shownId = useStore(shift, (s) => s.report?.shift.shiftId ?? null);
  return (
    <section className="shift-list" aria-labelledby="shift-list-title" data-testid="shift-list">
      <h2 id="shift-list-title" className="pane-title">
        {t('shift.past')}
      </h2>
      {shifts.length === 0 ? (
        <p className="hint">{t('shift.noneYet')}</p>
      ) : (
        <ul className="order-list">
          {shifts.map((s) => (
            <li key={s.shiftId}>
              <button
                type="button"
                className="order-card"
                data-testid="shift-list-item"
                data-shift-id={s.shiftId}
                aria-current={s.shiftId === shownId ? 'true' : undefined}
                onClick={() => void shift.getState().showReport(s.shiftId)}
              >
                <span className="order-card-title">{s.zNumber !== null ? t('shift.zTitle', { number: s.zNumber }) : t('shift.openNow')}</span>
                <span className="order-card-meta">{time(s.closedAt ?? s.openedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

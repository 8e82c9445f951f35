import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../shared/contract/views';
import { useStores } from '../app/stores-context';
import { unsentCourses } from '../format/ticket-groups';
import { ModalDialog } from './modal-dialog';

interface Props {
  order: OrderView;
  onClose: () => void;
}

/**
 * Send with courses held back: by default the first course waiting goes now
 * and the later ones wait until they are fired (mains after the starters).
 */
export function OrderSendDialog({ order, onClose }: Props) {
  const { t } = useTranslation();
  const orderStore = useStores().order;
  const courses = unsentCourses(order);
  const [held, setHeld] = useState<Set<number>>(() => new Set(courses.slice(1).filter((c) => !order.heldCourses.includes(c))));
  const [busy, setBusy] = useState(false);

  const toggle = (course: number) =>
    setHeld((prev) => {
      const next = new Set(prev);
      if (next.has(course)) next.delete(course);
      else next.add(course);
      return next;
    });

  const send = async () => {
    setBusy(true);
    const ok = await orderStore.getState().send([...held].sort((a, b) => a - b));
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <ModalDialog labelledBy="send-title" onClose={onClose} testId="send-dialog">
      <h2 id="send-title" className="modal-title">
        {t('order.sendTitle')}
      </h2>
      <p className="hint">{t('order.sendHint')}</p>
      <ul className="course-choices">
        {courses.map((c) => {
          const alreadyHeld = order.heldCourses.includes(c);
          const hold = alreadyHeld || held.has(c);
          return (
            <li key={c} className="course-choice">
              <span className="course-choice-name">{t('order.course', { course: c })}</span>
              <button
                type="button"
                className={`button chip ${hold ? 'chip-held' : 'chip-send'}`}
                data-testid="send-course-toggle"
                data-course={c}
                aria-pressed={hold}
                disabled={alreadyHeld}
                onClick={() => toggle(c)}
              >
                {hold ? t('order.sendHold') : t('order.sendNow')}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="modal-actions">
        <button type="button" className="button button-large" onClick={onClose}>
          {t('order.cancel')}
        </button>
        <button type="button" className="button button-primary button-large" data-testid="send-confirm" data-autofocus disabled={busy} onClick={() => void send()}>
          {t('order.sendConfirm')}
        </button>
      </div>
    </ModalDialog>
  );
}

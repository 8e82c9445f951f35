import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';

const INFO_MS = 5000;

/** Errors stay until dismissed (staff must read them); confirmations fade on their own. */
export function StatusToast() {
  const { t } = useTranslation();
  const status = useStores().status;
  const { message, kind, seq } = useStore(status, (s) => s);

  useEffect(() => {
    if (!message || kind !== 'info') return;
    const timer = setTimeout(() => {
      if (status.getState().seq === seq) status.getState().clear();
    }, INFO_MS);
    return () => clearTimeout(timer);
  }, [message, kind, seq, status]);

  return (
    <div className="toast-area" aria-live={kind === 'error' ? 'assertive' : 'polite'}>
      {message && (
        <div className={`toast toast-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid="status-message" data-kind={kind}>
          <span className="toast-text">{message}</span>
          <button type="button" className="toast-dismiss" onClick={() => status.getState().clear()}>
            {t('status.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

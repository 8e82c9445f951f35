import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { integrityStoreFor, unacknowledged, type IntegrityStore } from '../stores/integrity-store';
import { describeIssue } from './integrity-text';

/**
 * The integrity alert, on every screen (sign-in included) while an issue no
 * manager has acknowledged exists. A signed-in manager acknowledges with an
 * optional note; anyone else signed in is asked for a manager's PIN (the
 * approval flow); signed out, the alert says a manager must sign in.
 */
export function IntegrityAlert() {
  const { t } = useTranslation();
  const { api, session } = useStores();
  const integrity = integrityStoreFor(api);
  const view = useStore(integrity, (s) => s.view);
  const staffId = useStore(session, (s) => s.session?.staff?.staffId ?? null);
  const pending = unacknowledged(view);
  const issue = pending[0];
  if (!issue) return null;
  return (
    <section className="integrity-alert" role="alert" aria-labelledby="integrity-alert-title" data-testid="integrity-alert" data-issue-id={issue.issueId}>
      <h2 id="integrity-alert-title" className="integrity-alert-title">
        {t('integrity.alert.title')}
      </h2>
      <p className="integrity-alert-text" data-testid="integrity-alert-text">
        {describeIssue(t, issue.finding, issue.source)}
      </p>
      {pending.length > 1 && <p className="integrity-alert-more">{t('integrity.alert.more', { count: pending.length - 1 })}</p>}
      {staffId === null ? (
        <p className="integrity-alert-more" data-testid="integrity-alert-sign-in">
          {t('integrity.alert.signInFirst')}
        </p>
      ) : (
        // Keyed by who is signed in and by the issue: the next person starts from the closed form.
        <AcknowledgeForm key={`${staffId}:${issue.issueId}`} integrity={integrity} issueId={issue.issueId} />
      )}
    </section>
  );
}

function AcknowledgeForm({ integrity, issueId }: { integrity: IntegrityStore; issueId: string }) {
  const { t } = useTranslation();
  const { status } = useStores();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    const refused = await integrity.getState().acknowledge(issueId, note);
    setBusy(false);
    setError(refused);
    if (refused === null) status.getState().info(t('integrity.alert.done'));
  };

  if (!open) {
    return (
      <button type="button" className="button button-large" data-testid="integrity-acknowledge" onClick={() => setOpen(true)}>
        {t('integrity.alert.acknowledge')}
      </button>
    );
  }
  return (
    <div className="integrity-alert-form">
      <label className="integrity-note">
        <span className="field-label">{t('integrity.alert.note')}</span>
        <input className="text-input" data-testid="integrity-note" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="button" className="button button-large button-primary" data-testid="integrity-confirm" disabled={busy} onClick={() => void confirm()}>
        {t('integrity.alert.confirm')}
      </button>
      <button type="button" className="button button-large" data-testid="integrity-cancel" onClick={() => setOpen(false)}>
        {t('integrity.alert.cancel')}
      </button>
      {error && (
        <p className="field-error" data-testid="integrity-error">
          {error}
        </p>
      )}
    </div>
  );
}

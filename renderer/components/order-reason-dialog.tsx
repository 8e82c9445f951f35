import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './modal-dialog';
import { useDialogAction } from './use-dialog-action';

interface Props {
  title: string;
  /** What is being done to what ("Void Steak"), above the field. */
  detail?: ReactNode;
  submitLabel: string;
  /** One tap fills the reason; staff may still type their own. */
  presets: string[];
  testId: string;
  /** Resolves true when the till took it: the dialog then closes. */
  onSubmit: (reason: string) => Promise<boolean>;
  onClose: () => void;
}

/**
 * A reason first, for the actions the log must explain (a void, a reopen):
 * the till refuses an empty one, so the button waits for some text.
 */
export function ReasonDialog({ title, detail, submitLabel, presets, testId, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { busy, error, run } = useDialogAction(onClose);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!reason.trim()) return;
    await run(() => onSubmit(reason.trim()));
  };

  return (
    <ModalDialog labelledBy={`${testId}-title`} onClose={onClose} testId={testId}>
      <h2 id={`${testId}-title`} className="modal-title">
        {title}
      </h2>
      {detail && <p className="dialog-detail">{detail}</p>}
      <form className="dialog-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${testId}-reason`} className="field-label">
          {t('order.reason')}
        </label>
        <input
          id={`${testId}-reason`}
          className="text-input"
          data-testid="reason-input"
          data-autofocus
          maxLength={200}
          autoComplete="off"
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${testId}-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {error && (
          <p id={`${testId}-error`} className="field-error" role="alert" data-testid="dialog-error">
            {error}
          </p>
        )}
        <div className="chip-row" role="group" aria-label={t('order.reasonPresets')}>
          {presets.map((p) => (
            <button key={p} type="button" className="button chip" aria-pressed={reason === p} onClick={() => setReason(p)}>
              {p}
            </button>
          ))}
        </div>
        <div className="modal-actions">
          <button type="button" className="button button-large" onClick={onClose}>
            {t('order.cancel')}
          </button>
          <button type="submit" className="button button-primary button-large" data-testid="reason-submit" disabled={busy || !reason.trim()}>
            {submitLabel}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

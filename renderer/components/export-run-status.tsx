import { useTranslation } from 'react-i18next';
import type { ExportRunState } from '../export/use-export-run';

/** What an export is doing, in words and a bar; announced politely to screen readers as it changes. */
export function ExportRunStatus({ state }: { state: ExportRunState }) {
  const { t } = useTranslation();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running':
      return (
        <div className="export-status" data-testid="export-progress">
          <progress max={100} value={state.progress.percent} aria-label={t('export.progressLabel')} />
          <p aria-live="polite">{t('export.progress', { count: state.progress.written, percent: state.progress.percent })}</p>
        </div>
      );
    case 'done':
      return (
        <p className="export-status" role="status" data-testid="export-done">
          {t('export.done', { count: state.written, file: state.fileName })}
        </p>
      );
    case 'cancelled':
      return (
        <p className="export-status" role="status" data-testid="export-cancelled">
          {t('export.cancelled')}
        </p>
      );
    case 'failed':
      return (
        <p className="field-error" role="alert" data-testid="export-error">
          {t('export.failed', { message: state.message })}
        </p>
      );
  }
}

/** Start, and while running Cancel (which saves nothing) in place of Close: the same in every export dialog. */
export function ExportRunActions({ running, onStart, onCancel, onClose }: { running: boolean; onStart: () => void; onCancel: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="modal-actions">
      {running ? (
        <button type="button" className="button button-danger button-large" data-testid="export-cancel" onClick={onCancel}>
          {t('export.cancel')}
        </button>
      ) : (
        <button type="button" className="button button-large" data-testid="export-close" onClick={onClose}>
          {t('export.close')}
        </button>
      )}
      <button type="button" className="button button-primary button-large" data-testid="export-start" data-autofocus disabled={running} onClick={onStart}>
        {t('export.start')}
      </button>
    </div>
  );
}

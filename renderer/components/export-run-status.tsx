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

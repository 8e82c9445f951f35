import { useTranslation } from 'react-i18next';
import { LOG_EXPORT_MIME } from '../../shared/export/log-export-format';
import { useStores } from '../app/stores-context';
import { exportFileName } from '../export/download-file';
import { exportLog } from '../export/export-log';
import { exportPageSize } from '../export/export-progress';
import { useExportRun } from '../export/use-export-run';
import { ExportRunActions, ExportRunStatus } from './export-run-status';
import { ModalDialog } from './modal-dialog';

/**
 * The whole log as a docket-log file (docs/export-format.md), which
 * `docket verify --file` or another Docket checks; with progress and a
 * cancel that saves nothing. Managers only (ExportLog is a manager query).
 */
export function LogExportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { api } = useStores();
  const { state, start, cancel } = useExportRun();
  const running = state.phase === 'running';
  const go = () =>
    void start({
      fileName: exportFileName(['docket-log'], 'ndjson'),
      mime: LOG_EXPORT_MIME,
      run: (signal, onProgress) => exportLog({ api, pageSize: exportPageSize(), signal, onProgress }),
    });
  return (
    <ModalDialog labelledBy="log-export-title" onClose={onClose} testId="log-export-dialog">
      <h2 id="log-export-title" className="modal-title">
        {t('export.logTitle')}
      </h2>
      <p className="dialog-detail">{t('export.logDetail')}</p>
      <ExportRunStatus state={state} />
      <ExportRunActions running={running} onStart={go} onCancel={cancel} onClose={onClose} />
    </ModalDialog>
  );
}

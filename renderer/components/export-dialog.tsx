import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_EXPORT_FORMATS, type EventExportFormat } from '../../shared/export/event-export-format';
import { useStores } from '../app/stores-context';
import { exportFileName } from '../export/download-file';
import { exportEvents } from '../export/export-events';
import { exportPageSize } from '../export/export-progress';
import { useExportRun } from '../export/use-export-run';
import { ExportRunActions, ExportRunStatus } from './export-run-status';
import { ModalDialog } from './modal-dialog';

interface Props {
  /** The filter's text, as the history filter bar holds it ("" for every event). */
  filter: string;
  onClose: () => void;
}

const MIME: Record<EventExportFormat, string> = { ndjson: 'application/x-ndjson', csv: 'text/csv' };

/**
 * Exports the events a filter picks as NDJSON or CSV — the same bytes as
 * `docket events --filter … --format …` — with progress and a cancel that
 * saves nothing. Opened from the history screen's filter bar.
 */
export function ExportDialog({ filter, onClose }: Props) {
  const { t } = useTranslation();
  const { api } = useStores();
  const [format, setFormat] = useState<EventExportFormat>('csv');
  const { state, start, cancel } = useExportRun();
  const running = state.phase === 'running';

  const go = () =>
    void start({
      fileName: exportFileName(['docket-events'], format),
      mime: MIME[format],
      run: (signal, onProgress) =>
        exportEvents({ api, filter, format, pageSize: exportPageSize(), signal, onProgress }),
    });

  return (
    <ModalDialog labelledBy="export-dialog-title" onClose={onClose} testId="export-dialog">
      <h2 id="export-dialog-title" className="modal-title">
        {t('export.eventsTitle')}
      </h2>
      <p className="dialog-detail" data-testid="export-filter">
        {filter.trim() ? t('export.filterIs', { filter }) : t('export.allEvents')}
      </p>
      <div className="chip-row" role="group" aria-label={t('export.format')}>
        {EVENT_EXPORT_FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={format === f}
            className="button chip"
            data-testid={`export-format-${f}`}
            disabled={running}
            onClick={() => setFormat(f)}
          >
            {t(`export.formats.${f}`)}
          </button>
        ))}
      </div>
      <ExportRunStatus state={state} />
      <ExportRunActions running={running} onStart={go} onCancel={cancel} onClose={onClose} />
    </ModalDialog>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadFile } from './download-file';
import { ExportCancelled, type ExportFile, type ExportProgress } from './export-progress';

export type ExportRunState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ExportProgress }
  | { phase: 'done'; written: number; fileName: string }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

export interface ExportJob {
  fileName: string;
  mime: string;
  run: (signal: AbortSignal, onProgress: (p: ExportProgress) => void) => Promise<ExportFile>;
}

/**
 * One export at a time: start, progress, cancel, download at the end. A
 * cancel (or the dialog closing) aborts between pages and nothing is
 * downloaded. The state machine lives here so both export dialogs (a filter's
 * events, the whole log) behave the same.
 */
export function useExportRun() {
  const [state, setState] = useState<ExportRunState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  // Leaving (the dialog unmounts) stops a run under way: no download arrives later from nowhere.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (job: ExportJob) => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setState({ phase: 'running', progress: { written: 0, percent: 0 } });
    try {
      const { parts, written } = await job.run(c.signal, (progress) => {
        if (!c.signal.aborted) setState({ phase: 'running', progress });
      });
      if (c.signal.aborted) throw new ExportCancelled();
      downloadFile(job.fileName, parts, job.mime);
      setState({ phase: 'done', written, fileName: job.fileName });
    } catch (e) {
      if (e instanceof ExportCancelled || c.signal.aborted) setState({ phase: 'cancelled' });
      else setState({ phase: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (controller.current === c) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}

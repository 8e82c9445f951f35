import type { DocketApi } from '../../shared/contract/api';
import { newLogExport } from '../../shared/export/log-export-format';
import { DocketError } from '../../shared/kernel/errors';
import type { Recorded } from '../../shared/kernel/recorded';
import { ExportCancelled, ProgressMeter, type ExportFile, type ExportProgress } from './export-progress';

export interface ExportLogOptions {
  api: Pick<DocketApi, 'query'>;
  pageSize: number;
  signal: AbortSignal;
  onProgress: (p: ExportProgress) => void;
  now?: Date;
}

/**
 * The whole log as a docket-log file (docs/export-format.md), paged through
 * ExportLog. The first page fixes the end (the log's last position then):
 * what the till records while the export runs belongs to the next export.
 * Each page is one Blob (see exportEvents: a year is too much for the heap).
 */
export async function exportLog(o: ExportLogOptions): Promise<ExportFile> {
  const page = async (afterPosition: number, upToPosition?: number) => {
    if (o.signal.aborted) throw new ExportCancelled();
    const r = await o.api.query({ type: 'ExportLog', afterPosition, limit: o.pageSize, ...(upToPosition === undefined ? {} : { upToPosition }) });
    if (o.signal.aborted) throw new ExportCancelled();
    if (!r.ok) throw new DocketError(r.error.code, r.error.message, r.error.details);
    return r.value;
  };
  let p = await page(0);
  const end = p.lastPosition;
  const writer = newLogExport(p.terminal, end, o.now ?? new Date());
  const meter = new ProgressMeter();
  const parts = [new Blob([writer.headerLine()])];
  for (;;) {
    parts.push(new Blob([p.events.map((e) => writer.eventLine(e as Recorded)).join('')]));
    o.onProgress({ written: writer.written, percent: meter.percent(p.nextAfter, end) });
    if (p.nextAfter === null) break;
    p = await page(p.nextAfter, end);
  }
  parts.push(new Blob([writer.trailerLine()]));
  return { parts, written: writer.written };
}

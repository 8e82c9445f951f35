import type { DocketApi } from '../../shared/contract/api';
import { DocketError } from '../../shared/kernel/errors';
import { eventExportHeader, eventExportLine, type EventExportFormat } from '../../shared/export/event-export-format';
import type { Recorded } from '../../shared/kernel/recorded';
import { ExportCancelled, ProgressMeter, type ExportFile, type ExportProgress } from './export-progress';

export interface ExportEventsOptions {
  api: Pick<DocketApi, 'query'>;
  filter: string;
  format: EventExportFormat;
  pageSize: number;
  signal: AbortSignal;
  onProgress: (p: ExportProgress) => void;
}

/**
 * The events a filter picks, encoded as `docket events --format …` prints
 * them, gathered by paging FilterEvents oldest first. The first page fixes
 * the end (the log's last position then) and every later page asks for
 * nothing past it (`upToPosition`), as the log export does: a till that keeps
 * selling does not make the file run on, and the bar never goes back. A page
 * may come back short (`partial`: the core's time slice ran out) — the cursor
 * says where to go on. Each page becomes one Blob as soon as it is encoded,
 * so the browser can keep a year of events in its blob store rather than as
 * strings on the page's heap. Throws ExportCancelled when the signal fires
 * (between pages: a page under way is let finish and dropped), or a
 * DocketError the till gave.
 */
export async function exportEvents(o: ExportEventsOptions): Promise<ExportFile> {
  const names = new Map<string, string>();
  if (o.format === 'csv') {
    // Everyone who was ever on the roster, as the CLI names them: deactivated staff still did what they did.
    const staff = await o.api.query({ type: 'ListStaff', includeInactive: true });
    if (!staff.ok) throw new DocketError(staff.error.code, staff.error.message);
    for (const s of staff.value) names.set(s.staffId, s.name);
  }
  const line = eventExportLine(o.format, names);
  const parts: Blob[] = [new Blob([eventExportHeader(o.format)])];
  const meter = new ProgressMeter();
  let written = 0;
  let after = 0;
  let end: number | undefined;
  for (;;) {
    if (o.signal.aborted) throw new ExportCancelled();
    const page = await o.api.query({
      type: 'FilterEvents',
      filter: o.filter,
      afterPosition: after,
      limit: o.pageSize,
      ...(end === undefined ? {} : { upToPosition: end }),
    });
    if (o.signal.aborted) throw new ExportCancelled();
    if (!page.ok) throw new DocketError(page.error.code, page.error.message, page.error.details);
    end ??= page.value.lastPosition;
    parts.push(new Blob([page.value.events.map((e) => line(e as Recorded)).join('')]));
    written += page.value.events.length;
    o.onProgress({ written, percent: meter.percent(page.value.nextAfter, end) });
    if (page.value.nextAfter === null) return { parts, written };
    after = page.value.nextAfter;
  }
}

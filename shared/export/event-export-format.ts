import type { Recorded } from '../kernel/recorded';
import { csvRow } from './csv';

/**
 * How one event is written when the events of a filter are exported: the
 * CLI (`docket events --format ndjson|csv`) and the history screen's export
 * dialog both write through here, so the two files are the same.
 *
 * NDJSON: one line per event, the stored event as JSON (key order as
 * stored). CSV: one row per event; `data` is the payload as JSON text,
 * `*_name` the staff member's name when exported (names change, ids don't).
 * Counters are number cells, everything else text cells (csv.ts guards a
 * text cell a spreadsheet would take for a formula: a name like `=1+1`).
 */
export const EVENT_EXPORT_FORMATS = ['ndjson', 'csv'] as const;
export type EventExportFormat = (typeof EVENT_EXPORT_FORMATS)[number];

export const EVENT_CSV_COLUMNS = [
  'position', 'at', 'type', 'stream', 'version', 'terminal', 'seq', 'staff', 'staff_name',
  'approved_by', 'approver_name', 'command', 'id', 'data', 'hash',
] as const;

/** What the event's staff ids are called; an id not in it gets an empty name. */
export type StaffNames = ReadonlyMap<string, string>;

/** The file's first bytes: the CSV header row, nothing for NDJSON. */
export const eventExportHeader = (format: EventExportFormat): string => (format === 'csv' ? csvRow(EVENT_CSV_COLUMNS) : '');

export const eventNdjsonLine = (e: Recorded): string => `${JSON.stringify(e)}\n`;

export function eventCsvLine(e: Recorded, names: StaffNames): string {
  const { staff, approvedBy } = e.meta;
  return csvRow([
    e.position,
    e.meta.at,
    e.type,
    e.stream,
    e.version,
    e.meta.terminal,
    e.meta.seq,
    staff ?? '',
    (staff && names.get(staff)) ?? '',
    approvedBy ?? '',
    (approvedBy && names.get(approvedBy)) ?? '',
    e.meta.command,
    e.id,
    JSON.stringify(e.data),
    e.hash,
  ]);
}

/** The line writer of a format. */
export const eventExportLine = (format: EventExportFormat, names: StaffNames): ((e: Recorded) => string) =>
  format === 'csv' ? (e) => eventCsvLine(e, names) : eventNdjsonLine;

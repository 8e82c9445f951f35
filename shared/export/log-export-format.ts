import type { Recorded } from '../kernel/recorded';

/**
 * The full log export ("docket-log", docs/export-format.md): NDJSON with a
 * header line, then every event exactly as recorded (hash and meta included),
 * oldest first, then a trailer line. The core's CLI (`docket export`) and the
 * renderer's export both write through LogExportWriter, so the two files are
 * built the same way; `docket verify --file` reads it back.
 */
export const LOG_EXPORT_FORMAT = 'docket-log';
export const LOG_EXPORT_VERSION = 1;

export interface LogExportHeader {
  format: typeof LOG_EXPORT_FORMAT;
  version: number;
  /** The terminal whose log this is. */
  terminal: string;
  /** When the export started (ISO, UTC). */
  exportedAt: string;
  /** The log's last position when the export started: the file holds events 1..lastPosition. */
  lastPosition: number;
}

/** Each terminal's last event in the file: what its chain must end at. */
export type ChainHeads = Record<string, { seq: number; hash: string }>;

export interface LogExportTrailer {
  end: typeof LOG_EXPORT_FORMAT;
  count: number;
  heads: ChainHeads;
}

export const LOG_EXPORT_MIME = 'application/x-ndjson';

/** Builds the file line by line and keeps the count and chain heads the trailer states. */
export class LogExportWriter {
  private count = 0;
  private readonly heads: ChainHeads = {};

  constructor(readonly header: LogExportHeader) {}

  headerLine(): string {
    return `${JSON.stringify(this.header)}\n`;
  }

  /** One event's line; events must come in position order, 1..lastPosition. */
  eventLine(e: Recorded): string {
    this.count += 1;
    this.heads[e.meta.terminal] = { seq: e.meta.seq, hash: e.hash };
    return `${JSON.stringify(e)}\n`;
  }

  get written(): number {
    return this.count;
  }

  trailerLine(): string {
    const trailer: LogExportTrailer = { end: LOG_EXPORT_FORMAT, count: this.count, heads: this.heads };
    return `${JSON.stringify(trailer)}\n`;
  }
}

export const newLogExport = (terminal: string, lastPosition: number, now: Date): LogExportWriter =>
  new LogExportWriter({ format: LOG_EXPORT_FORMAT, version: LOG_EXPORT_VERSION, terminal, exportedAt: now.toISOString(), lastPosition });

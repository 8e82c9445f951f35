/**
 * Progress of an export that pages through the log oldest first: how many
 * events are written and how far through the log the search has got (the
 * cursor against the log's last position, so a filter matching little still
 * moves the bar as it searches).
 */
export interface ExportProgress {
  written: number;
  /** 0..100, whole numbers. */
  percent: number;
}

export function percentThrough(cursor: number | null, lastPosition: number): number {
  if (cursor === null || lastPosition <= 0) return 100;
  return Math.min(100, Math.max(0, Math.floor((cursor / lastPosition) * 100)));
}

/**
 * The bar of one export run: percentThrough, never lower than it has shown
 * (the end is fixed when the run starts, so it should not fall; this keeps a
 * promise the dialog makes whatever a page answers).
 */
export class ProgressMeter {
  private shown = 0;

  percent(cursor: number | null, lastPosition: number): number {
    this.shown = Math.max(this.shown, percentThrough(cursor, lastPosition));
    return this.shown;
  }
}

/**
 * An export's file as it was built: one Blob per page (Chromium may move
 * each to its blob store, off the page's heap), joined into one Blob only
 * when it is saved; and how many events it holds.
 */
export interface ExportFile {
  parts: Blob[];
  written: number;
}

/** Paging asks for this many events at a time unless told otherwise (the contract's largest page). */
export const DEFAULT_EXPORT_PAGE = 1000;

/**
 * A smaller page, from `?exportPageSize=N` in the page's address: more, smaller
 * requests, so that a test can see an export under way and cancel it without
 * a year of data (and a slow link can keep each answer small).
 */
export function exportPageSize(search: string = typeof location === 'undefined' ? '' : location.search): number {
  const n = Number(new URLSearchParams(search).get('exportPageSize'));
  return Number.isInteger(n) && n >= 1 && n <= DEFAULT_EXPORT_PAGE ? n : DEFAULT_EXPORT_PAGE;
}

/** Cancelled by the user: the export stopped and nothing was saved. */
export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
    this.name = 'ExportCancelled';
  }
}

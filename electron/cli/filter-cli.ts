import type { FilterError } from '../../shared/history/filter-syntax';

/**
 * What the history commands share: the viewer's zone flag and the way a
 * filter error is shown, with a caret under the column where it went wrong:
 *
 *   docket events: expected a value after '=', found the end at column 30
 *     type = ItemVoided and staff =
 *                                  ^
 */
export const FILTER_ERROR_EXIT = 2;

export function utcOffset(text: string | undefined): number {
  if (text === undefined) return 0;
  const n = Number(text);
  if (!Number.isInteger(n) || n < -840 || n > 840) throw new Error('--utc-offset is minutes east of UTC, from -840 to 840 (e.g. 60 for UTC+1)');
  return n;
}

export function showFilterError(command: string, input: string, e: FilterError): string {
  // Line breaks and tabs would move the caret: show each as one space, as wide as it counts.
  const flat = input.replace(/[\t\r\n]/g, ' ');
  // Columns count UTF-16 units; the terminal shows characters: pad by the characters before the column.
  const before = [...flat.slice(0, e.column - 1)].length;
  const under = Math.max(1, [...flat.slice(e.column - 1, e.column - 1 + e.length)].length);
  return `docket ${command}: ${e.message}\n  ${flat}\n  ${' '.repeat(before)}${'^'.repeat(under)}\n`;
}

import { DocketError } from '../kernel/errors';

/**
 * CSV as RFC 4180 wants it, shared by the CLI and the renderer so that a file
 * saved from the screen is byte for byte the one `docket … --format csv`
 * prints: a header row, CRLF line ends, fields quoted only when they hold a
 * comma, a quote or a line break, quotes inside doubled.
 *
 * A spreadsheet opens a cell that starts with `=`, `+`, `-` or `@` (or a tab
 * or carriage return before one) as a formula: a staff name or a reason typed
 * as `=HYPERLINK(…)` would run when the owner opens the export. So a text
 * cell that starts with one of those gets a `'` in front (the spreadsheet
 * shows the text, the apostrophe only in the cell's edit line). Whether a
 * cell is text or a number is decided by its type, never by its look: a
 * number (or a `csvDecimal`, for money written as `-12.50`) is written as it
 * is, so a negative amount stays a number; a string is always text.
 */
export interface CsvDecimal {
  readonly decimal: string;
}

export type CsvCell = string | number | CsvDecimal;

const DECIMAL_RE = /^-?\d+(\.\d+)?$/;
const FORMULA_START_RE = /^[=+\-@\t\r]/;

/** Numeric text (money from formatMinor, `-12.50`) that must stay a number in a spreadsheet; anything else is refused. */
export function csvDecimal(text: string): CsvDecimal {
  if (!DECIMAL_RE.test(text)) throw new DocketError('Validation', `a CSV number must be digits with an optional sign and decimals, not ${JSON.stringify(text)}`);
  return { decimal: text };
}

function cellText(cell: CsvCell): string {
  if (typeof cell === 'string') return FORMULA_START_RE.test(cell) ? `'${cell}` : cell;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new DocketError('Validation', `a CSV number must be finite, not ${cell}`);
    return String(cell);
  }
  return cell.decimal;
}

export const csvField = (cell: CsvCell): string => {
  const s = cellText(cell);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export const csvRow = (cells: readonly CsvCell[]): string => `${cells.map(csvField).join(',')}\r\n`;

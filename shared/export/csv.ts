/**
 * CSV as RFC 4180 wants it, shared by the CLI and the renderer so that a file
 * saved from the screen is byte for byte the one `docket … --format csv`
 * prints: a header row, CRLF line ends, fields quoted only when they hold a
 * comma, a quote or a line break, quotes inside doubled.
 */
export const csvField = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export const csvRow = (cells: readonly string[]): string => `${cells.map(csvField).join(',')}\r\n`;

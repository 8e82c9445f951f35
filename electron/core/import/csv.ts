import { DocketError } from '../../../shared/kernel/errors';

/**
 * A small RFC 4180 reader: fields separated by commas, records by CRLF or LF,
 * fields in double quotes may hold commas, line breaks and doubled quotes.
 * Anything else a quote does (a quote inside an unquoted field, text after a
 * closing quote, a quote never closed) is an error naming the line, never a
 * guess: an import must not read a damaged file as data. Errors name the
 * line on which the record starts.
 */
export interface CsvRecord {
  /** 1-based line on which the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

/** A file an import cannot read as it stands; `file` and `line` say where. */
export class ImportFileError extends DocketError {
  constructor(
    readonly file: string,
    readonly line: number | null,
    problem: string,
  ) {
    super('Validation', `${file}${line === null ? '' : ` line ${line}`}: ${problem}`, { file, line });
    this.name = 'ImportFileError';
  }
}

export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark is not data
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i += 1;
        for (;;) {
          if (i >= n) throw new ImportFileError(file, start, 'a quoted field is never closed');
          const c = text[i] as string;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (c === '\n') line += 1;
          value += c;
          i += 1;
        }
        const after = text[i];
        if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
          throw new ImportFileError(file, start, 'text after the closing quote of a field');
        }
      } else {
        const from = i;
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"') throw new ImportFileError(file, start, 'a quote inside an unquoted field');
          i += 1;
        }
        value = text.slice(from, i);
      }
      fields.push(value);
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      break;
    }
    // End of record: CRLF, LF, a lone CR, or the end of the text.
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') i += 1;
    line += 1;
    // A blank line (one empty field) carries no record; a trailing newline is not a record either.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return records;
}

/**
 * Checks the header row and returns the data rows as objects keyed by the
 * expected column names. A row with a different number of fields is an error.
 */
export function csvRows<C extends string>(text: string, file: string, columns: readonly C[]): { line: number; row: Record<C, string> }[] {
  const [header, ...data] = parseCsv(text, file);
  if (!header) throw new ImportFileError(file, null, 'the file is empty');
  const got = header.fields.map((f) => f.trim());
  if (got.length !== columns.length || got.some((f, k) => f !== columns[k])) {
    throw new ImportFileError(file, header.line, `expected the columns ${columns.join(',')}, found ${got.join(',')}`);
  }
  return data.map(({ line, fields }) => {
    if (fields.length !== columns.length) {
      throw new ImportFileError(file, line, `expected ${columns.length} fields, found ${fields.length}`);
    }
    const row = {} as Record<C, string>;
    columns.forEach((c, k) => (row[c] = fields[k] as string));
    return { line, row };
  });
}

/** Windows-1252's printable characters in 0x80..0x9F (the rest of the code page is Latin-1); undefined bytes map to U+FFFD. */
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

/**
 * Decodes Windows-1252 text. Written out rather than `new TextDecoder('windows-1252')`,
 * because Node 20's decoder for that label decodes Latin-1 (0x91 becomes U+0091,
 * an invisible control character, instead of U+2018 ‘).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let from = 0; from < bytes.length; from += CHUNK) {
    const codes: number[] = [];
    for (let k = from; k < Math.min(from + CHUNK, bytes.length); k++) {
      const b = bytes[k] as number;
      codes.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Decodes a file that should be ASCII (or UTF-8); a byte that is neither is an error naming the line. */
export function decodeAscii(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let line = 1;
    for (const b of bytes) {
      if (b === 0x0a) line += 1;
      else if (b >= 0x80) break;
    }
    throw new ImportFileError(file, line, 'the file is not ASCII or UTF-8 text (is it in another encoding?)');
  }
}

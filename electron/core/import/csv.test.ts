import { describe, expect, it } from 'vitest';
import { csvRows, decodeAscii, decodeWindows1252, parseCsv } from './csv';

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and names each record\'s first line', () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\r\nlines",\n3,,last';
    expect(parseCsv(text, 'f.csv')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, y', 'say "hi"'] },
      { line: 3, fields: ['2', 'two\r\nlines', ''] },
      { line: 5, fields: ['3', '', 'last'] },
    ]);
  });

  it('skips a byte-order mark, blank lines and the final line break', () => {
    expect(parseCsv('\ufeffa\r\n\r\nb\r\n', 'f.csv')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 3, fields: ['b'] },
    ]);
  });

  it('refuses stray quotes with the file and line', () => {
    expect(() => parseCsv('a\n"open,1\n2', 'f.csv')).toThrow('f.csv line 2: a quoted field is never closed');
    expect(() => parseCsv('a\n"x"y,1', 'f.csv')).toThrow('f.csv line 2: text after the closing quote of a field');
    expect(() => parseCsv('a\nx"y,1', 'f.csv')).toThrow('f.csv line 2: a quote inside an unquoted field');
  });
});

describe('csvRows', () => {
  it('checks the header and the field count of every row', () => {
    expect(csvRows('A,B\n1,2\n', 'f.csv', ['A', 'B'])).toEqual([{ line: 2, row: { A: '1', B: '2' } }]);
    expect(() => csvRows('A,C\n1,2\n', 'f.csv', ['A', 'B'])).toThrow('f.csv line 1: expected the columns A,B, found A,C');
    expect(() => csvRows('A,B\n1,2\n3\n', 'f.csv', ['A', 'B'])).toThrow('f.csv line 3: expected 2 fields, found 1');
    expect(() => csvRows('', 'f.csv', ['A'])).toThrow('f.csv: the file is empty');
  });
});

describe('decoding', () => {
  it('decodes Windows-1252, whose 0x80..0x9F are not Latin-1', () => {
    expect(decodeWindows1252(Uint8Array.from([0x91, 0x4e, 0x92, 0x80, 0xe9, 0x41]))).toBe('\u2018N\u2019\u20ac\u00e9A');
  });

  it('refuses bytes that are not ASCII or UTF-8 in a file that should be ASCII, naming the line', () => {
    expect(decodeAscii(Uint8Array.from([0x61, 0x0a, 0x62]), 'f.csv')).toBe('a\nb');
    expect(() => decodeAscii(Uint8Array.from([0x61, 0x0a, 0x62, 0x91]), 'f.csv')).toThrow('f.csv line 2: the file is not ASCII or UTF-8 text');
  });
});

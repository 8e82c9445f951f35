import { issue } from './filter-errors';
import { FILTER_LIMITS, FilterError, type DateParts } from './filter-syntax';

/**
 * The tokenizer of the filter language. It reads left to right with no
 * backtracking, so its cost is linear in the input (which is at most
 * FILTER_LIMITS.maxLength characters anyway). Every token keeps its 1-based
 * column and length for error messages.
 */
export type Token =
  | { kind: 'word'; text: string; column: number; length: number }
  | { kind: 'number'; value: number; text: string; column: number; length: number }
  | { kind: 'string'; value: string; column: number; length: number }
  | { kind: 'date'; parts: DateParts; text: string; column: number; length: number }
  | { kind: 'op'; text: '=' | '!=' | '<' | '<=' | '>' | '>=' | '~'; column: number; length: number }
  | { kind: 'punct'; text: '(' | ')' | ',' | '.' | '[' | ']'; column: number; length: number }
  | { kind: 'end'; column: number; length: number };

const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /-?\d+(?:\.\d+)?(?![A-Za-z0-9_.:-])/y;
// 2026-11-01, 2026-11-01T14:30, ...T14:30:15, ...T14:30:15.123, each with an optional Z or ±hh:mm.
const DATE = /(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?)?(?![A-Za-z0-9_:.-])/y;
const PUNCT = '(),.[]';
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateToken(m: RegExpExecArray, column: number): Token {
  const [text, y, mo, d, h, mi, s, frac, zone] = m;
  const parts: DateParts = { year: Number(y), month: Number(mo), day: Number(d) };
  const bad = (what: 'notRealDate' | 'notRealTime' | 'notRealZone'): never => {
    throw new FilterError(issue(what, { text }), column, text.length);
  };
  if (parts.year < 1970 || parts.year > 9999 || parts.month < 1 || parts.month > 12) bad('notRealDate');
  if (parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) bad('notRealDate');
  if (h !== undefined) {
    parts.hour = Number(h);
    parts.minute = Number(mi);
    if (parts.hour > 23 || parts.minute > 59) bad('notRealTime');
    if (s !== undefined) {
      parts.second = Number(s);
      if (parts.second > 59) bad('notRealTime');
    }
    if (frac !== undefined) parts.ms = Number(frac.padEnd(3, '0'));
    if (zone !== undefined) {
      const sign = zone.startsWith('-') ? -1 : 1;
      const [zh, zm] = zone === 'Z' ? [0, 0] : zone.slice(1).split(':').map(Number);
      if ((zh ?? 0) > 14 || (zm ?? 0) > 59) bad('notRealZone');
      parts.offsetMinutes = sign * ((zh ?? 0) * 60 + (zm ?? 0));
    }
  }
  return { kind: 'date', parts, text, column, length: text.length };
}

/** Reads a double-quoted string starting at `start` (the quote); returns the token and where it ends. */
function stringToken(input: string, start: number): { token: Token; end: number } {
  let i = start + 1;
  let value = '';
  for (;;) {
    if (i >= input.length) throw new FilterError(issue('unclosedText'), start + 1, input.length - start);
    const c = input[i] as string;
    if (c === '"') break;
    if (c === '\\') {
      const e = input[i + 1];
      if (e === 'u') {
        const hex = input.slice(i + 2, i + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new FilterError(issue('badUnicodeEscape'), i + 1, 2);
        value += String.fromCharCode(parseInt(hex, 16));
        i += 6;
        continue;
      }
      const plain = e === undefined ? undefined : ESCAPES[e];
      if (plain === undefined) throw new FilterError(issue('unknownEscape', { escape: `\\${e ?? ''}` }), i + 1, 2);
      value += plain;
      i += 2;
      continue;
    }
    // A raw line break or control character inside quotes is almost always a missing quote.
    if (c.charCodeAt(0) < 0x20) throw new FilterError(issue('controlInText'), i + 1);
    value += c;
    i += 1;
  }
  return { token: { kind: 'string', value, column: start + 1, length: i + 1 - start }, end: i + 1 };
}

export function tokenize(input: string): Token[] {
  if (input.length > FILTER_LIMITS.maxLength) {
    throw new FilterError(issue('tooLong', { max: FILTER_LIMITS.maxLength, length: input.length }), FILTER_LIMITS.maxLength + 1);
  }
  const tokens: Token[] = [];
  let i = 0;
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(input);
  };
  while (i < input.length) {
    const c = input[i] as string;
    const column = i + 1;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
      continue;
    }
    if (c === '"') {
      const { token, end } = stringToken(input, i);
      tokens.push(token);
      i = end;
      continue;
    }
    if (c === "'") throw new FilterError(issue('singleQuotes'), column);
    if (/[0-9-]/.test(c)) {
      const d = at(DATE);
      if (d) {
        tokens.push(dateToken(d, column));
        i += d[0].length;
        continue;
      }
      const n = at(NUMBER);
      if (n) {
        const value = Number(n[0]);
        if (!Number.isFinite(value) || n[0].replace(/[-.]/g, '').length > 18) throw new FilterError(issue('numberTooLong', { text: n[0] }), column, n[0].length);
        tokens.push({ kind: 'number', value, text: n[0], column, length: n[0].length });
        i += n[0].length;
        continue;
      }
      const word = /[0-9A-Za-z_:.+-]*/y;
      word.lastIndex = i;
      const text = word.exec(input)?.[0] || c;
      throw new FilterError(issue('notNumberOrDate', { text }), column, text.length);
    }
    const w = at(WORD);
    if (w) {
      tokens.push({ kind: 'word', text: w[0], column, length: w[0].length });
      i += w[0].length;
      continue;
    }
    const two = input.slice(i, i + 2);
    if (two === '!=' || two === '<=' || two === '>=') {
      tokens.push({ kind: 'op', text: two, column, length: 2 });
      i += 2;
      continue;
    }
    if (two === '==') throw new FilterError(issue('doubleEquals'), column, 2);
    if (two === '<>') throw new FilterError(issue('notEqualOp'), column, 2);
    if (c === '=' || c === '<' || c === '>' || c === '~') {
      tokens.push({ kind: 'op', text: c, column, length: 1 });
      i += 1;
      continue;
    }
    if (PUNCT.includes(c)) {
      tokens.push({ kind: 'punct', text: c as '(' | ')' | ',' | '.' | '[' | ']', column, length: 1 });
      i += 1;
      continue;
    }
    const ch = String.fromCodePoint(input.codePointAt(i) ?? 0); // a whole emoji, not half of its surrogate pair
    const letter = /[\p{L}\p{N}]/u.test(ch);
    const code = letter ? 'unexpectedLetter' : ch === '&' || ch === '|' ? 'unexpectedAndOr' : 'unexpectedChar';
    throw new FilterError(issue(code, { char: letter ? `'${ch}'` : JSON.stringify(ch) }), column, ch.length);
  }
  tokens.push({ kind: 'end', column: input.length + 1, length: 1 });
  return tokens;
}

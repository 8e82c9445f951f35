/**
 * Every way a filter can be refused, by a stable code with its parameters,
 * and the English sentence the CLI and the core's messages say for it. A UI
 * in another language translates the code (historyLog.filterError.<code>)
 * with the same parameters and falls back to the English message for a code
 * it does not know, so a code added here never shows an empty line.
 *
 * `found` is what the parser met instead: `foundKind` says whether it was the
 * end of the filter, a quoted text, or a token written out in `found`.
 */
type P<T> = (p: T) => string;
type Found = { found: string; foundKind: FoundKind };
export type FoundKind = 'end' | 'text' | 'token';
type Field = { field: string };

export const FILTER_ERROR_MESSAGES = {
  // The tokenizer.
  tooLong: ((p) => `a filter is at most ${p.max} characters (this one has ${p.length})`) as P<{ max: number; length: number }>,
  notRealDate: ((p) => `${p.text} is not a real date`) as P<{ text: string }>,
  notRealTime: ((p) => `${p.text} is not a real time`) as P<{ text: string }>,
  notRealZone: ((p) => `${p.text} is not a real time zone`) as P<{ text: string }>,
  unclosedText: () => 'this text has no closing "',
  badUnicodeEscape: () => '\\u needs four hex digits',
  unknownEscape: ((p) => `unknown escape ${p.escape} in text (use \\" \\\\ \\n \\t \\r or \\uXXXX)`) as P<{ escape: string }>,
  controlInText: () => 'a line break or control character inside text (use \\n or \\t)',
  singleQuotes: () => 'text goes in double quotes: "like this"',
  numberTooLong: ((p) => `${p.text} is too long a number`) as P<{ text: string }>,
  notNumberOrDate: ((p) => `${p.text} is not a number or a date (dates look like 2026-11-01 or 2026-11-01T14:30)`) as P<{ text: string }>,
  doubleEquals: () => 'compare with a single =',
  notEqualOp: () => '"not equal" is written !=',
  unexpectedLetter: ((p) => `unexpected character ${p.char} (put text in double quotes)`) as P<{ char: string }>,
  unexpectedAndOr: ((p) => `unexpected character ${p.char} (write and / or)`) as P<{ char: string }>,
  unexpectedChar: ((p) => `unexpected character ${p.char}`) as P<{ char: string }>,
  // The parser.
  closesNothing: () => "this ')' closes nothing",
  expectedEnd: ((p) => `expected and, or or the end, found ${p.found}`) as P<Found>,
  tooDeep: ((p) => `nested too deeply (more than ${p.max} levels of parentheses and not)`) as P<{ max: number }>,
  expectedClose: ((p) => `expected ')' to close the '(' at column ${p.openColumn}, found ${p.found}`) as P<Found & { openColumn: number }>,
  expectedFieldAtEnd: () => 'expected a field (type, staff, at, data.amount, ...) at the end',
  expectedField: ((p) => `expected a field (type, staff, at, data.amount, ...), found ${p.found}`) as P<Found>,
  unknownField: ((p) => `unknown field '${p.field}' (fields: ${p.fields}, data.<path>)`) as P<Field & { fields: string }>,
  pathTooLong: ((p) => `a data path has at most ${p.max} parts`) as P<{ max: number }>,
  expectedPathName: () => "expected a name after '.' (letters, digits and _)",
  expectedPathIndex: () => 'expected a position like [0] in a data path',
  expectedCloseBracket: () => "expected ']'",
  emptyPath: () => 'name a part of the data, e.g. data.amount',
  pathStartsWithIndex: () => 'a data path starts with a name, e.g. data.lines[0]',
  expectedOp: ((p) => `expected a comparison (= != < <= > >= ~ in) after ${p.field}, found ${p.found}`) as P<Field & Found>,
  expectedListOpen: () => "expected '(' after in, as in: type in (ItemVoided, OrderRefunded)",
  listTooLong: ((p) => `an in (...) list holds at most ${p.max} values`) as P<{ max: number }>,
  expectedListNext: ((p) => `expected ',' or ')' in the list, found ${p.found}`) as P<Found>,
  expectedValue: ((p) => `expected a value after '${p.after}', found ${p.found}`) as P<Found & { after: string }>,
  secretField: ((p) => `a filter cannot look at ${p.field}: PIN hashes are secret`) as P<Field>,
  // A value that does not suit its field or operator (the parser too).
  nullOp: () => 'null is only compared with = or !=',
  booleanOp: ((p) => `${p.value} is only compared with = or !=`) as P<{ value: string }>,
  containsNeedsText: () => '~ looks for text: put what to look for in double quotes',
  neverBoolean: ((p) => `${p.field} is never true or false`) as P<Field>,
  neverNull: ((p) => `every event has a ${p.field}`) as P<Field>,
  textValue: ((p) => `${p.field} is text: write it bare (ItemVoided) or in double quotes`) as P<Field>,
  textOps: ((p) => `${p.field} is compared with =, != or ~`) as P<Field>,
  personValue: ((p) => `${p.field} is a staff member's name in double quotes, e.g. "Ana"`) as P<Field>,
  numberOps: ((p) => `${p.field} is a number: use = != < <= > >=`) as P<Field>,
  wholeNumber: ((p) => `${p.field} is a whole number`) as P<Field>,
  timeValue: ((p) => `${p.field} is compared with a date like 2026-11-01 or 2026-11-01T14:30, or today`) as P<Field>,
  // The core's compiler.
  pathIndexNotWhole: () => 'a data path position is a whole number',
  pathNameInvalid: ((p) => `"${p.name}" is not a data field name`) as P<{ name: string }>,
  booleanOnlyData: () => 'only data fields are true or false',
  needsNow: ((p) => `${p.name} needs the current time, which was not given`) as P<{ name: string }>,
  containsDate: () => '~ looks for text, not a date',
  noStaffContains: ((p) => `no staff member's name contains "${p.name}"`) as P<{ name: string }>,
  noStaffNamed: ((p) => `no staff member is called "${p.name}"`) as P<{ name: string }>,
} as const;

export type FilterErrorCode = keyof typeof FILTER_ERROR_MESSAGES;
export const FILTER_ERROR_CODES = Object.keys(FILTER_ERROR_MESSAGES) as FilterErrorCode[];
export type FilterErrorParams = Record<string, string | number>;

/** A refusal as it crosses the contract: its code, its parameters, and the English problem (without "at column N"). */
export interface FilterIssue {
  code: FilterErrorCode;
  params: FilterErrorParams;
  problem: string;
}

type ParamsOf<C extends FilterErrorCode> = Parameters<(typeof FILTER_ERROR_MESSAGES)[C]>;

/** The issue for a code: `issue('unknownField', { field, fields })`, `issue('closesNothing')`. */
export function issue<C extends FilterErrorCode>(code: C, ...params: ParamsOf<C>): FilterIssue {
  const p = (params[0] ?? {}) as FilterErrorParams;
  const message = FILTER_ERROR_MESSAGES[code] as (p: FilterErrorParams) => string;
  return { code, params: p, problem: message(p) };
}

export const isFilterErrorCode = (code: unknown): code is FilterErrorCode => typeof code === 'string' && Object.hasOwn(FILTER_ERROR_MESSAGES, code);

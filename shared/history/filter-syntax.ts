import { DocketError } from '../kernel/errors';
import { issue, type FilterErrorCode, type FilterErrorParams, type FilterIssue } from './filter-errors';

/**
 * The syntax tree of a history filter such as
 * `type = ItemVoided and staff = "Ana" and at >= 2026-11-01 and data.amount > 5000`.
 * Every node keeps the 1-based column where it starts (in UTF-16 code units,
 * as JavaScript strings count), so any later error (an unknown staff name
 * found by the compiler) can point at the place too.
 */

/** Limits that keep a filter cheap to parse and compile, whoever typed it. */
export const FILTER_LIMITS = {
  /** Characters in the whole filter. */
  maxLength: 2000,
  /** Parentheses and `not`s inside one another. */
  maxDepth: 32,
  /** Values in one `in (...)` list. */
  maxList: 200,
  /** Segments of one `data.` path (names and [n] indexes). */
  maxPath: 12,
} as const;

/** The fields of the event envelope a filter may name; `data.<path>` reaches into the payload. */
export const FILTER_FIELDS = ['type', 'stream', 'staff', 'approver', 'terminal', 'at', 'position', 'version', 'id', 'command'] as const;
export type FilterFieldName = (typeof FILTER_FIELDS)[number];

/** What kind of values a field holds: it decides which operators and values make sense. */
export const FIELD_KIND: Record<FilterFieldName, 'text' | 'number' | 'time' | 'person'> = {
  type: 'text',
  stream: 'text',
  terminal: 'text',
  id: 'text',
  command: 'text',
  staff: 'person',
  approver: 'person',
  at: 'time',
  position: 'number',
  version: 'number',
};

export type PathSegment = string | number;

export type FieldRef =
  | { kind: 'field'; name: FilterFieldName; column: number }
  | { kind: 'data'; path: PathSegment[]; column: number };

/** A date or date-time as written; the compiler turns it into a span of UTC instants. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  ms?: number;
  /** Minutes east of UTC when written (Z is 0); absent: the viewer's offset applies. */
  offsetMinutes?: number;
}

export type FilterValue =
  | { kind: 'number'; value: number; column: number }
  /** `bare`: written without quotes (an event type, a tender). */
  | { kind: 'string'; value: string; bare: boolean; column: number }
  | { kind: 'date'; parts: DateParts; text: string; column: number }
  /** today / yesterday: the compiler needs the current time for these, so the parser stays pure. */
  | { kind: 'relative'; name: 'today' | 'yesterday'; column: number }
  | { kind: 'boolean'; value: boolean; column: number }
  | { kind: 'null'; column: number };

/** `~` is the text match: the field contains the text, ignoring case. */
export const COMPARE_OPS = ['=', '!=', '<', '<=', '>', '>=', '~'] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];

export type FilterNode =
  | { kind: 'and'; items: FilterNode[]; column: number }
  | { kind: 'or'; items: FilterNode[]; column: number }
  | { kind: 'not'; item: FilterNode; column: number }
  | { kind: 'compare'; field: FieldRef; op: CompareOp; value: FilterValue; column: number }
  | { kind: 'in'; field: FieldRef; values: FilterValue[]; column: number };

/**
 * Payload fields a filter may not name, at any depth of a `data.` path (in
 * any case): a PIN's scrypt hash. Answers redact it, but a filter on it would
 * still tell, by how many events match, what the hash contains — and a 4-digit
 * PIN's hash is guessed offline in minutes.
 */
export const SECRET_DATA_FIELDS: ReadonlySet<string> = new Set(['pinhash']);

export const isSecretDataField = (segment: string): boolean => SECRET_DATA_FIELDS.has(segment.toLowerCase());

export const secretFieldProblem = (segment: string): FilterIssue => issue('secretField', { field: segment });

/**
 * A filter that cannot be read or compiled. `column` is 1-based; `length` is
 * how many characters to underline (at least 1). It is a Validation error, so
 * it crosses the contract with its details intact: `{column, length}`, and
 * `{code, params}` when made from a FilterIssue (filter-errors.ts), which a
 * UI translates; one made from a bare string has no code and shows as it is.
 */
export class FilterError extends DocketError {
  readonly column: number;
  readonly length: number;
  /** The problem without "at column N", for a UI that underlines the place instead. */
  readonly problem: string;
  readonly problemCode?: FilterErrorCode;
  readonly params?: FilterErrorParams;
  constructor(problem: string | FilterIssue, column: number, length = 1) {
    const text = typeof problem === 'string' ? problem : problem.problem;
    const coded = typeof problem === 'string' ? {} : { code: problem.code, params: problem.params };
    super('Validation', `${text} at column ${column}`, { column, length: Math.max(1, length), ...coded });
    this.name = 'FilterError';
    this.column = column;
    this.length = Math.max(1, length);
    this.problem = text;
    if (typeof problem !== 'string') {
      this.problemCode = problem.code;
      this.params = problem.params;
    }
  }
}

/** How a field is written back in messages: `staff`, `data.lines[0].qty`. */
export function fieldText(f: FieldRef): string {
  if (f.kind === 'field') return f.name;
  return `data${f.path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')}`;
}

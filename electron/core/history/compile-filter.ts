import type { BusinessClock } from '../../../shared/domain/restaurant/business-time';
import { dateSpan, isoAt, relativeDaySpan, type Span } from '../../../shared/history/filter-dates';
import { issue } from '../../../shared/history/filter-errors';
import { parseFilter } from '../../../shared/history/filter-parser';
import { FilterError, isSecretDataField, secretFieldProblem, type CompareOp, type FieldRef, type FilterFieldName, type FilterNode, type FilterValue, type PathSegment } from '../../../shared/history/filter-syntax';
import { atRange, byCost, type AtRange } from './filter-plan';

/**
 * Compiles a filter's syntax tree into a WHERE clause over the events table
 * and its parameters. The SQL text is built only from fixed fragments in
 * this file; every value the user wrote (text, numbers, dates, staff ids,
 * even the JSON path of a `data.` field) travels as a bound parameter. There
 * is no way for filter text to become SQL text.
 *
 * Missing values (an event without a staff member, a payload without the
 * named field) never equal anything, and `not` and `!=` count them as "not
 * equal": `staff != "Ana"` includes events nobody signed for, exactly as
 * `not staff = "Ana"` does. Every `not` therefore wraps its operand in
 * coalesce(..., 0), which turns SQL's unknown into false before negating.
 */
export type SqlParam = string | number;

export interface CompiledFilter {
  /** A boolean SQL expression over the columns of `events`; "1" for the empty filter. */
  where: string;
  params: SqlParam[];
  /** Every match's `at` lies in this range (see filter-plan.ts): the search may start from the index on `at`. */
  atRange?: AtRange;
}

export interface StaffEntry {
  staffId: string;
  name: string;
}

export interface CompileOptions {
  /** The roster, for `staff = "Ana"`: events store staff ids in meta.staff. Read only when a filter names staff. */
  staff?: () => readonly StaffEntry[];
  /** Current time (ms) for today / yesterday. */
  now?: number;
  /**
   * The restaurant's zone and business-day cut-off: a date written without a
   * zone is read in it (`at = 2026-11-01` is that business day, as Reports
   * count it). Default: UTC, midnight.
   */
  clock?: BusinessClock;
  /** A fixed zone, minutes east of UTC, that overrides `clock` for dates written without one: calendar days at that offset. */
  utcOffsetMinutes?: number;
}

/** Envelope fields: real columns where the table has them, fixed JSON paths into meta otherwise. */
const COLUMN: Record<FilterFieldName, string> = {
  type: 'type',
  stream: 'stream',
  terminal: 'terminal',
  at: 'at',
  position: 'position',
  version: 'version',
  id: 'id',
  command: "json_extract(meta, '$.command')",
  staff: "json_extract(meta, '$.staff')",
  approver: "json_extract(meta, '$.approvedBy')",
};

const NAME_SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `$.lines[0].qty`, from segments checked again here: the tree may come from code other than the parser. */
function jsonPath(path: readonly PathSegment[], column: number): string {
  let out = '$';
  for (const s of path) {
    if (typeof s === 'number') {
      if (!Number.isSafeInteger(s) || s < 0) throw new FilterError(issue('pathIndexNotWhole'), column);
      out += `[${s}]`;
    } else {
      if (!NAME_SEGMENT.test(s)) throw new FilterError(issue('pathNameInvalid', { name: s }), column);
      if (isSecretDataField(s)) throw new FilterError(secretFieldProblem(s), column);
      out += `.${s}`;
    }
  }
  return out;
}

class Compiler {
  readonly params: SqlParam[] = [];
  private roster: readonly StaffEntry[] | undefined;
  constructor(private readonly opts: CompileOptions) {}

  private p(v: SqlParam): string {
    this.params.push(v);
    return '?';
  }

  node(n: FilterNode): string {
    switch (n.kind) {
      case 'and':
        return `(${byCost(n.items).map((i) => this.node(i)).join(' AND ')})`;
      case 'or':
        return `(${n.items.map((i) => this.node(i)).join(' OR ')})`;
      case 'not':
        return `(NOT coalesce(${this.node(n.item)}, 0))`;
      case 'compare':
        return this.compare(n.field, n.op, n.value);
      case 'in':
        return this.in(n.field, n.values);
    }
  }

  /**
   * The SQL for a field's value. A `data.` field binds its path, so it is
   * called again each time the SQL names the field: positional parameters
   * are pushed in the order they appear in the text.
   */
  private lhs(f: FieldRef): string {
    return f.kind === 'field' ? COLUMN[f.name] : `json_extract(data, ${this.p(jsonPath(f.path, f.column))})`;
  }

  private compare(f: FieldRef, op: CompareOp, v: FilterValue): string {
    if (f.kind === 'field' && (f.name === 'staff' || f.name === 'approver') && v.kind === 'string') {
      return this.person(f, op, [v]);
    }
    // A payload without the named key cannot match, and reading the text for the key is far
    // cheaper than parsing the JSON: check it first. Only for comparisons that are false (not
    // true) when the value is missing, so the answer is the same with or without the check.
    // Payloads are written by JSON.stringify, which never escapes the letters, digits and _
    // a key in a path is made of, so the key always appears as "key" in the text.
    const nullOnMissing = op !== '!=' && v.kind !== 'null';
    const prefix = f.kind === 'data' && nullOnMissing ? `instr(data, ${this.p(`"${lastName(f.path)}"`)}) > 0 AND ` : '';
    if (v.kind === 'boolean') {
      if (f.kind !== 'data') throw new FilterError(issue('booleanOnlyData'), v.column);
      const sql = `json_type(data, ${this.p(jsonPath(f.path, f.column))}) ${op === '=' ? '=' : 'IS NOT'} ${this.p(v.value ? 'true' : 'false')}`;
      return `(${prefix}${sql})`;
    }
    const lhs = (): string => this.lhs(f);
    if (v.kind === 'null') return `(${lhs()} ${op === '=' ? 'IS NULL' : 'IS NOT NULL'})`;
    if (v.kind === 'date' || v.kind === 'relative') return `(${prefix}${this.span(lhs, op, this.spanOf(v), v.column)})`;
    const value = v.value;
    switch (op) {
      case '=':
        return `(${prefix}${lhs()} = ${this.p(value)})`;
      case '!=':
        return `(${lhs()} IS NOT ${this.p(value)})`;
      case '~':
        return `(${prefix}instr(lower(${lhs()}), lower(${this.p(String(value))})) > 0)`;
      default:
        return `(${prefix}${lhs()} ${op} ${this.p(value)})`;
    }
  }

  spanOf(v: FilterValue & { kind: 'date' | 'relative' }): Span {
    const zone = this.opts.utcOffsetMinutes ?? this.opts.clock ?? 0;
    if (v.kind === 'date') return dateSpan(v.parts, zone);
    if (this.opts.now === undefined) throw new FilterError(issue('needsNow', { name: v.name }), v.column);
    return relativeDaySpan(v.name, this.opts.now, zone);
  }

  /** A written date is a span of time: `= day` is inside it, `< day` before it starts, `> day` after it ends. */
  private span(lhs: () => string, op: CompareOp, s: Span, column: number): string {
    const start = isoAt(s.start);
    const end = isoAt(s.end);
    switch (op) {
      case '=':
        return `${lhs()} >= ${this.p(start)} AND ${lhs()} < ${this.p(end)}`;
      case '!=':
        return `NOT coalesce(${lhs()} >= ${this.p(start)} AND ${lhs()} < ${this.p(end)}, 0)`;
      case '<':
        return `${lhs()} < ${this.p(start)}`;
      case '<=':
        return `${lhs()} < ${this.p(end)}`;
      case '>':
        return `${lhs()} >= ${this.p(end)}`;
      case '>=':
        return `${lhs()} >= ${this.p(start)}`;
      case '~':
        throw new FilterError(issue('containsDate'), column);
    }
  }

  private in(f: FieldRef, values: FilterValue[]): string {
    if (f.kind === 'field' && (f.name === 'staff' || f.name === 'approver') && values.every((v) => v.kind === 'string')) {
      return this.person(f, '=', values);
    }
    const plain = values.every((v) => v.kind === 'string' || v.kind === 'number');
    if (!plain) return `(${values.map((v) => this.compare(f, '=', v)).join(' OR ')})`;
    return `(${this.lhs(f)} IN (${values.map((v) => this.p((v as { value: SqlParam }).value)).join(', ')}))`;
  }

  /** staff / approver: names (or ids) become the staff ids events store. */
  private person(f: FieldRef & { kind: 'field' }, op: CompareOp, values: (FilterValue & { kind: 'string' })[]): string {
    this.roster ??= this.opts.staff?.() ?? [];
    const ids = new Set<string>();
    for (const v of values) {
      const want = v.value.toLowerCase();
      const found = this.roster.filter((s) => (op === '~' ? s.name.toLowerCase().includes(want) : s.name.toLowerCase() === want || s.staffId === v.value));
      if (found.length === 0) {
        const problem = issue(op === '~' ? 'noStaffContains' : 'noStaffNamed', { name: v.value });
        throw new FilterError(problem, v.column, v.bare ? v.value.length : v.value.length + 2);
      }
      for (const s of found) ids.add(s.staffId);
    }
    const list = `${COLUMN[f.name]} IN (${[...ids].map((id) => this.p(id)).join(', ')})`;
    return op === '!=' ? `(NOT coalesce(${list}, 0))` : `(${list})`;
  }
}

/** The payload key a path ends in (ignoring [n] indexes): `"qty"` for data.lines[0].qty. */
function lastName(path: readonly PathSegment[]): string {
  return path.filter((s): s is string => typeof s === 'string').at(-1) ?? '';
}

export function compileFilter(node: FilterNode | null, opts: CompileOptions = {}): CompiledFilter {
  if (node === null) return { where: '1', params: [] };
  const c = new Compiler(opts);
  const where = c.node(node);
  const range = atRange(node, (v) => c.spanOf(v));
  return range ? { where, params: c.params, atRange: range } : { where, params: c.params };
}

/** Parse and compile in one step; throws FilterError with the column for either. */
export function compileFilterText(text: string, opts: CompileOptions = {}): CompiledFilter {
  return compileFilter(parseFilter(text), opts);
}

import {
  FIELD_KIND,
  FILTER_FIELDS,
  FILTER_LIMITS,
  FilterError,
  fieldText,
  isSecretDataField,
  secretFieldProblem,
  type CompareOp,
  type FieldRef,
  type FilterFieldName,
  type FilterNode,
  type FilterValue,
  type PathSegment,
} from './filter-syntax';
import { issue, type FilterIssue, type FoundKind } from './filter-errors';
import { tokenize, type Token } from './filter-tokens';

/**
 * Recursive descent over this grammar (keywords and field names in any case):
 *
 *   filter     := orExpr | (nothing: every event)
 *   orExpr     := andExpr ("or" andExpr)*
 *   andExpr    := unary ("and" unary)*
 *   unary      := "not" unary | "(" orExpr ")" | comparison
 *   comparison := field op value | field ["not"] "in" "(" value ("," value)* ")"
 *   field      := type | stream | staff | approver | terminal | at | position | version | id | command
 *               | "data" ("." name | "[" digits "]")+
 *   op         := = | != | < | <= | > | >= | ~        (~: contains, ignoring case)
 *   value      := number | "text" | bare-word | date | date-time | today | yesterday | true | false | null
 *
 * Recursion happens only at "(" and "not", and both count towards
 * FILTER_LIMITS.maxDepth, so no input can exhaust the stack. The parser
 * also checks that each value suits its field (a date for `at`, a whole
 * number for `position`), so the filter bar can point at those mistakes
 * without asking the core.
 */
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false', 'null', 'today', 'yesterday']);

/** What was met instead, for an error's `found` (the end and a quoted text are said in words, in any language). */
const describe = (t: Token): { found: string; foundKind: FoundKind } => {
  switch (t.kind) {
    case 'end':
      return { found: 'the end', foundKind: 'end' };
    case 'string':
      return { found: 'text', foundKind: 'text' };
    case 'word':
    case 'number':
    case 'date':
    case 'op':
    case 'punct':
      return { found: `'${t.text}'`, foundKind: 'token' };
  }
};

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private get peek(): Token {
    return this.tokens[this.i] as Token;
  }

  private next(): Token {
    const t = this.peek;
    if (t.kind !== 'end') this.i += 1;
    return t;
  }

  private isWord(word: string, t: Token = this.peek): boolean {
    return t.kind === 'word' && t.text.toLowerCase() === word;
  }

  private isPunct(p: string, t: Token = this.peek): boolean {
    return t.kind === 'punct' && t.text === p;
  }

  private fail(problem: FilterIssue, t: Token = this.peek): never {
    throw new FilterError(problem, t.column, t.length);
  }

  parse(): FilterNode | null {
    if (this.peek.kind === 'end') return null;
    const node = this.or(0);
    const t = this.tokens[this.i] as Token; // not this.peek: TypeScript would keep its narrowing from above
    if (t.kind !== 'end') this.fail(this.isPunct(')', t) ? issue('closesNothing') : issue('expectedEnd', describe(t)));
    return node;
  }

  private or(depth: number): FilterNode {
    const column = this.peek.column;
    const items = [this.and(depth)];
    while (this.isWord('or')) {
      this.next();
      items.push(this.and(depth));
    }
    return items.length === 1 ? (items[0] as FilterNode) : { kind: 'or', items, column };
  }

  private and(depth: number): FilterNode {
    const column = this.peek.column;
    const items = [this.unary(depth)];
    while (this.isWord('and')) {
      this.next();
      items.push(this.unary(depth));
    }
    return items.length === 1 ? (items[0] as FilterNode) : { kind: 'and', items, column };
  }

  private unary(depth: number): FilterNode {
    const t = this.peek;
    if (this.isWord('not') || this.isPunct('(')) {
      if (depth >= FILTER_LIMITS.maxDepth) this.fail(issue('tooDeep', { max: FILTER_LIMITS.maxDepth }));
      this.next();
      if (t.kind === 'word') return { kind: 'not', item: this.unary(depth + 1), column: t.column };
      const inner = this.or(depth + 1);
      if (!this.isPunct(')')) this.fail(issue('expectedClose', { openColumn: t.column, ...describe(this.peek) }));
      this.next();
      return inner;
    }
    return this.comparison();
  }

  private field(): FieldRef {
    const t = this.next();
    if (t.kind !== 'word' || KEYWORDS.has(t.text.toLowerCase())) {
      return this.fail(t.kind === 'end' ? issue('expectedFieldAtEnd') : issue('expectedField', describe(t)), t);
    }
    const name = t.text.toLowerCase();
    if (name === 'data') return { kind: 'data', path: this.path(t), column: t.column };
    if (!(FILTER_FIELDS as readonly string[]).includes(name)) {
      this.fail(issue('unknownField', { field: t.text, fields: FILTER_FIELDS.join(', ') }), t);
    }
    return { kind: 'field', name: name as FilterFieldName, column: t.column };
  }

  private path(data: Token): PathSegment[] {
    const path: PathSegment[] = [];
    while (this.isPunct('.') || this.isPunct('[')) {
      const open = this.next();
      if (path.length >= FILTER_LIMITS.maxPath) this.fail(issue('pathTooLong', { max: FILTER_LIMITS.maxPath }), open);
      const part = this.next();
      if (open.kind === 'punct' && open.text === '.') {
        if (part.kind !== 'word') this.fail(issue('expectedPathName'), part);
        // Pointed at from the path's start through the secret name: the whole field is refused, not one value.
        if (isSecretDataField(part.text)) throw new FilterError(secretFieldProblem(part.text), data.column, part.column + part.length - data.column);
        path.push(part.text);
      } else {
        if (part.kind !== 'number' || !/^\d{1,6}$/.test(part.text)) this.fail(issue('expectedPathIndex'), part);
        if (!this.isPunct(']')) this.fail(issue('expectedCloseBracket'));
        this.next();
        path.push(part.value);
      }
    }
    if (path.length === 0) this.fail(issue('emptyPath'), data);
    if (typeof path[0] !== 'string') this.fail(issue('pathStartsWithIndex'), data);
    return path;
  }

  private comparison(): FilterNode {
    const field = this.field();
    const t = this.peek;
    if (this.isWord('in') || (this.isWord('not') && this.isWord('in', this.tokens[this.i + 1] as Token))) {
      const negated = this.isWord('not');
      if (negated) this.next();
      this.next();
      const node: FilterNode = { kind: 'in', field, values: this.list(field), column: field.column };
      return negated ? { kind: 'not', item: node, column: t.column } : node;
    }
    if (t.kind !== 'op') this.fail(issue('expectedOp', { field: fieldText(field), ...describe(t) }));
    this.next();
    const value = this.value(t.text);
    checkValue(field, t.text, value);
    return { kind: 'compare', field, op: t.text, value, column: field.column };
  }

  private list(field: FieldRef): FilterValue[] {
    if (!this.isPunct('(')) this.fail(issue('expectedListOpen'));
    this.next();
    const values: FilterValue[] = [];
    for (;;) {
      if (values.length >= FILTER_LIMITS.maxList) this.fail(issue('listTooLong', { max: FILTER_LIMITS.maxList }));
      const v = this.value('in (');
      checkValue(field, '=', v);
      values.push(v);
      if (this.isPunct(',')) {
        this.next();
        continue;
      }
      if (this.isPunct(')')) {
        this.next();
        return values;
      }
      this.fail(issue('expectedListNext', describe(this.peek)));
    }
  }

  private value(after: string): FilterValue {
    const t = this.next();
    const column = t.column;
    switch (t.kind) {
      case 'number':
        return { kind: 'number', value: t.value, column };
      case 'string':
        return { kind: 'string', value: t.value, bare: false, column };
      case 'date':
        return { kind: 'date', parts: t.parts, text: t.text, column };
      case 'word': {
        const w = t.text.toLowerCase();
        if (w === 'true' || w === 'false') return { kind: 'boolean', value: w === 'true', column };
        if (w === 'null') return { kind: 'null', column };
        if (w === 'today' || w === 'yesterday') return { kind: 'relative', name: w, column };
        if (w === 'and' || w === 'or' || w === 'not' || w === 'in') break;
        return { kind: 'string', value: t.text, bare: true, column };
      }
      default:
        break;
    }
    return this.fail(issue('expectedValue', { after, ...describe(t) }), t);
  }
}

/** Whether a value makes sense for a field and operator; the error points at the value. */
function checkValue(field: FieldRef, op: CompareOp, v: FilterValue): void {
  const fail = (problem: FilterIssue): never => {
    throw new FilterError(problem, v.column);
  };
  const isText = v.kind === 'string';
  if (v.kind === 'null' && op !== '=' && op !== '!=') fail(issue('nullOp'));
  if (v.kind === 'boolean' && op !== '=' && op !== '!=') fail(issue('booleanOp', { value: String(v.value) }));
  if (op === '~' && !isText) fail(issue('containsNeedsText'));
  if (field.kind === 'data') return;
  const kind = FIELD_KIND[field.name];
  const name = field.name;
  if (v.kind === 'boolean') fail(issue('neverBoolean', { field: name }));
  switch (kind) {
    case 'text':
      if (v.kind === 'null') fail(issue('neverNull', { field: name }));
      if (!isText) fail(issue('textValue', { field: name }));
      if (op !== '=' && op !== '!=' && op !== '~') fail(issue('textOps', { field: name }));
      return;
    case 'person':
      if (v.kind !== 'null' && !isText) fail(issue('personValue', { field: name }));
      if (op !== '=' && op !== '!=' && op !== '~') fail(issue('textOps', { field: name }));
      return;
    case 'number':
      if (op === '~') fail(issue('numberOps', { field: name }));
      if (v.kind !== 'number' || !Number.isSafeInteger(v.value) || v.value < 0) fail(issue('wholeNumber', { field: name }));
      return;
    case 'time':
      if (op === '~') return;
      if (v.kind !== 'date' && v.kind !== 'relative') fail(issue('timeValue', { field: name }));
      return;
  }
}

/** Parses a filter; `null` for an empty one (it matches every event). Throws FilterError. */
export function parseFilter(input: string): FilterNode | null {
  return new Parser(tokenize(input)).parse();
}

import type { Span } from '../../../shared/history/filter-dates';
import type { FilterNode, FilterValue } from '../../../shared/history/filter-syntax';

/**
 * Two facts about a filter that make it cheaper to run, without changing
 * what it matches:
 *
 * - cost order: SQLite evaluates the terms of an AND in the order written,
 *   so the compiler puts those on real columns (type, at, ...) before those
 *   that parse meta's JSON, and those before the payload's: a row the cheap
 *   term rejects is never parsed. (AND has no side effects here; every row's
 *   JSON is valid, written by JSON.stringify.)
 * - the time range: when the filter as a whole says `at` lies in a range (a
 *   top-level `at = 2026-11-01`, `at >= yesterday`, ...), the search can be
 *   driven by the index on `at` instead of walking the log by position.
 */
const ENVELOPE_COLUMNS = new Set(['type', 'stream', 'terminal', 'at', 'position', 'version', 'id']);

/** 0: real columns only; 1: meta JSON; 2: payload JSON. */
export function cost(n: FilterNode): number {
  switch (n.kind) {
    case 'and':
    case 'or':
      return Math.max(...n.items.map(cost));
    case 'not':
      return cost(n.item);
    case 'compare':
    case 'in':
      return n.field.kind === 'data' ? 2 : ENVELOPE_COLUMNS.has(n.field.name) ? 0 : 1;
  }
}

/** The items of an AND, cheapest first (stable: equal costs keep the written order). */
export const byCost = (items: readonly FilterNode[]): FilterNode[] =>
  items
    .map((item, i) => ({ item, i, c: cost(item) }))
    .sort((a, b) => a.c - b.c || a.i - b.i)
    .map((x) => x.item);

/** Half-open bounds on `at` (ISO text); either may be open. */
export interface AtRange {
  from?: string;
  before?: string;
}

/**
 * The range every match's `at` must lie in, from the top-level AND's
 * comparisons of `at` with dates; undefined when the filter does not bound
 * `at` (an `or`, a `not`, `!=`, a text match).
 */
export function atRange(node: FilterNode | null, span: (v: FilterValue & { kind: 'date' | 'relative' }) => Span): AtRange | undefined {
  if (node === null) return undefined;
  const items = node.kind === 'and' ? node.items : [node];
  let from = -Infinity;
  let before = Infinity;
  for (const n of items) {
    if (n.kind !== 'compare' || n.field.kind !== 'field' || n.field.name !== 'at') continue;
    if (n.value.kind !== 'date' && n.value.kind !== 'relative') continue;
    const s = span(n.value);
    if (n.op === '=' || n.op === '>=') from = Math.max(from, s.start);
    if (n.op === '>') from = Math.max(from, s.end);
    if (n.op === '=' || n.op === '<=') before = Math.min(before, s.end);
    if (n.op === '<') before = Math.min(before, s.start);
  }
  if (from === -Infinity && before === Infinity) return undefined;
  const r: AtRange = {};
  if (from !== -Infinity) r.from = new Date(from).toISOString();
  if (before !== Infinity) r.before = new Date(Math.max(before, from === -Infinity ? before : from)).toISOString();
  return r;
}

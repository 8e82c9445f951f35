import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { dateSpan, isoAt } from '../../../shared/history/filter-dates';
import { parseFilter } from '../../../shared/history/filter-parser';
import type { FieldRef, FilterNode, FilterValue } from '../../../shared/history/filter-syntax';
import type { Recorded } from '../../../shared/kernel/recorded';
import type { EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import { compileFilter } from './compile-filter';
import { forEachMatch } from './filter-events';
import { historyTestLog, ROSTER } from './history-test-log';

/**
 * The compiled SQL against a model: random well-formed filters are both run
 * as SQL over the test log and evaluated in plain TypeScript with the
 * documented meaning (a missing value equals nothing, `!=` and `not` count it
 * as different, a date is its whole day). Both must pick the same events.
 */
let db: SqlDb;
let log: EventLog;
let events: Recorded[];
beforeAll(async () => {
  ({ db, log } = await historyTestLog());
  events = log.readAfter(0, 100);
});

type Scalar = string | number | null;

function fieldValue(e: Recorded, f: FieldRef): Scalar {
  if (f.kind === 'data') {
    let v: unknown = e.data;
    for (const s of f.path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[String(s)] : undefined;
    if (typeof v === 'boolean') return v ? 1 : 0; // json_extract gives SQL integers for JSON booleans
    return typeof v === 'string' || typeof v === 'number' ? v : null;
  }
  switch (f.name) {
    case 'staff':
      return e.meta.staff ?? null;
    case 'approver':
      return e.meta.approvedBy ?? null;
    case 'terminal':
      return e.meta.terminal;
    case 'at':
      return e.meta.at;
    case 'command':
      return e.meta.command;
    default:
      return e[f.name];
  }
}

/** SQLite's order across types: numbers before text. */
function cmp(a: string | number, b: string | number): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compare(e: Recorded, f: FieldRef, op: string, v: FilterValue): boolean {
  const x = fieldValue(e, f);
  if (v.kind === 'null') return op === '=' ? x === null : x !== null;
  if (v.kind === 'boolean') {
    const raw = f.kind === 'data' ? f.path.reduce<unknown>((o, s) => (o as Record<string, unknown> | undefined)?.[String(s)], e.data) : undefined;
    return (raw === v.value) === (op === '=');
  }
  if (v.kind === 'date') {
    const s = dateSpan(v.parts, 0);
    const [start, end] = [isoAt(s.start), isoAt(s.end)];
    if (x === null) return op === '!=';
    const inside = cmp(x, start) >= 0 && cmp(x, end) < 0;
    return { '=': inside, '!=': !inside, '<': cmp(x, start) < 0, '<=': cmp(x, end) < 0, '>': cmp(x, end) >= 0, '>=': cmp(x, start) >= 0 }[op as '='] ?? false;
  }
  if (v.kind === 'relative') throw new Error('not generated');
  let want: string | number = v.value;
  if (f.kind === 'field' && (f.name === 'staff' || f.name === 'approver')) {
    const ids = ROSTER.filter((s) => (op === '~' ? s.name.toLowerCase().includes(String(want).toLowerCase()) : s.name.toLowerCase() === String(want).toLowerCase()));
    const hit = x !== null && ids.some((s) => s.staffId === x);
    return op === '!=' ? !hit : hit;
  }
  if (x === null) return op === '!=';
  switch (op) {
    case '~': {
      const lower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
      return lower(String(x)).includes(lower(String(want)));
    }
    case '=':
      return cmp(x, want) === 0;
    case '!=':
      return cmp(x, want) !== 0;
    case '<':
      return cmp(x, want) < 0;
    case '<=':
      return cmp(x, want) <= 0;
    case '>':
      return cmp(x, want) > 0;
    default:
      want = v.value;
      return cmp(x, want) >= 0;
  }
}

function evaluate(e: Recorded, n: FilterNode): boolean {
  switch (n.kind) {
    case 'and':
      return n.items.every((i) => evaluate(e, i));
    case 'or':
      return n.items.some((i) => evaluate(e, i));
    case 'not':
      return !evaluate(e, n.item);
    case 'compare':
      return compare(e, n.field, n.op, n.value);
    case 'in':
      return n.values.some((v) => compare(e, n.field, '=', v));
  }
}

const leaf = fc.oneof(
  fc.constantFrom('type', 'stream', 'terminal').chain((f) =>
    fc.tuple(fc.constantFrom('=', '!=', '~'), fc.constantFrom('ItemVoided', 'PaymentTaken', '"order-a"', '"T2"', '"ORDER"', '"Paid"', '"x"')).map(([op, v]) => `${f} ${op} ${v}`),
  ),
  fc.tuple(fc.constantFrom('staff', 'approver'), fc.constantFrom('= "Ana"', '!= "ben"', '= "BEN"', '~ "a"', '~ "AN"', '= null', '!= null')).map(([f, rest]) => `${f} ${rest}`),
  fc.tuple(fc.constantFrom('position', 'version'), fc.constantFrom('=', '!=', '<', '<=', '>', '>='), fc.integer({ min: 0, max: 11 })).map(([f, op, n]) => `${f} ${op} ${n}`),
  fc.tuple(fc.constantFrom('=', '!=', '<', '<=', '>', '>='), fc.constantFrom('2026-10-31', '2026-11-01', '2026-11-03', '2026-11-01T10:05', '2026-11-01T12:00:30')).map(([op, d]) => `at ${op} ${d}`),
  fc.tuple(
    fc.constantFrom('data.amount', 'data.tip', 'data.reason', 'data.tender', 'data.reference', 'data.offline', 'data.modifiers[0].priceDelta', 'data.qty'),
    fc.constantFrom('=', '!=', '<', '<=', '>', '>='),
    fc.constantFrom('0', '300', '4000', '5000', '150', '2', '"cash"', '"burnt"', 'null', 'true', 'false'),
  ).map(([f, op, v]) => (['null', 'true', 'false'].includes(v) && op !== '=' && op !== '!=' ? `${f} = ${v}` : `${f} ${op} ${v}`)),
  fc.tuple(fc.constantFrom('data.reason', 'data.tender'), fc.constantFrom('"BURNT"', '"drop"', '"or 1=1"', '"ca"')).map(([f, v]) => `${f} ~ ${v}`),
  fc.constantFrom('type in (ItemVoided, DrawerOpened)', 'position not in (1, 2, 3)', 'data.amount in (4000, 6000)', 'at in (2026-11-01, 2026-11-04)', 'staff in ("Ana", "Zoë 张伟")'),
);

const filterText: fc.Arbitrary<string> = fc.letrec<{ f: string }>((tie) => ({
  f: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(tie('f'), fc.constantFrom('and', 'or'), tie('f')).map(([a, op, b]) => `(${a}) ${op} (${b})`),
    tie('f').map((a) => `not (${a})`),
  ),
})).f;

describe('compiled filters agree with the model', () => {
  it('for random well-formed filters', () => {
    fc.assert(
      fc.property(filterText, (text) => {
        const node = parseFilter(text);
        const got: number[] = [];
        forEachMatch(db, compileFilter(node, { staff: () => ROSTER }), (e) => got.push(e.position));
        const want = events.filter((e) => node === null || evaluate(e, node)).map((e) => e.position);
        expect(got).toEqual(want);
      }),
      { numRuns: 1500 },
    );
  });
});

/**
 * What one event changed in an aggregate's state: the paths whose values
 * differ, each with its value before and after (undefined: not there).
 * Objects are compared key by key; arrays of records that carry an id
 * (lineId, paymentId, ...) are matched by that id, so voiding the second of
 * five lines shows one changed line rather than four shifted ones; other
 * arrays are compared position by position.
 */
export interface StateChange {
  /** e.g. `paid`, `lines[lineId=0190…].status`, `heldCourses[1]` */
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface StateDiff {
  changes: StateChange[];
  /** More paths changed than `max`: the list stops there. */
  truncated: boolean;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A key every element of both arrays has as a distinct string: the arrays are matched on it. */
function idKey(a: readonly unknown[], b: readonly unknown[]): string | undefined {
  const all = [...a, ...b];
  const first = all[0];
  if (!isRecord(first)) return undefined;
  for (const key of Object.keys(first).filter((k) => k.endsWith('Id'))) {
    const ok = (xs: readonly unknown[]): boolean => {
      const seen = new Set<unknown>();
      for (const x of xs) {
        if (!isRecord(x) || typeof x[key] !== 'string' || seen.has(x[key])) return false;
        seen.add(x[key]);
      }
      return true;
    };
    if (ok(a) && ok(b)) return key;
  }
  return undefined;
}

function equal(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => equal(v, y[i]));
  const xs = Object.keys(x as Rec).filter((k) => (x as Rec)[k] !== undefined);
  const ys = Object.keys(y as Rec).filter((k) => (y as Rec)[k] !== undefined);
  return xs.length === ys.length && xs.every((k) => equal((x as Rec)[k], (y as Rec)[k]));
}

export function diffStates(before: unknown, after: unknown, max = 500): StateDiff {
  const changes: StateChange[] = [];
  let truncated = false;
  const push = (path: string, b: unknown, a: unknown): void => {
    if (changes.length >= max) {
      truncated = true;
      return;
    }
    const c: StateChange = { path: path || '(state)' };
    if (b !== undefined) c.before = b;
    if (a !== undefined) c.after = a;
    changes.push(c);
  };
  const walk = (path: string, b: unknown, a: unknown): void => {
    if (truncated || equal(b, a)) return;
    if (isRecord(b) && isRecord(a)) {
      const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
      for (const k of keys) walk(path ? `${path}.${k}` : k, b[k], a[k]);
      return;
    }
    if (Array.isArray(b) && Array.isArray(a)) {
      const key = idKey(b, a);
      if (key) {
        const byId = (xs: unknown[]): Map<unknown, unknown> => new Map(xs.map((x) => [(x as Rec)[key], x]));
        const bm = byId(b);
        const am = byId(a);
        for (const id of new Set([...bm.keys(), ...am.keys()])) walk(`${path}[${key}=${String(id)}]`, bm.get(id), am.get(id));
        return;
      }
      for (let i = 0; i < Math.max(a.length, b.length); i++) walk(`${path}[${i}]`, b[i], a[i]);
      return;
    }
    push(path, b, a);
  };
  walk('', before, after);
  return { changes, truncated };
}

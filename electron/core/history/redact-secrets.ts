import { isPinHash } from '../auth/pin-hash';

/**
 * PIN hashes never leave the core in a query's answer. A PIN has only 10,000
 * values, so its scrypt hash, once copied off the till, gives the PIN back
 * after an afternoon's guessing; on the till the authorizer's lockout stops
 * that. The events keep them (they are facts, and the hash chain covers
 * them): only the views are redacted, here, in one place that every query's
 * answer passes through (run-query.ts). The full log export (ExportLog) is
 * the exception: it must be byte for byte what was recorded for its chain to
 * verify, and only a manager may take it (docs/export-format.md).
 *
 * Two rules, so a new view cannot leak one by accident: any `pinHash` field,
 * and any string shaped like a stored hash wherever it appears (a state's
 * diff names a field in a path and carries its value as `before`/`after`).
 */
export const REDACTED = '[redacted]';

const SECRET_KEYS: ReadonlySet<string> = new Set(['pinHash']);

/**
 * The value with its secrets replaced by REDACTED. Copy on write: an answer
 * without a secret (nearly all of them) comes back as the same object, so the
 * walk allocates nothing on the common path.
 */
export function redactSecrets<T>(value: T): T {
  return redact(value, 0) as T;
}

// Deeper than any view the core builds; a guard against a cycle, never reached by real answers.
const MAX_DEPTH = 64;

function redact(v: unknown, depth: number): unknown {
  if (typeof v === 'string') return isPinHash(v) ? REDACTED : v;
  if (typeof v !== 'object' || v === null || depth > MAX_DEPTH) return v;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const r = redact(v[i], depth + 1);
      if (r !== v[i]) (out ??= v.slice())[i] = r;
    }
    return out ?? v;
  }
  const rec = v as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(rec)) {
    const x = rec[key];
    const r = SECRET_KEYS.has(key) && x !== undefined && x !== null ? REDACTED : redact(x, depth + 1);
    if (r !== x) (out ??= { ...rec })[key] = r;
  }
  return out ?? v;
}

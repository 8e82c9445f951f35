import { randomBytes } from 'node:crypto';
import type { Reply } from '../../../shared/contract/api';
import { uuidv7From, type IdSource } from '../../../shared/kernel/ids';

/** Helpers that child processes can load too (no vitest imports). */
export const newId: IdSource = () => uuidv7From(Date.now(), randomBytes(10));

export function unwrap<T>(r: Reply<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

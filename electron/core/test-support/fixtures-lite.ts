import { randomBytes } from 'node:crypto';
import type { DocketApi, Reply } from '../../../shared/contract/api';
import { uuidv7From, type IdSource } from '../../../shared/kernel/ids';
import { DEMO_MANAGER, DEMO_SERVER } from '../seed/demo-staff';

/** Helpers that child processes can load too (no vitest imports). */
export const newId: IdSource = () => uuidv7From(Date.now(), randomBytes(10));

export function unwrap<T>(r: Reply<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Signs a staff member in at the till by PIN, as the sign-in screen does; throws when refused. */
export async function signIn(till: Pick<DocketApi, 'command'>, staffId: string, pin: string, ids: IdSource = newId): Promise<void> {
  unwrap(await till.command({ type: 'SignIn', commandId: ids(), staffId, pin }));
}

/** Ben, the demo server (PIN 1111): who the tests sell as. */
export const signInAsServer = (till: Pick<DocketApi, 'command'>, ids: IdSource = newId): Promise<void> =>
  signIn(till, DEMO_SERVER.staffId, DEMO_SERVER.pin, ids);

/** Ana, the demo manager (PIN 1234): for menu changes and approvals. */
export const signInAsManager = (till: Pick<DocketApi, 'command'>, ids: IdSource = newId): Promise<void> =>
  signIn(till, DEMO_MANAGER.staffId, DEMO_MANAGER.pin, ids);

/** Opens a shift (float 0) unless one is open: money is only taken inside a shift. Returns its id. */
export async function ensureShift(till: Pick<DocketApi, 'command' | 'query'>, ids: IdSource = newId): Promise<string> {
  const open = unwrap(await till.query({ type: 'GetCurrentShift' }));
  if (open) return open.shiftId;
  const shiftId = ids();
  unwrap(await till.command({ type: 'OpenShift', commandId: ids(), shiftId, float: 0 }));
  return shiftId;
}

export { DEMO_MANAGER, DEMO_SERVER };

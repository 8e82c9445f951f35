import type { Command } from '../../../shared/contract/commands';
import type { Actor, StaffRole } from '../../../shared/domain/decider';
import type { Clock } from '../../../shared/kernel/clock';
import { DocketError } from '../../../shared/kernel/errors';
import type { CoreCommand } from '../commands/core-command';
import type { SqlDb } from '../store/sql-db';
import { hashPin, verifyPin } from './pin-hash';

/** Who a command runs as: a member whose PIN was just checked (SignIn), the terminal's session when it runs, or the core itself. */
export type ActorSource = { kind: 'staff'; staff: Actor } | { kind: 'session' } | { kind: 'system' };

/** A command ready for the writer: no PIN left in it, and what its PINs proved beside it. */
export interface Submission {
  command: CoreCommand;
  actor: ActorSource;
  /** The manager whose PIN came with the command as its approval. */
  approvedBy?: Actor;
  /** When the command happened, for a replay of history (ms); otherwise the writer's clock says. */
  time?: number;
}

/** Wrong PINs in a row before a lockout, and how long it lasts. */
export const MAX_WRONG_PINS = 5;
export const LOCKOUT_MS = 30_000;
/** The lockout key of approval PINs: they name no staff member, so guesses are counted per terminal. */
const APPROVAL = 'approval';

interface Tries {
  wrong: number;
  lockedUntil: number;
}

interface PinRow extends Record<string, string | number> {
  staffId: string;
  name: string;
  role: StaffRole;
  active: number;
  pinHash: string;
}

/**
 * The step between the contract and the writer. It checks the PINs a command
 * carries (scrypt: async, so it runs before the command joins the writer's
 * queue) and takes them out of the command: SignIn's PIN against that member's
 * hash, an approval PIN against every active manager's, and a new PIN
 * (AddStaff, ChangeStaffPin) replaced by its hash. Wrong PINs are counted in
 * memory: after MAX_WRONG_PINS in a row, that member (or approvals at this
 * terminal) is locked out for LOCKOUT_MS. Checks of one key run one at a time,
 * so a burst of guesses sent at once meets the lockout like guesses sent in turn.
 */
export class Authorizer {
  private readonly tries = new Map<string, Tries>();
  private readonly busy = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: SqlDb,
    private readonly clock: Clock,
  ) {}

  /** Synchronous when the command carries no PIN, so the common path costs no extra turn of the event loop. */
  prepare(command: Command, system: boolean): Submission | Promise<Submission> {
    const actor: ActorSource = system ? { kind: 'system' } : { kind: 'session' };
    if (command.approval === undefined && !('pin' in command)) return { command: withoutApproval(command), actor };
    return this.prepareWithPins(command, actor);
  }

  private async prepareWithPins(command: Command, actor: ActorSource): Promise<Submission> {
    const approvedBy = command.approval ? await this.checkApproval(command.approval.pin) : undefined;
    const withApproval = (s: Submission): Submission => (approvedBy ? { ...s, approvedBy } : s);
    switch (command.type) {
      case 'SignIn': {
        const { pin, approval: _a, ...rest } = command;
        const staff = await this.checkSignIn(rest.staffId, pin);
        return withApproval({ command: rest, actor: { kind: 'staff', staff } });
      }
      case 'AddStaff':
      case 'ChangeStaffPin': {
        const { pin, approval: _a, ...rest } = command;
        return withApproval({ command: { ...rest, pinHash: await hashPin(pin) } as CoreCommand, actor });
      }
      default:
        return withApproval({ command: withoutApproval(command), actor });
    }
  }

  private async checkSignIn(staffId: string, pin: string): Promise<Actor> {
    const row = this.db.get<PinRow>(
      `SELECT m.staff_id AS staffId, m.name, m.role, m.active, p.pin_hash AS pinHash
         FROM staff_members m JOIN staff_pins p ON p.staff_id = m.staff_id WHERE m.staff_id = ?`,
      [staffId],
    );
    if (!row) throw new DocketError('NotFound', 'no such staff member');
    if (row.active !== 1) throw new DocketError('Unauthorized', `${row.name} is no longer active`);
    await this.oneAtATime(staffId, () => this.counted(staffId, 'wrong PIN', () => verifyPin(pin, row.pinHash)));
    return { staffId: row.staffId, role: row.role };
  }

  /** The active manager whose PIN this is; two managers with one PIN would both be right, and the first is recorded. */
  private async checkApproval(pin: string): Promise<Actor> {
    const managers = this.db.all<PinRow>(
      `SELECT m.staff_id AS staffId, m.name, m.role, m.active, p.pin_hash AS pinHash
         FROM staff_members m JOIN staff_pins p ON p.staff_id = m.staff_id
        WHERE m.active = 1 AND m.role = 'manager' ORDER BY m.position`,
    );
    let found: PinRow | undefined;
    await this.oneAtATime(APPROVAL, () =>
      this.counted(APPROVAL, "that is not a manager's PIN", async () => {
        const matches = await Promise.all(managers.map((m) => verifyPin(pin, m.pinHash)));
        found = managers[matches.indexOf(true)];
        return found !== undefined;
      }),
    );
    const manager = found as PinRow;
    return { staffId: manager.staffId, role: manager.role };
  }

  /** Runs a PIN check under the lockout rules: refused while locked, counted when wrong, forgiven when right. */
  private async counted(key: string, wrong: string, check: () => Promise<boolean>): Promise<true> {
    const now = this.clock.now();
    const t = this.tries.get(key);
    if (t && t.lockedUntil > now) throw lockedOut(t.lockedUntil - now);
    if (await check()) {
      this.tries.delete(key);
      return true;
    }
    const wrongs = (t?.wrong ?? 0) + 1;
    if (wrongs >= MAX_WRONG_PINS) {
      // The count starts again once the lockout ends.
      this.tries.set(key, { wrong: 0, lockedUntil: this.clock.now() + LOCKOUT_MS });
      throw new DocketError('Unauthorized', `${wrong}: ${MAX_WRONG_PINS} wrong tries, locked for ${LOCKOUT_MS / 1000} s`, {
        retryAfterMs: LOCKOUT_MS,
      });
    }
    this.tries.set(key, { wrong: wrongs, lockedUntil: 0 });
    throw new DocketError('Unauthorized', wrong);
  }

  private oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
    const before = this.busy.get(key) ?? Promise.resolve();
    const mine = before.then(run, run);
    const settled = mine.then(
      () => undefined,
      () => undefined,
    );
    this.busy.set(key, settled);
    void settled.then(() => {
      if (this.busy.get(key) === settled) this.busy.delete(key);
    });
    return mine;
  }
}

function lockedOut(ms: number): DocketError {
  return new DocketError('Unauthorized', `too many wrong PINs: try again in ${Math.ceil(ms / 1000)} s`, { retryAfterMs: ms });
}

function withoutApproval(command: Command): CoreCommand {
  if (command.approval === undefined) return command as CoreCommand;
  const { approval: _a, ...rest } = command;
  return rest as CoreCommand;
}

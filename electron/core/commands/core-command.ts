import type { Command } from '../../../shared/contract/commands';
import type { CoreOnlyCommand } from './core-only-commands';

export type { CoreOnlyCommand } from './core-only-commands';

/**
 * A command as the core runs it, after the authorizer (../auth/authorizer.ts):
 * every PIN the client sent is gone. A new PIN became its salted hash
 * (AddStaff, ChangeStaffPin); a sign-in PIN and an approval PIN were checked
 * and dropped, their outcome carried beside the command as the acting staff
 * member and the approver. So nothing past this point can write a PIN down.
 */
type Prepared<C> = C extends { type: 'AddStaff' | 'ChangeStaffPin' }
  ? Omit<C, 'pin' | 'approval'> & { pinHash: string }
  : C extends { type: 'SignIn' }
    ? Omit<C, 'pin' | 'approval'>
    : Omit<C, 'approval'>;

/**
 * Every command the core runs: the contract's commands as prepared, and the
 * core's own (core-only-commands.ts), which no client can send — they are
 * reachable only through till.system.
 */
export type CoreCommand = (Command extends infer C ? (C extends Command ? Prepared<C> : never) : never) | CoreOnlyCommand;
export type CoreCommandType = CoreCommand['type'];
export type CoreCommandOf<T extends CoreCommandType> = Extract<CoreCommand, { type: T }>;

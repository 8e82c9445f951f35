import type { Command, CommandType } from '../../../shared/contract/commands';

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

export type CoreCommand = Command extends infer C ? (C extends Command ? Prepared<C> : never) : never;
export type CoreCommandOf<T extends CommandType> = Extract<CoreCommand, { type: T }>;

import { DocketError } from '../../kernel/errors';
import { approver, assertNever, type CommandContext, type StaffRole } from '../decider';
import type { StaffCommand, TerminalCommand } from './staff-commands';
import type { StaffEvent, TerminalEvent } from './staff-events';
import { activeManagers, type StaffMember, type StaffState, type TerminalState } from './staff-state';

const ROLES: readonly StaffRole[] = ['server', 'manager'];

function requireName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 80) throw new DocketError('Validation', 'a staff member needs a name of 1 to 80 characters');
  return trimmed;
}

function requirePinHash(pinHash: string): string {
  // The core hashes PINs; an empty hash would be a bug there, and would lock that person out for good.
  if (pinHash.length === 0) throw new DocketError('Validation', 'a PIN hash is missing');
  return pinHash;
}

/**
 * The roster is a manager's to change: the signed-in manager, or a server
 * with a manager's approval. A system command (the demo seed, an import) has
 * no staff at all: it is the core acting, not a person.
 */
function requireManager(ctx: CommandContext, what: string): void {
  if (ctx.staff === undefined && ctx.approvedBy === undefined) return;
  // approver() trusts the core to approve only by a manager's PIN; the role is checked again all the same.
  if (approver(ctx)?.role !== 'manager') throw new DocketError('Unauthorized', `only a manager may ${what}`);
}

function requireActiveMember(state: StaffState, staffId: string): StaffMember {
  const member = state.members[staffId];
  if (!member) throw new DocketError('NotFound', 'no such staff member');
  if (!member.active) throw new DocketError('IllegalState', `${member.name} is no longer active`);
  return member;
}

export function decideStaff(command: StaffCommand, state: StaffState, ctx: CommandContext): StaffEvent[] {
  switch (command.type) {
    case 'AddStaff': {
      requireManager(ctx, 'add staff');
      if (state.members[command.staffId]) throw new DocketError('IllegalState', 'that staff member already exists');
      if (!ROLES.includes(command.role)) throw new DocketError('Validation', 'a role is server or manager');
      const data = { staffId: command.staffId, name: requireName(command.name), role: command.role, pinHash: requirePinHash(command.pinHash) };
      return [{ type: 'StaffAdded', data }];
    }
    case 'ChangeStaffPin': {
      // Anyone may change their own PIN; someone else's is a manager's to reset.
      if (ctx.staff?.staffId !== command.staffId) requireManager(ctx, "change someone else's PIN");
      requireActiveMember(state, command.staffId);
      return [{ type: 'StaffPinChanged', data: { staffId: command.staffId, pinHash: requirePinHash(command.pinHash) } }];
    }
    case 'DeactivateStaff': {
      requireManager(ctx, 'deactivate staff');
      const member = requireActiveMember(state, command.staffId);
      if (member.role === 'manager' && activeManagers(state).length === 1) {
        throw new DocketError('IllegalState', 'the last active manager cannot be deactivated: add another manager first');
      }
      return [{ type: 'StaffDeactivated', data: { staffId: member.staffId } }];
    }
    default:
      return assertNever(command);
  }
}

/** What a session decision needs besides its own stream: the roster. */
export interface TerminalContext extends CommandContext {
  readonly roster: StaffState;
}

export function decideTerminal(command: TerminalCommand, state: TerminalState, ctx: TerminalContext): TerminalEvent[] {
  switch (command.type) {
    case 'SignIn': {
      // The core puts the staff member whose PIN it has just checked into ctx.staff: nobody signs in as someone else.
      if (ctx.staff?.staffId !== command.staffId) throw new DocketError('Unauthorized', "signing in needs that staff member's PIN");
      const member = ctx.roster.members[command.staffId];
      if (!member) throw new DocketError('NotFound', 'no such staff member');
      if (!member.active) throw new DocketError('Unauthorized', `${member.name} is no longer active`);
      if (state.staffId === command.staffId) return [];
      // Signing in over someone else's session ends theirs first, so every session in the log has an end.
      const out: TerminalEvent[] = state.staffId === null ? [] : [{ type: 'StaffSignedOut', data: { staffId: state.staffId } }];
      return [...out, { type: 'StaffSignedIn', data: { staffId: command.staffId } }];
    }
    case 'SignOut':
      if (state.staffId === null) throw new DocketError('IllegalState', 'nobody is signed in');
      return [{ type: 'StaffSignedOut', data: { staffId: state.staffId } }];
    default:
      return assertNever(command);
  }
}

import { assertNever, type StaffRole } from '../decider';
import type { StaffEvent, TerminalEvent } from './staff-events';

export interface StaffMember {
  staffId: string;
  name: string;
  role: StaffRole;
  active: boolean;
}

/** The roster. The PIN hashes stay out of it: no decision needs them (the core's authorizer reads them). */
export interface StaffState {
  members: Record<string, StaffMember>;
}

export const initialStaffState = (): StaffState => ({ members: {} });

export function evolveStaff(state: StaffState, event: StaffEvent): StaffState {
  switch (event.type) {
    case 'StaffAdded': {
      const { staffId, name, role } = event.data;
      return { members: { ...state.members, [staffId]: { staffId, name, role, active: true } } };
    }
    case 'StaffPinChanged':
      return state;
    case 'StaffDeactivated': {
      const member = state.members[event.data.staffId];
      if (!member) return state;
      return { members: { ...state.members, [member.staffId]: { ...member, active: false } } };
    }
    default:
      return assertNever(event);
  }
}

export const activeManagers = (state: StaffState): StaffMember[] =>
  Object.values(state.members).filter((m) => m.active && m.role === 'manager');

/** One terminal's session: who is signed in there, if anyone. */
export interface TerminalState {
  staffId: string | null;
}

export const initialTerminalState = (): TerminalState => ({ staffId: null });

export function evolveTerminal(state: TerminalState, event: TerminalEvent): TerminalState {
  switch (event.type) {
    case 'StaffSignedIn':
      return { staffId: event.data.staffId };
    case 'StaffSignedOut':
      return state.staffId === event.data.staffId ? { staffId: null } : state;
    default:
      return assertNever(event);
  }
}

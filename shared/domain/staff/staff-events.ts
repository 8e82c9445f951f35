import type { DomainEvent, StaffRole } from '../decider';

/** The roster: who works here, in which role, with which PIN (as a salted hash, never the PIN). */
export type StaffAdded = DomainEvent<'StaffAdded', { staffId: string; name: string; role: StaffRole; pinHash: string }>;
export type StaffPinChanged = DomainEvent<'StaffPinChanged', { staffId: string; pinHash: string }>;
export type StaffDeactivated = DomainEvent<'StaffDeactivated', { staffId: string }>;

export type StaffEvent = StaffAdded | StaffPinChanged | StaffDeactivated;
export const STAFF_STREAM = 'staff';

/** Who is signed in at one terminal: one stream per terminal. */
export type StaffSignedIn = DomainEvent<'StaffSignedIn', { staffId: string }>;
export type StaffSignedOut = DomainEvent<'StaffSignedOut', { staffId: string }>;

export type TerminalEvent = StaffSignedIn | StaffSignedOut;
export const TERMINAL_STREAM_PREFIX = 'terminal-';
export const terminalStream = (terminal: string): string => `${TERMINAL_STREAM_PREFIX}${terminal}`;

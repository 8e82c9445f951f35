import type { StaffRole } from '../decider';

/**
 * Staff commands as the domain sees them. A PIN never gets this far: the core
 * checks it (SignIn) or replaces it with its hash (AddStaff, ChangeStaffPin),
 * because hashing is crypto and the domain is pure.
 */
export type AddStaff = { type: 'AddStaff'; staffId: string; name: string; role: StaffRole; pinHash: string };
export type ChangeStaffPin = { type: 'ChangeStaffPin'; staffId: string; pinHash: string };
export type DeactivateStaff = { type: 'DeactivateStaff'; staffId: string };

export type StaffCommand = AddStaff | ChangeStaffPin | DeactivateStaff;

/** Reaches the domain only once the core has checked the PIN: ctx.staff is then the one signing in. */
export type SignIn = { type: 'SignIn'; staffId: string };
export type SignOut = { type: 'SignOut' };

export type TerminalCommand = SignIn | SignOut;

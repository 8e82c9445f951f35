import { z } from 'zod';
import { Envelope, Id, Name, Pin } from './command-envelope';

/**
 * Staff and sign-in. The PINs here are checked or hashed by the core before
 * the command goes any further: a PIN is never written to the log, the
 * journal or the commands table.
 */
export const StaffRoleSchema = z.enum(['server', 'manager']);

export const AddStaffSchema = z.strictObject({ type: z.literal('AddStaff'), ...Envelope, staffId: Id, name: Name, role: StaffRoleSchema, pin: Pin });
export const ChangeStaffPinSchema = z.strictObject({ type: z.literal('ChangeStaffPin'), ...Envelope, staffId: Id, pin: Pin });
export const DeactivateStaffSchema = z.strictObject({ type: z.literal('DeactivateStaff'), ...Envelope, staffId: Id });
/** Signs a staff member in at this terminal; anyone signed in before is signed out. */
export const SignInSchema = z.strictObject({ type: z.literal('SignIn'), ...Envelope, staffId: Id, pin: Pin });
export const SignOutSchema = z.strictObject({ type: z.literal('SignOut'), ...Envelope });

export const STAFF_COMMAND_SCHEMAS = [AddStaffSchema, ChangeStaffPinSchema, DeactivateStaffSchema, SignInSchema, SignOutSchema] as const;

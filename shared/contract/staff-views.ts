import { z } from 'zod';
import { StaffRoleSchema } from './staff-commands';

/** A staff member as screens see them: never with a PIN or its hash. */
export const StaffViewSchema = z.object({
  staffId: z.string(),
  name: z.string(),
  role: StaffRoleSchema,
  active: z.boolean(),
});
export type StaffView = z.infer<typeof StaffViewSchema>;

/** Who is signed in at this terminal (null: the sign-in screen). */
export const SessionViewSchema = z.object({
  terminal: z.string(),
  staff: StaffViewSchema.nullable(),
});
export type SessionView = z.infer<typeof SessionViewSchema>;

/** The roster for the sign-in tiles and staff admin: active members only unless asked. */
export const ListStaffSchema = z.strictObject({ type: z.literal('ListStaff'), includeInactive: z.boolean().optional() });
/** Who is signed in at this terminal. */
export const GetSessionSchema = z.strictObject({ type: z.literal('GetSession') });

import { z } from 'zod';
import { MAX_AMOUNT, MAX_TEXT } from './limits';

/**
 * What every command carries besides its own fields. A command carries its own
 * id (a UUIDv7 made by the client): sending the same command twice applies it
 * once. `expectedVersion`, when given, is the stream version the sender saw; a
 * mismatch is a Concurrency error and nothing is written.
 * `approval` carries a manager's PIN for an action that needs one (the till
 * answered `ApprovalRequired`); the core checks it and records who approved.
 */
export const Id = z.uuid();
/** A staff PIN: 4 to 8 digits, as text (leading zeros count). */
export const Pin = z.string().regex(/^\d{4,8}$/, 'a PIN is 4 to 8 digits');
export const Envelope = {
  commandId: Id,
  expectedVersion: z.int().min(0).optional(),
  approval: z.strictObject({ pin: Pin }).optional(),
};
export const Name = z.string().min(1).max(MAX_TEXT);
export const Price = z.int().min(0).max(MAX_AMOUNT);

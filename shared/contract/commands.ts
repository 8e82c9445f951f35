import { z } from 'zod';
import { Id } from './command-envelope';
import { FLOOR_COMMAND_SCHEMAS } from './floor-commands';
import { INTEGRITY_COMMAND_SCHEMAS } from './integrity-commands';
import { MENU_COMMAND_SCHEMAS } from './menu-commands';
import { ORDER_COMMAND_SCHEMAS } from './order-commands';
import { RESTAURANT_COMMAND_SCHEMAS } from './restaurant-commands';
import { SHIFT_COMMAND_SCHEMAS } from './shift-commands';
import { STAFF_COMMAND_SCHEMAS } from './staff-commands';

/** Every command the till accepts: one discriminated union over the per-aggregate schema files. */
export const CommandSchema = z.discriminatedUnion('type', [...MENU_COMMAND_SCHEMAS, ...ORDER_COMMAND_SCHEMAS, ...STAFF_COMMAND_SCHEMAS, ...SHIFT_COMMAND_SCHEMAS, ...FLOOR_COMMAND_SCHEMAS, ...RESTAURANT_COMMAND_SCHEMAS, ...INTEGRITY_COMMAND_SCHEMAS]);

export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
/** A command without its id, as a caller writes it before stamping a fresh one (each member keeps its own fields). */
export type CommandBody<C = Command> = C extends Command ? Omit<C, 'commandId'> : never;

/** What a command answers once its events are on disk. */
export const CommandResultSchema = z.object({
  commandId: Id,
  /** Global position of the last event written (or of the log, when the command decided nothing). */
  position: z.int(),
  events: z.array(z.object({ id: Id, stream: z.string(), version: z.int(), type: z.string() })),
  /** True when this command id had been applied before and this is its stored answer. */
  duplicate: z.boolean(),
});
export type CommandResult = z.infer<typeof CommandResultSchema>;

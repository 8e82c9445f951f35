import { z } from 'zod';
import { Envelope, Id } from './command-envelope';

export const AddTableSchema = z.strictObject({
  type: z.literal('AddTable'),
  ...Envelope,
  tableId: Id,
  name: z.string().max(40),
  seats: z.int(),
  area: z.string().max(40).optional(),
});
export const RemoveTableSchema = z.strictObject({ type: z.literal('RemoveTable'), ...Envelope, tableId: Id });

export const FLOOR_COMMAND_SCHEMAS = [AddTableSchema, RemoveTableSchema] as const;

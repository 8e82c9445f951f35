import type { z } from 'zod';
import { DocketError } from '../kernel/errors';
import { CommandSchema, type Command } from './commands';
import { QuerySchema, type Query } from './queries';

/** Turns zod's issues into one readable line: "qty: expected int, received string". */
function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'message'}: ${i.message}`)
    .join('; ');
}

function parseWith<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const r = schema.safeParse(input);
  if (!r.success) throw new DocketError('Validation', `invalid ${what}: ${describe(r.error)}`);
  return r.data;
}

/** Every message from a renderer passes through one of these before it reaches the core. */
export const parseCommand = (input: unknown): Command => parseWith(CommandSchema, input, 'command');
export const parseQuery = (input: unknown): Query => parseWith(QuerySchema, input, 'query');

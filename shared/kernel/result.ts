import type { DocketErrorShape } from './errors';

/** The outcome of a command or query: a value, or a typed error. */
export type Result<T, E = DocketErrorShape> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

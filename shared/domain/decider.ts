/**
 * The shape every aggregate follows (after Emmett's decider): pure functions,
 * no clock, no randomness, no I/O. What a decision needs from outside the
 * aggregate (time, terminal, staff, the menu) arrives in the context.
 */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

export interface CommandContext {
  /** ISO 8601 time of the command, from the core's clock. */
  readonly now: string;
  readonly terminal: string;
  readonly staff?: string;
}

export interface Decider<S, C, E, X = CommandContext> {
  initialState(): S;
  /** Returns the events that record the decision, or throws a DocketError. */
  decide(command: C, state: S, ctx: X): E[];
  evolve(state: S, event: E): S;
}

export function fold<S, E>(evolve: (s: S, e: E) => S, initial: S, events: Iterable<E>): S {
  let s = initial;
  for (const e of events) s = evolve(s, e);
  return s;
}

/** Exhaustiveness check for the `default` branch of a switch over a union. */
export function assertNever(x: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(x)}`);
}

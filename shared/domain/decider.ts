/**
 * The shape every aggregate follows (after Emmett's decider): pure functions,
 * no clock, no randomness, no I/O. What a decision needs from outside the
 * aggregate (time, terminal, staff, the menu) arrives in the context.
 */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

export type StaffRole = 'server' | 'manager';

/** Who is acting: resolved by the core from the till's sign-in session, never taken from the client's word. */
export interface Actor {
  readonly staffId: string;
  readonly role: StaffRole;
}

export interface CommandContext {
  /** ISO 8601 time of the command, from the core's clock. */
  readonly now: string;
  readonly terminal: string;
  /** The signed-in staff member; absent only for system commands (seeding, imports). */
  readonly staff?: Actor;
  /** A manager whose PIN approved this command, checked by the core before the command ran. */
  readonly approvedBy?: Actor;
}

/** The manager who approves an action: a given approval, or the acting staff member when a manager. */
export function approver(ctx: CommandContext): Actor | undefined {
  if (ctx.approvedBy) return ctx.approvedBy;
  return ctx.staff?.role === 'manager' ? ctx.staff : undefined;
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

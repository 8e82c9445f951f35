import { fold, type CommandContext, type DomainEvent } from '../../../shared/domain/decider';
import { DocketError } from '../../../shared/kernel/errors';
import type { IdSource } from '../../../shared/kernel/ids';
import type { Recorded } from '../../../shared/kernel/recorded';
import type { AppendMeta, EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import type { CoreCommandOf, CoreCommandType } from './core-command';
import type { StateCache } from './state-cache';

/** What a command handler may use: the database (read models), the log, the state cache, ids and the context. */
export interface HandlerEnv {
  db: SqlDb;
  log: EventLog;
  states: StateCache;
  newId: IdSource;
  ctx: CommandContext;
  meta: AppendMeta;
}

/**
 * One handler per command type, the core-only ones included; the map's type makes a missing handler a compile error.
 * Handlers get the command as the core runs it: PINs and the approval already taken out.
 */
export type HandlerMap<K extends CoreCommandType = CoreCommandType> = { [T in K]: (command: CoreCommandOf<T>, env: HandlerEnv) => Recorded[] };

export interface Aggregate<S, E extends DomainEvent> {
  initial: () => S;
  evolve: (s: S, e: E) => S;
}

/** The folded state of a stream and its version, from the cache or by reading the stream (then cached). */
export function load<S, E extends DomainEvent>(env: HandlerEnv, stream: string, agg: Aggregate<S, E>): { state: S; version: number } {
  const hit = env.states.get(stream);
  if (hit) return { state: hit.state as S, version: hit.version };
  const events = env.log.readStream(stream);
  const state = fold(agg.evolve, agg.initial(), events as unknown as E[]);
  // Keep what was read, or every order command would re-read and re-fold the menu stream.
  env.states.stage(stream, events.length, state);
  return { state, version: events.length };
}

/**
 * load → check the expected version → decide → append → stage the new state.
 * The version is checked before deciding, so a stale command is refused as a
 * conflict rather than judged against state its sender never saw.
 */
export function run<S, E extends DomainEvent>(
  env: HandlerEnv,
  stream: string,
  agg: Aggregate<S, E>,
  expectedVersion: number | undefined,
  decide: (state: S) => E[],
): Recorded[] {
  const { state, version } = load(env, stream, agg);
  if (expectedVersion !== undefined && expectedVersion !== version) {
    throw new DocketError('Concurrency', `${stream} is at version ${version}, not ${expectedVersion}: reload and try again`, {
      stream,
      expected: expectedVersion,
      actual: version,
    });
  }
  const events = decide(state);
  const recorded = env.log.append(stream, version, events, env.meta, env.newId);
  env.states.stage(stream, version + events.length, fold(agg.evolve, state, events));
  return recorded;
}

import type { DocketErrorShape } from '../kernel/errors';
import type { Result } from '../kernel/result';
import type { Command, CommandResult } from './commands';
import type { Push } from './pushes';
import type { Query, QueryResult } from './queries';

/** A command or query answer as it crosses IPC or the bridge: never a thrown error. */
export type Reply<T> = Result<T, DocketErrorShape>;

/**
 * The one API the renderer has. The Electron preload exposes it as
 * `window.docket`; in a browser the bridge client implements the same type.
 */
export interface DocketApi {
  command(command: Command): Promise<Reply<CommandResult>>;
  query<Q extends Query>(query: Q): Promise<Reply<QueryResult<Q>>>;
  /** Subscribes to pushes; returns the unsubscribe function. */
  onPush(listener: (push: Push) => void): () => void;
}

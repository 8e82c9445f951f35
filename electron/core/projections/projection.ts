import type { Recorded } from '../../../shared/kernel/recorded';
import type { SqlDb } from '../store/sql-db';

/**
 * A read model kept in the same database as the log. `apply` must be a pure
 * function of the events seen so far, so that a rebuild from the log gives
 * exactly the live tables.
 */
export interface Projection {
  readonly name: string;
  /**
   * Bumped whenever the projection's tables or meaning change: a database
   * holding another version (an older snapshot) drops and rebuilds it on open.
   */
  readonly version: number;
  /**
   * Read models this one reads while applying (through their accessors). When
   * this one is rebuilt, they are rebuilt with it, so both see each event at
   * the same moment.
   */
  readonly dependsOn?: readonly string[];
  /** Event types it reacts to; the projector skips the rest. */
  readonly handles: ReadonlySet<string>;
  /** Creates its tables if missing. */
  setup(db: SqlDb): void;
  /** Drops its tables, for a rebuild. */
  drop(db: SqlDb): void;
  apply(db: SqlDb, event: Recorded): void;
  /**
   * Writes what `apply` kept in memory. A projection may fold several events
   * into one row before writing it; the projector calls flush after each
   * command's events and every few thousand events of a rebuild, always
   * inside the same transaction.
   */
  flush?(db: SqlDb): void;
  /** Forgets what `apply` kept in memory, when the transaction it belonged to is rolled back. */
  discard?(db: SqlDb): void;
}

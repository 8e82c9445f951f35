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
  /** Event types it reacts to; the projector skips the rest. */
  readonly handles: ReadonlySet<string>;
  /** Creates its tables if missing. */
  setup(db: SqlDb): void;
  /** Drops its tables, for a rebuild. */
  drop(db: SqlDb): void;
  apply(db: SqlDb, event: Recorded): void;
}

import type { Recorded } from '../../../shared/kernel/recorded';
import type { EventLog } from '../store/event-log';
import { getMeta, setMeta } from '../store/schema';
import type { SqlDb } from '../store/sql-db';
import { floorProjection } from './floor-projection';
import { integrityProjection } from './integrity-projection';
import { kitchenProjection } from './kitchen-projection';
import { menuProjection } from './menu-projection';
import { ordersProjection } from './orders-projection';
import type { Projection } from './projection';
import { restaurantProjection } from './restaurant-projection';
import { salesProjection } from './sales-projection';
import { adjustmentsProjection } from './adjustments-projection';
import { serviceTimesProjection } from './service-times-projection';
import { shiftsProjection } from './shifts-projection';
import { staffProjection } from './staff-projection';

const FLUSH_EVERY = 5_000;

export const ALL_PROJECTIONS: readonly Projection[] = [menuProjection, floorProjection, ordersProjection, kitchenProjection, shiftsProjection, salesProjection, staffProjection, restaurantProjection, integrityProjection, adjustmentsProjection, serviceTimesProjection];

/**
 * Runs events through every projection and keeps one checkpoint per
 * projection, in the same transaction as the append. On open, a projection
 * whose checkpoint is behind the log (a new projection, a replayed journal
 * tail) catches up from the events table.
 */
export class Projector {
  constructor(
    private readonly db: SqlDb,
    private readonly projections: readonly Projection[] = ALL_PROJECTIONS,
  ) {
    const stale = new Set(projections.filter((p) => getMeta(db, `projection_version:${p.name}`) !== String(p.version)).map((p) => p.name));
    for (const p of projections) if (stale.has(p.name)) for (const d of p.dependsOn ?? []) stale.add(d);
    for (const p of projections) {
      if (stale.has(p.name)) {
        // Another shape of this read model (a snapshot from an older version), or one it reads: start it again from the log.
        p.drop(db);
        db.run('INSERT OR REPLACE INTO checkpoints(projection, position) VALUES (?, 0)', [p.name]);
        setMeta(db, `projection_version:${p.name}`, String(p.version));
      }
      p.setup(db);
      db.run('INSERT OR IGNORE INTO checkpoints(projection, position) VALUES (?, 0)', [p.name]);
    }
  }

  checkpoint(name: string): number {
    return Number(this.db.get<{ position: number }>('SELECT position FROM checkpoints WHERE projection = ?', [name])?.position ?? 0);
  }

  /**
   * Applies one command's events, in the transaction that appends them. The
   * checkpoints are not moved here: live, the read models always match the
   * events table (same transaction), so a checkpoint only has to be right in a
   * snapshot, where the journal replay starts from. See markCaughtUp.
   */
  apply(events: readonly Recorded[]): void {
    try {
      for (const e of events) {
        for (const p of this.projections) if (p.handles.has(e.type)) p.apply(this.db, e);
      }
      this.flush(this.projections);
    } catch (error) {
      for (const p of this.projections) p.discard?.(this.db);
      throw error;
    }
  }

  private flush(projections: readonly Projection[]): void {
    for (const p of projections) p.flush?.(this.db);
  }

  /** Records that every projection holds the log up to `position`; called just before a snapshot is exported. */
  markCaughtUp(position: number): void {
    this.db.run('UPDATE checkpoints SET position = ?', [position]);
  }

  /** Brings each projection up to the end of the log; returns how many events were applied. */
  catchUp(log: EventLog): number {
    const behind = this.projections
      .map((p) => ({ p, from: this.checkpoint(p.name) }))
      .filter(({ from }) => from < log.lastPosition);
    if (behind.length === 0) return 0;
    const from = Math.min(...behind.map((b) => b.from));
    let count = 0;
    this.db.exec('BEGIN');
    try {
      const projections = behind.map((b) => b.p);
      log.forEach(from, (e) => {
        count += 1;
        for (const { p, from: cp } of behind) if (e.position > cp && p.handles.has(e.type)) p.apply(this.db, e);
        // Rows folded in memory are written now and then, so a rebuild of a year holds a bounded set.
        if (count % FLUSH_EVERY === 0) this.flush(projections);
      });
      this.flush(projections);
      for (const { p } of behind) this.db.run('UPDATE checkpoints SET position = ? WHERE projection = ?', [log.lastPosition, p.name]);
      this.db.exec('COMMIT');
    } catch (e) {
      for (const { p } of behind) p.discard?.(this.db);
      this.db.exec('ROLLBACK');
      throw e;
    }
    return count;
  }

  /** Drops every read model and builds it again from the log. */
  rebuild(log: EventLog): number {
    for (const p of this.projections) {
      p.drop(this.db);
      p.setup(this.db);
    }
    this.db.run('UPDATE checkpoints SET position = 0');
    // Filling the tables first and indexing them afterwards is cheaper than keeping
    // every secondary index up to date row by row (about a tenth of a rebuild).
    const indexes = this.db.all<{ name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
         AND tbl_name NOT IN ('events', 'commands', 'store_meta', 'checkpoints')`,
    );
    for (const { name } of indexes) this.db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
    const n = this.catchUp(log);
    for (const { sql } of indexes) this.db.exec(sql);
    return n;
  }
}

import type { Recorded } from '../../../shared/kernel/recorded';
import type { FloorEvent } from '../../../shared/domain/floor';
import type { SqlDb } from '../store/sql-db';
import type { Projection } from './projection';

/** The floor plan; which orders sit at each table comes from the orders read model (orders.table_id). */
export const floorProjection: Projection = {
  name: 'floor',
  version: 1,
  handles: new Set<FloorEvent['type']>(['TableAdded', 'TableRemoved']),
  setup(db) {
    db.exec(`CREATE TABLE IF NOT EXISTS floor_tables (
      table_id TEXT PRIMARY KEY, name TEXT NOT NULL, seats INTEGER NOT NULL, area TEXT NOT NULL, position INTEGER NOT NULL
    );`);
  },
  drop(db) {
    db.exec('DROP TABLE IF EXISTS floor_tables;');
  },
  apply(db: SqlDb, r: Recorded) {
    const e = r as unknown as FloorEvent;
    if (e.type === 'TableAdded') {
      db.run('INSERT INTO floor_tables(table_id, name, seats, area, position) VALUES (?, ?, ?, ?, ?)', [
        e.data.tableId,
        e.data.name,
        e.data.seats,
        e.data.area,
        r.position,
      ]);
    } else {
      db.run('DELETE FROM floor_tables WHERE table_id = ?', [e.data.tableId]);
    }
  },
};

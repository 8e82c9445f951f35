import type { Recorded } from '../../../shared/kernel/recorded';
import type { RestaurantEvent } from '../../../shared/domain/restaurant/restaurant';
import type { SqlDb } from '../store/sql-db';
import type { Projection } from './projection';

/** The restaurant's details as the receipt header prints them. */
export const restaurantProjection: Projection = {
  name: 'restaurant',
  version: 1,
  handles: new Set<RestaurantEvent['type']>(['RestaurantDetailsSet']),
  setup(db) {
    db.exec('CREATE TABLE IF NOT EXISTS restaurant_info (id INTEGER PRIMARY KEY CHECK (id = 1), details TEXT NOT NULL);');
  },
  drop(db) {
    db.exec('DROP TABLE IF EXISTS restaurant_info;');
  },
  apply(db: SqlDb, r: Recorded) {
    db.run('INSERT OR REPLACE INTO restaurant_info(id, details) VALUES (1, ?)', [JSON.stringify(r.data)]);
  },
};

import type { Recorded } from '../../../shared/kernel/recorded';
import { businessTime, UTC_CLOCK, type BusinessClock, type BusinessTime } from '../../../shared/domain/restaurant/business-time';
import {
  evolveRestaurant,
  initialRestaurantState,
  RESTAURANT_STREAM,
  withDefaults,
  type RestaurantDetails,
  type RestaurantEvent,
} from '../../../shared/domain/restaurant/restaurant';
import type { EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import type { Projection } from './projection';

/**
 * The restaurant's details as the receipt header prints them, and its clock
 * (zone and business-day cut-off) in columns of their own: the report
 * projections read the clock for every event they date (businessClockOf).
 *
 * Version 2: details are stored with the zone and cut-off filled in (UTC, 0
 * for events from before they existed).
 */
export const restaurantProjection: Projection = {
  name: 'restaurant',
  version: 2,
  handles: new Set<RestaurantEvent['type']>(['RestaurantDetailsSet']),
  setup(db) {
    db.exec(`CREATE TABLE IF NOT EXISTS restaurant_info (
      id INTEGER PRIMARY KEY CHECK (id = 1), details TEXT NOT NULL, time_zone TEXT NOT NULL, day_cutoff INTEGER NOT NULL);`);
  },
  drop(db) {
    db.exec('DROP TABLE IF EXISTS restaurant_info;');
  },
  apply(db: SqlDb, r: Recorded) {
    const details: RestaurantDetails = withDefaults(r.data as Partial<RestaurantDetails>);
    db.run('INSERT OR REPLACE INTO restaurant_info(id, details, time_zone, day_cutoff) VALUES (1, ?, ?, ?)', [
      JSON.stringify(details),
      details.timeZone,
      details.dayCutoffMinutes,
    ]);
  },
};

/**
 * The restaurant's clock as this read model holds it. Read by a projection
 * while it applies an event, it is the clock as it was when that event was
 * recorded: the restaurant projection has seen exactly the events before it
 * (a projection that reads this declares dependsOn: ['restaurant'], so both
 * are rebuilt together).
 */
export function businessClockOf(db: SqlDb): BusinessClock {
  const row = db.get<{ z: string; c: number }>('SELECT time_zone AS z, day_cutoff AS c FROM restaurant_info WHERE id = 1');
  return row ? { timeZone: String(row.z), dayCutoffMinutes: Number(row.c) } : UTC_CLOCK;
}

/** The business day, month and local hour of an event's time (`meta.at`), by the clock as it was then: how every report dates its rows. */
export const businessTimeOf = (db: SqlDb, at: string): BusinessTime => businessTime(at, businessClockOf(db));

/** The restaurant's clock now, folded from its stream: for readers of the log that hold no read models (the CLI's read-only open). */
export function businessClockFromLog(log: Pick<EventLog, 'readStream'>): BusinessClock {
  const { details } = log.readStream(RESTAURANT_STREAM).reduce((s, e) => evolveRestaurant(s, e as unknown as RestaurantEvent), initialRestaurantState());
  return { timeZone: details.timeZone, dayCutoffMinutes: details.dayCutoffMinutes };
}

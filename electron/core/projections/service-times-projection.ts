import type { OrderEvent } from '../../../shared/domain/order';
import type { Recorded } from '../../../shared/kernel/recorded';
import type { SqlDb } from '../store/sql-db';
import type { Projection } from './projection';
import { businessTimeOf } from './restaurant-projection';

/**
 * One row per order with the moments the service-times report measures
 * between (ms since the epoch, from the events' device clock): opened, first
 * sent to the kitchen (a send or a fired course), paid (its last payment
 * before it first closed) and first closed. A reopened order keeps its first
 * close: the guests had gone by then. Day and hour are the business day and
 * local hour of the opening, by the restaurant's clock as it was then.
 *
 * Version 2: dated in the restaurant's zone and business day (was UTC).
 */
export const serviceTimesProjection: Projection = {
  name: 'report_service_times',
  version: 2,
  dependsOn: ['restaurant'],
  handles: new Set(['OrderOpened', 'LinesSent', 'CourseFired', 'PaymentTaken', 'OrderClosed']),
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS report_service_times (
        order_id TEXT PRIMARY KEY, day TEXT NOT NULL, hour INTEGER NOT NULL, staff TEXT,
        opened_ms INTEGER NOT NULL, sent_ms INTEGER, paid_ms INTEGER, closed_ms INTEGER
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS report_service_times_day ON report_service_times(day);`);
  },
  drop(db) {
    db.exec('DROP TABLE IF EXISTS report_service_times;');
  },
  apply(db: SqlDb, r: Recorded) {
    const e = r as unknown as OrderEvent;
    const orderId = r.stream.slice('order-'.length);
    const ms = Date.parse(r.meta.at);
    switch (e.type) {
      case 'OrderOpened': {
        const { day, hour } = businessTimeOf(db, r.meta.at);
        db.run('INSERT OR REPLACE INTO report_service_times(order_id, day, hour, staff, opened_ms) VALUES (?, ?, ?, ?, ?)', [
          orderId, day, hour, r.meta.staff ?? null, ms,
        ]);
        return;
      }
      case 'LinesSent':
      case 'CourseFired':
        db.run('UPDATE report_service_times SET sent_ms = ? WHERE order_id = ? AND sent_ms IS NULL', [ms, orderId]);
        return;
      case 'PaymentTaken':
        db.run('UPDATE report_service_times SET paid_ms = ? WHERE order_id = ? AND closed_ms IS NULL', [ms, orderId]);
        return;
      case 'OrderClosed':
        db.run('UPDATE report_service_times SET closed_ms = ? WHERE order_id = ? AND closed_ms IS NULL', [ms, orderId]);
        return;
      default:
        return;
    }
  },
};

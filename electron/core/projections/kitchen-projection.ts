import type { Recorded } from '../../../shared/kernel/recorded';
import { kitchenTicketId, voidTicketId, type OrderEvent } from '../../../shared/domain/order';
import { DEFAULT_STATION } from '../../../shared/domain/menu/menu-state';
import type { SqlDb } from '../store/sql-db';
import type { Projection } from './projection';

/**
 * Kitchen tickets: one per send per station (with table, seat, course,
 * modifiers, notes), and one void ticket per voided line that had been sent.
 * Lines are kept in this projection's own table, so it can be rebuilt alone.
 */
export const kitchenProjection: Projection = {
  name: 'kitchen',
  version: 2,
  handles: new Set<OrderEvent['type']>(['OrderOpened', 'OrderMoved', 'ItemAdded', 'ItemRemoved', 'LinesSent', 'CourseFired', 'ItemVoided', 'KitchenTicketPrinted']),
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS kitchen_orders (order_id TEXT PRIMARY KEY, table_name TEXT) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS kitchen_lines (
        order_id TEXT NOT NULL, line_id TEXT NOT NULL, name TEXT NOT NULL, qty INTEGER NOT NULL, modifiers TEXT NOT NULL,
        note TEXT, seat INTEGER, course INTEGER NOT NULL, station TEXT NOT NULL, sent INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (order_id, line_id)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS kitchen_tickets (
        ticket_id TEXT PRIMARY KEY, order_id TEXT NOT NULL, station TEXT NOT NULL, kind TEXT NOT NULL,
        table_name TEXT, created_at TEXT NOT NULL, position INTEGER NOT NULL, lines TEXT NOT NULL,
        print_count INTEGER NOT NULL DEFAULT 0, last_printed_at TEXT
      );
      CREATE INDEX IF NOT EXISTS kitchen_tickets_station ON kitchen_tickets(station, position);
      CREATE INDEX IF NOT EXISTS kitchen_tickets_order ON kitchen_tickets(order_id, position);`);
  },
  drop(db) {
    db.exec('DROP TABLE IF EXISTS kitchen_orders; DROP TABLE IF EXISTS kitchen_lines; DROP TABLE IF EXISTS kitchen_tickets;');
  },
  apply(db: SqlDb, r: Recorded) {
    const e = r as unknown as OrderEvent;
    const orderId = r.stream.slice('order-'.length);
    switch (e.type) {
      case 'OrderOpened':
        db.run('INSERT OR REPLACE INTO kitchen_orders(order_id, table_name) VALUES (?, ?)', [orderId, e.data.table]);
        return;
      case 'OrderMoved':
        // Tickets sent from now on name the new table; those already in the kitchen keep the one they were sent to.
        db.run('UPDATE kitchen_orders SET table_name = ? WHERE order_id = ?', [e.data.table, orderId]);
        return;
      case 'ItemAdded': {
        const d = e.data;
        db.run(
          `INSERT INTO kitchen_lines(order_id, line_id, name, qty, modifiers, note, seat, course, station) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [orderId, d.lineId, d.name, d.qty, JSON.stringify((d.modifiers ?? []).map((m) => m.name)), d.note ?? null, d.seat ?? null, d.course ?? 1, d.station ?? DEFAULT_STATION],
        );
        return;
      }
      case 'ItemRemoved':
        db.run('DELETE FROM kitchen_lines WHERE order_id = ? AND line_id = ?', [orderId, e.data.lineId]);
        return;
      case 'LinesSent':
      case 'CourseFired':
        addTickets(db, r, orderId, e.data.sendId, e.data.lineIds);
        return;
      case 'ItemVoided': {
        const line = db.get<{ station: string; sent: number }>('SELECT station, sent FROM kitchen_lines WHERE order_id = ? AND line_id = ?', [
          orderId,
          e.data.lineId,
        ]);
        if (!line?.sent) return;
        insertTicket(db, r, orderId, voidTicketId(e.data.lineId), line.station, 'void', lineRows(db, orderId, [e.data.lineId], e.data.reason));
        return;
      }
      case 'KitchenTicketPrinted':
        db.run('UPDATE kitchen_tickets SET print_count = print_count + 1, last_printed_at = ? WHERE ticket_id = ?', [r.meta.at, e.data.ticketId]);
        return;
      default:
        return;
    }
  },
};

interface TicketLine {
  lineId: string;
  name: string;
  qty: number;
  modifiers: string[];
  note: string | null;
  seat: number | null;
  course: number;
  station: string;
  reason?: string;
}

function lineRows(db: SqlDb, orderId: string, lineIds: readonly string[], reason?: string): TicketLine[] {
  return lineIds.flatMap((lineId) => {
    const l = db.get<{ name: string; qty: number; modifiers: string; note: string | null; seat: number | null; course: number; station: string }>(
      'SELECT name, qty, modifiers, note, seat, course, station FROM kitchen_lines WHERE order_id = ? AND line_id = ?',
      [orderId, lineId],
    );
    return l ? [{ lineId, ...l, modifiers: JSON.parse(l.modifiers) as string[], ...(reason ? { reason } : {}) }] : [];
  });
}

function insertTicket(db: SqlDb, r: Recorded, orderId: string, ticketId: string, station: string, kind: 'order' | 'void', lines: TicketLine[]): void {
  const table = db.get<{ table_name: string | null }>('SELECT table_name FROM kitchen_orders WHERE order_id = ?', [orderId])?.table_name ?? null;
  db.run(
    `INSERT OR IGNORE INTO kitchen_tickets(ticket_id, order_id, station, kind, table_name, created_at, position, lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [ticketId, orderId, station, kind, table, r.meta.at, r.position, JSON.stringify(lines)],
  );
}

function addTickets(db: SqlDb, r: Recorded, orderId: string, sendId: string, lineIds: readonly string[]): void {
  const byStation = new Map<string, TicketLine[]>();
  for (const line of lineRows(db, orderId, lineIds)) {
    byStation.set(line.station, [...(byStation.get(line.station) ?? []), line]);
  }
  for (const lineId of lineIds) db.run('UPDATE kitchen_lines SET sent = 1 WHERE order_id = ? AND line_id = ?', [orderId, lineId]);
  for (const [station, lines] of byStation) {
    lines.sort((a, b) => a.course - b.course || (a.seat ?? 0) - (b.seat ?? 0));
    insertTicket(db, r, orderId, kitchenTicketId(sendId, station), station, 'order', lines);
  }
}

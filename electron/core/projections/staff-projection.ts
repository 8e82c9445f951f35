import { assertNever } from '../../../shared/domain/decider';
import { TERMINAL_STREAM_PREFIX, type StaffEvent, type TerminalEvent } from '../../../shared/domain/staff/staff-events';
import type { Recorded } from '../../../shared/kernel/recorded';
import type { SqlDb } from '../store/sql-db';
import type { Projection } from './projection';

/**
 * Three read models of the staff streams:
 * - staff_members: the roster as screens show it (no PIN hashes: queries read this one);
 * - staff_pins: each member's current PIN hash, read only by the core's authorizer;
 * - staff_sessions: who is signed in at each terminal, since when.
 */
export const staffProjection: Projection = {
  name: 'staff',
  version: 1,
  handles: new Set<StaffEvent['type'] | TerminalEvent['type']>([
    'StaffAdded',
    'StaffPinChanged',
    'StaffDeactivated',
    'StaffSignedIn',
    'StaffSignedOut',
  ]),
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS staff_members (
        staff_id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, active INTEGER NOT NULL, position INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS staff_pins (staff_id TEXT PRIMARY KEY, pin_hash TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS staff_sessions (terminal TEXT PRIMARY KEY, staff_id TEXT NOT NULL, since TEXT NOT NULL) WITHOUT ROWID;`);
  },
  drop(db) {
    db.exec('DROP TABLE IF EXISTS staff_members; DROP TABLE IF EXISTS staff_pins; DROP TABLE IF EXISTS staff_sessions;');
  },
  apply(db: SqlDb, r: Recorded) {
    const e = r as unknown as StaffEvent | TerminalEvent;
    switch (e.type) {
      case 'StaffAdded':
        db.run('INSERT INTO staff_members(staff_id, name, role, active, position) VALUES (?, ?, ?, 1, ?)', [
          e.data.staffId,
          e.data.name,
          e.data.role,
          r.position,
        ]);
        db.run('INSERT OR REPLACE INTO staff_pins(staff_id, pin_hash) VALUES (?, ?)', [e.data.staffId, e.data.pinHash]);
        return;
      case 'StaffPinChanged':
        db.run('UPDATE staff_pins SET pin_hash = ? WHERE staff_id = ?', [e.data.pinHash, e.data.staffId]);
        return;
      case 'StaffDeactivated':
        db.run('UPDATE staff_members SET active = 0 WHERE staff_id = ?', [e.data.staffId]);
        return;
      case 'StaffSignedIn':
        db.run('INSERT OR REPLACE INTO staff_sessions(terminal, staff_id, since) VALUES (?, ?, ?)', [
          r.stream.slice(TERMINAL_STREAM_PREFIX.length),
          e.data.staffId,
          r.meta.at,
        ]);
        return;
      case 'StaffSignedOut':
        db.run('DELETE FROM staff_sessions WHERE terminal = ? AND staff_id = ?', [r.stream.slice(TERMINAL_STREAM_PREFIX.length), e.data.staffId]);
        return;
      default:
        assertNever(e);
    }
  },
};

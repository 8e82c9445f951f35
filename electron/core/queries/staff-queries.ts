import type { SessionView, StaffView } from '../../../shared/contract/staff-views';
import type { Actor, StaffRole } from '../../../shared/domain/decider';
import type { SqlDb } from '../store/sql-db';

interface MemberRow extends Record<string, string | number> {
  staffId: string;
  name: string;
  role: StaffRole;
  active: number;
}

const toView = (r: MemberRow): StaffView => ({ staffId: r.staffId, name: r.name, role: r.role, active: r.active === 1 });

/** The roster in the order members were added; never a PIN hash (those live in staff_pins, read by the core only). */
export function listStaff(db: SqlDb, includeInactive = false): StaffView[] {
  return db
    .all<MemberRow>(
      `SELECT staff_id AS staffId, name, role, active FROM staff_members ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY position`,
    )
    .map(toView);
}

/** Who is signed in at a terminal; a deactivated member's session counts as nobody's. */
export function getSession(db: SqlDb, terminal: string): SessionView {
  const row = db.get<MemberRow>(
    `SELECT m.staff_id AS staffId, m.name, m.role, m.active FROM staff_sessions s
       JOIN staff_members m ON m.staff_id = s.staff_id AND m.active = 1
      WHERE s.terminal = ?`,
    [terminal],
  );
  return { terminal, staff: row ? toView(row) : null };
}

/** The acting staff member for a command at this terminal: what the writer puts into the command context. */
export function sessionActor(db: SqlDb, terminal: string): Actor | undefined {
  const staff = getSession(db, terminal).staff;
  return staff ? { staffId: staff.staffId, role: staff.role } : undefined;
}

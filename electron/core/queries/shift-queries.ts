import type { ShiftReportView, ShiftView } from '../../../shared/contract/shift-views';
import type { ZReport } from '../../../shared/domain/shift';
import { DocketError } from '../../../shared/kernel/errors';
import { buildShiftReport } from '../shifts/z-report';
import type { SqlDb } from '../store/sql-db';

type ShiftRow = ShiftView & { report: string | null } & Record<string, string | number | null>;

const SHIFT_COLUMNS = `shift_id AS shiftId, terminal, status, opened_at AS openedAt, opened_by AS openedBy, closed_at AS closedAt,
  closed_by AS closedBy, float, paid_in AS paidIn, paid_out AS paidOut, drawer_openings AS drawerOpenings,
  z_number AS zNumber, counted, report`;

const toView = ({ report: _r, ...v }: ShiftRow): ShiftView => v;

export function getCurrentShift(db: SqlDb, terminal: string): ShiftView | null {
  const row = db.get<ShiftRow>(`SELECT ${SHIFT_COLUMNS} FROM shifts WHERE terminal = ? AND status = 'open'`, [terminal]);
  return row ? toView(row) : null;
}

export function listShifts(db: SqlDb, limit: number): ShiftView[] {
  return db.all<ShiftRow>(`SELECT ${SHIFT_COLUMNS} FROM shifts ORDER BY opened_at DESC LIMIT ?`, [limit]).map(toView);
}

/** The Z report stored when the shift closed, or an X report of the shift so far. */
export function getShiftReport(db: SqlDb, shiftId: string, chainHead: string): ShiftReportView {
  const row = db.get<ShiftRow>(`SELECT ${SHIFT_COLUMNS} FROM shifts WHERE shift_id = ?`, [shiftId]);
  if (!row) throw new DocketError('NotFound', 'no such shift');
  if (row.status === 'closed' && row.report) return { kind: 'Z', shift: toView(row), report: JSON.parse(row.report) as ZReport };
  return { kind: 'X', shift: toView(row), report: buildShiftReport(db, shiftId, null, chainHead) };
}

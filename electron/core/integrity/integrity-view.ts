import type { IntegrityFinding, IntegritySource } from '../../../shared/contract/integrity-commands';
import type { IntegrityIssueView } from '../../../shared/contract/integrity-queries';
import type { SqlDb } from '../store/sql-db';

interface IssueRow extends Record<string, string | number | null> {
  issueId: string;
  source: string;
  finding: string;
  foundAt: string;
  ackAt: string | null;
  ackStaff: string | null;
  ackApprovedBy: string | null;
  ackNote: string | null;
  staffName: string | null;
  approverName: string | null;
}

/** Every integrity issue from the read model, newest first, with the names of who acknowledged and approved. */
export function readIntegrityIssues(db: SqlDb): IntegrityIssueView[] {
  return db
    .all<IssueRow>(
      `SELECT i.issue_id AS issueId, i.source, i.finding, i.found_at AS foundAt, i.ack_at AS ackAt, i.ack_staff AS ackStaff,
              i.ack_approved_by AS ackApprovedBy, i.ack_note AS ackNote, s.name AS staffName, a.name AS approverName
         FROM integrity_issues i
         LEFT JOIN staff_members s ON s.staff_id = i.ack_staff
         LEFT JOIN staff_members a ON a.staff_id = i.ack_approved_by
        ORDER BY i.position DESC`,
    )
    .map((r) => ({
      issueId: r.issueId,
      source: r.source as IntegritySource,
      finding: JSON.parse(r.finding) as IntegrityFinding,
      foundAt: r.foundAt,
      acknowledged:
        r.ackAt === null
          ? null
          : {
              at: r.ackAt,
              staffId: r.ackStaff,
              staffName: r.staffName,
              approvedBy: r.ackApprovedBy,
              approverName: r.approverName,
              note: r.ackNote ?? '',
            },
    }));
}

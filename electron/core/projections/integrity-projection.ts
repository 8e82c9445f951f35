import type { IntegrityEvent } from '../../../shared/domain/integrity/integrity';
import type { Recorded } from '../../../shared/kernel/recorded';
import type { SqlDb } from '../store/sql-db';
import type { Projection } from './projection';

/** Every integrity issue found, with who acknowledged it (meta.staff), who approved (meta.approvedBy) and when. */
export const integrityProjection: Projection = {
  name: 'integrity',
  version: 1,
  handles: new Set<IntegrityEvent['type']>(['IntegrityIssueFound', 'IntegrityIssueAcknowledged']),
  setup(db) {
    db.exec(`CREATE TABLE IF NOT EXISTS integrity_issues (
      issue_id TEXT PRIMARY KEY,
      position INTEGER NOT NULL,
      source TEXT NOT NULL,
      finding TEXT NOT NULL,
      found_at TEXT NOT NULL,
      ack_at TEXT,
      ack_staff TEXT,
      ack_approved_by TEXT,
      ack_note TEXT
    ) WITHOUT ROWID;`);
  },
  drop(db) {
    db.exec('DROP TABLE IF EXISTS integrity_issues;');
  },
  apply(db: SqlDb, r: Recorded) {
    const e = r as unknown as Recorded & IntegrityEvent;
    if (e.type === 'IntegrityIssueFound') {
      db.run('INSERT OR IGNORE INTO integrity_issues(issue_id, position, source, finding, found_at) VALUES (?, ?, ?, ?, ?)', [
        e.data.issueId,
        r.position,
        e.data.source,
        JSON.stringify(e.data.finding),
        r.meta.at,
      ]);
    } else {
      db.run('UPDATE integrity_issues SET ack_at = ?, ack_staff = ?, ack_approved_by = ?, ack_note = ? WHERE issue_id = ?', [
        r.meta.at,
        r.meta.staff ?? null,
        r.meta.approvedBy ?? null,
        e.data.note,
        e.data.issueId,
      ]);
    }
  },
};

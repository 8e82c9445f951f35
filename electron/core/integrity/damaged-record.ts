import type { IntegrityFinding } from '../../../shared/contract/integrity-commands';
import { EVENT_COLUMNS, rowToRecorded } from '../store/event-log';
import { salvagePayload } from '../store/journal-format';
import { isJournalPayload } from '../store/journal-record';
import type { SqlDb } from '../store/sql-db';


/**
 * A journal record that fails its checksum, named as plainly as the bytes
 * allow: its record number (the one after the previous good record, or what
 * its JSON says when that still parses) looked up in the commands table
 * (lsn → command id) and the first event that command wrote (meta.command);
 * without a database copy, the record's own first event. Only runs on
 * damage, so the scan it may do does not matter.
 */
export function describeDamagedRecord(
  buf: Buffer,
  at: { file: string; offset: number; reason: string; lsn: number | undefined },
  db: SqlDb | undefined,
): IntegrityFinding {
  const base: IntegrityFinding = { kind: 'journal', reason: `journal record ${at.reason}`, file: at.file, offset: at.offset };
  const salvaged = salvagePayload(buf, at.offset);
  const payload = isJournalPayload(salvaged) ? salvaged : undefined;
  const lsn = at.lsn ?? payload?.lsn;
  const withLsn: IntegrityFinding = lsn === undefined ? base : { ...base, lsn };
  // The database's copy first: the damaged bytes may have garbled the very ids they would name.
  const command = lsn === undefined ? undefined : db?.get<{ command_id: string }>('SELECT command_id FROM commands WHERE lsn = ?', [lsn])?.command_id;
  const row = command && db?.rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE json_extract(meta, '$.command') = ? ORDER BY position LIMIT 1`, [command])[0];
  const first = row ? rowToRecorded(row) : payload?.events[0];
  return first ? { ...withLsn, position: first.position, eventId: first.id, stream: first.stream, eventType: first.type } : withLsn;
}

/** One line naming a finding: the event first, then the place. */
export function describeFinding(f: IntegrityFinding): string {
  const event = f.position !== undefined ? `event #${f.position} (${f.eventType ?? '?'}, ${f.stream ?? '?'}, id ${f.eventId ?? '?'})` : null;
  const place = f.file !== undefined ? `${f.file}${f.offset !== undefined ? ` at byte ${f.offset}` : ''}${f.lsn !== undefined ? `, record ${f.lsn}` : ''}` : null;
  return [event, f.reason, place && `in ${place}`].filter(Boolean).join(': ');
}

/**
 * The place of a bad event that no journal record named: the snapshot it was
 * loaded from, when the command that wrote it (meta.command → commands.lsn)
 * is one the snapshot holds. A snapshot has no byte to point at: the event
 * row is there, changed.
 */
export function placeInSnapshot(db: SqlDb, f: IntegrityFinding, snapshot: { file: string; lsn: number } | null): IntegrityFinding {
  if (!snapshot || f.file !== undefined || f.position === undefined) return f;
  const row = db.get<{ lsn: number }>(
    "SELECT c.lsn AS lsn FROM events e JOIN commands c ON c.command_id = json_extract(e.meta, '$.command') WHERE e.position = ?",
    [f.position],
  );
  return row && Number(row.lsn) <= snapshot.lsn ? { ...f, file: snapshot.file, lsn: Number(row.lsn) } : f;
}

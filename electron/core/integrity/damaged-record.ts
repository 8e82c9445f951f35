import type { IntegrityFinding } from '../../../shared/contract/integrity-commands';
import { rowToRecorded } from '../store/event-log';
import { salvagePayload } from '../store/journal-format';
import { isJournalPayload } from '../store/journal-record';
import type { SqlDb } from '../store/sql-db';

const EVENT_COLUMNS = 'position, id, stream, version, type, schema, data, meta, hash';

/**
 * A journal record that fails its checksum, named as plainly as the bytes
 * allow: its own events when its JSON still parses; otherwise its record
 * number (the one after the previous good record) looked up in the commands
 * table (command id → lsn), and the events that command wrote (meta.command).
 * Only runs on damage, so the scans it may do do not matter.
 */
export function describeDamagedRecord(
  buf: Buffer,
  at: { file: string; offset: number; reason: string; lsn: number | undefined },
  db: SqlDb | undefined,
): IntegrityFinding {
  const base: IntegrityFinding = { kind: 'journal', reason: `journal record ${at.reason}`, file: at.file, offset: at.offset };
  const salvaged = salvagePayload(buf, at.offset);
  if (isJournalPayload(salvaged)) {
    const first = salvaged.events[0];
    const named: IntegrityFinding = { ...base, lsn: salvaged.lsn };
    return first ? { ...named, position: first.position, eventId: first.id, stream: first.stream, eventType: first.type } : named;
  }
  if (at.lsn === undefined) return base;
  const withLsn: IntegrityFinding = { ...base, lsn: at.lsn };
  const command = db?.get<{ command_id: string }>('SELECT command_id FROM commands WHERE lsn = ?', [at.lsn])?.command_id;
  if (!db || !command) return withLsn;
  const row = db.rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE json_extract(meta, '$.command') = ? ORDER BY position LIMIT 1`, [command])[0];
  if (!row) return withLsn;
  const e = rowToRecorded(row);
  return { ...withLsn, position: e.position, eventId: e.id, stream: e.stream, eventType: e.type };
}

/** One line naming a finding: the event first, then the place. */
export function describeFinding(f: IntegrityFinding): string {
  const event = f.position !== undefined ? `event #${f.position} (${f.eventType ?? '?'}, ${f.stream ?? '?'}, id ${f.eventId ?? '?'})` : null;
  const place = f.file !== undefined ? `${f.file} at byte ${f.offset ?? 0}${f.lsn !== undefined ? `, record ${f.lsn}` : ''}` : null;
  return [event, f.reason, place && `in ${place}`].filter(Boolean).join(': ');
}

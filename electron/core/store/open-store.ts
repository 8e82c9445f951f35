import { promises as fsp } from 'node:fs';
import { DocketError } from '../../../shared/kernel/errors';
import { EventLog } from './event-log';
import { JournalWriter, listSegments, scanSegment, type Segment } from './journal-files';
import { salvagePayload } from './journal-format';
import { isJournalPayload, type JournalPayload } from './journal-record';
import { createStoreSchema, ensureStoreIndexes, getMeta, setMeta } from './schema';
import { listSnapshots } from './snapshot-files';
import { loadSqlJs, SqlDb } from './sql-db';

export interface OpenReport {
  /** The snapshot the database was loaded from (null: none, started empty). */
  snapshot: { file: string; lsn: number } | null;
  /** Snapshots that could not be read and were passed over (newest first). */
  unreadableSnapshots: { file: string; reason: string }[];
  /** Journal records replayed on top of the snapshot. */
  replayedRecords: number;
  replayedEvents: number;
  /** A half-written last record, never acknowledged: dropped (and cut from the file unless read-only). */
  droppedTail: { file: string; offset: number; bytes: number; reason: string } | null;
  lastLsn: number;
}

export interface OpenedStore {
  db: SqlDb;
  log: EventLog;
  /** Absent when opened read-only. */
  journal: JournalWriter | undefined;
  report: OpenReport;
}

/** Damage that must not be opened over: the message names where, and nothing was changed. */
export class StoreDamagedError extends DocketError {
  constructor(message: string, details: Record<string, unknown>) {
    super('Internal', message, details);
    this.name = 'StoreDamagedError';
  }
}

export interface OpenStoreOptions {
  dataDir: string;
  terminal: string;
  /** Read-only: never truncates, creates or writes anything (verify, events, inspection). */
  readOnly?: boolean;
}

async function loadNewestSnapshot(dataDir: string, report: OpenReport): Promise<{ db: SqlDb; lsn: number }> {
  const SQL = await loadSqlJs();
  for (const snap of await listSnapshots(dataDir)) {
    try {
      const db = new SqlDb(new SQL.Database(await fsp.readFile(snap.file)));
      const lsn = Number(getMeta(db, 'last_lsn'));
      if (lsn !== snap.lsn) throw new Error(`holds record ${lsn}, its name says ${snap.lsn}`);
      report.snapshot = { file: snap.file, lsn };
      return { db, lsn };
    } catch (e) {
      report.unreadableSnapshots.push({ file: snap.file, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  const db = new SqlDb(new SQL.Database());
  createStoreSchema(db);
  return { db, lsn: 0 };
}

function replayRecord(db: SqlDb, log: EventLog, p: JournalPayload): void {
  for (const e of p.events) log.insertRecorded(e);
  db.run('INSERT OR IGNORE INTO commands(command_id, lsn, result) VALUES (?, ?, ?)', [p.commandId, p.lsn, JSON.stringify(p.result)]);
}

/**
 * Names what a damaged record held, for the error: its record number (one
 * after the previous good record) and, when its JSON still parses, its first
 * event. Those events were acknowledged; the open stops rather than lose them.
 */
async function nameDamagedRecord(
  file: string,
  offset: number,
  previous: unknown,
  lastLsn: number,
): Promise<{ text: string; details: Record<string, unknown> }> {
  const lsn = isJournalPayload(previous) ? previous.lsn + 1 : lastLsn + 1;
  const salvaged = salvagePayload(await fsp.readFile(file), offset);
  const first = isJournalPayload(salvaged) ? salvaged.events[0] : undefined;
  if (!first) return { text: `record ${lsn} cannot be read`, details: { lsn } };
  return {
    text: `record ${lsn} holds event #${first.position} (${first.type}, ${first.stream}, id ${first.id}), which cannot be trusted`,
    details: { lsn, position: first.position, eventId: first.id, stream: first.stream, eventType: first.type },
  };
}

/**
 * Open = load the newest readable snapshot, replay the journal records after
 * it, drop a torn last record and report it. Damage anywhere else (a bad
 * record with good ones after it, a gap in the record numbers) stops the open
 * with an error that names the place: it is never skipped silently.
 */
export async function openStore(opts: OpenStoreOptions): Promise<OpenedStore> {
  const { dataDir, terminal, readOnly = false } = opts;
  if (!readOnly) await fsp.mkdir(dataDir, { recursive: true });
  const report: OpenReport = {
    snapshot: null,
    unreadableSnapshots: [],
    replayedRecords: 0,
    replayedEvents: 0,
    droppedTail: null,
    lastLsn: 0,
  };
  const { db, lsn: snapshotLsn } = await loadNewestSnapshot(dataDir, report);
  ensureStoreIndexes(db);
  const log = new EventLog(db, terminal);
  const segments = await listSegments(dataDir);
  let lastLsn = snapshotLsn;
  let tailValidBytes: number | undefined;

  db.exec('BEGIN');
  try {
    for (const [i, seg] of segments.entries()) {
      // Every record of this segment is in the snapshot (the next segment starts at or before
      // the snapshot's next record): reading and parsing it would only be thrown away. `verify`
      // still reads every segment.
      const next = segments[i + 1];
      if (next && next.startLsn - 1 <= snapshotLsn) continue;
      const scan = await scanSegment(seg);
      const isLast = i === segments.length - 1;
      if (scan.corruption || (scan.tornTail && !isLast)) {
        const offset = (scan.corruption?.offset ?? scan.tornTail?.offset) as number;
        const reason = scan.corruption?.reason ?? scan.tornTail?.reason;
        const named = await nameDamagedRecord(seg.file, offset, scan.records.at(-1)?.payload, lastLsn);
        throw new StoreDamagedError(`journal ${seg.file} is damaged at byte ${offset} (${reason}), after record ${lastLsn}: ${named.text}`, {
          file: seg.file,
          offset,
          afterLsn: lastLsn,
          ...named.details,
        });
      }
      for (const rec of scan.records) {
        const p = rec.payload;
        if (!isJournalPayload(p)) {
          throw new StoreDamagedError(`journal ${seg.file} holds a record of unknown shape at byte ${rec.offset}`, {
            file: seg.file,
            offset: rec.offset,
          });
        }
        if (p.lsn <= lastLsn) continue; // already in the snapshot
        if (p.lsn !== lastLsn + 1) {
          throw new StoreDamagedError(`journal is missing records ${lastLsn + 1}..${p.lsn - 1} (found in ${seg.file})`, {
            file: seg.file,
            expected: lastLsn + 1,
            found: p.lsn,
          });
        }
        try {
          replayRecord(db, log, p);
        } catch (e) {
          // An intact record whose events do not continue the chain: as much damage as a bad checksum.
          const first = p.events[0];
          throw new StoreDamagedError(
            `journal ${seg.file} record ${p.lsn} at byte ${rec.offset} cannot be replayed: ${e instanceof Error ? e.message : String(e)}`,
            { file: seg.file, offset: rec.offset, lsn: p.lsn, ...(first && { position: first.position, eventId: first.id, stream: first.stream, eventType: first.type }) },
          );
        }
        lastLsn = p.lsn;
        report.replayedRecords += 1;
        report.replayedEvents += p.events.length;
      }
      if (isLast && scan.tornTail) {
        report.droppedTail = { file: seg.file, ...scan.tornTail };
        tailValidBytes = scan.validBytes;
      }
    }
    setMeta(db, 'last_lsn', String(lastLsn));
    db.exec('COMMIT');
  } catch (e) {
    db.exec('ROLLBACK');
    db.close();
    throw e;
  }
  report.lastLsn = lastLsn;
  const journal = readOnly ? undefined : await JournalWriter.open(dataDir, segments.at(-1) as Segment | undefined, lastLsn + 1, tailValidBytes);
  return { db, log, journal, report };
}

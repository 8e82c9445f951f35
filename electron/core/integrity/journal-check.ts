import { readFile } from 'node:fs/promises';
import type { IntegrityFinding } from '../../../shared/contract/integrity-commands';
import { canonicalJson } from '../../../shared/kernel/canonical-json';
import type { Recorded } from '../../../shared/kernel/recorded';
import { rowToRecorded } from '../store/event-log';
import { listSegments } from '../store/journal-files';
import { findIntactRecordAfter, tryRecordAt } from '../store/journal-format';
import { isJournalPayload } from '../store/journal-record';
import type { SqlDb } from '../store/sql-db';
import { ChainChecker, type ChainStart } from './chain-checker';
import { describeDamagedRecord } from './damaged-record';

const EVENT_COLUMNS = 'position, id, stream, version, type, schema, data, meta, hash';

/** Runs one piece of work; the live till passes the writer's `exclusive`, so commands run between pieces. */
export type SliceRunner = (work: () => Promise<void>) => Promise<void>;
export const runNow: SliceRunner = (work) => work();

export interface JournalCheckReport {
  segments: number;
  records: number;
  /** Events compared with the database, then chain-checked from the stored hash before them. */
  events: number;
  /** The first position the retained journal holds (null: it holds no record). */
  fromPosition: number | null;
  finding: IntegrityFinding | null;
  /** A half-written last record (never acknowledged): noted, not damage. */
  tornTail: { file: string; offset: number; bytes: number; reason: string } | null;
}

/** What the log held just before `position`, read from the database: where a range's chain check starts. */
export function chainStartAt(db: SqlDb, position: number): ChainStart {
  return {
    position,
    headBefore(terminal) {
      const row = db.get<{ seq: number; hash: string }>(
        'SELECT seq, hash FROM events WHERE terminal = ? AND position < ? ORDER BY seq DESC LIMIT 1',
        [terminal, position],
      );
      return row ? { seq: Number(row.seq), head: String(row.hash) } : { seq: 0, head: '' };
    },
    versionBefore(stream) {
      return Number(db.get<{ v: number }>('SELECT coalesce(max(version), 0) AS v FROM events WHERE stream = ? AND position < ?', [stream, position])?.v ?? 0);
    },
  };
}

const eventFinding = (kind: IntegrityFinding['kind'], e: Pick<Recorded, 'position' | 'id' | 'stream' | 'type'>, reason: string): IntegrityFinding => ({
  kind,
  reason,
  position: e.position,
  eventId: e.id,
  stream: e.stream,
  eventType: e.type,
});

/**
 * Reads EVERY retained journal segment — the ones the snapshot already holds
 * too — and checks each record's checksum, that record numbers run on without
 * a gap, and that each event a record holds is, byte for byte (canonical
 * JSON), the event the database holds at that position. Then follows the hash
 * chain over the database's events from the first position the journal holds
 * to the end, continuing from the hash stored before it. The first problem
 * by position is the finding; the journal place is kept when both name one event.
 */
export async function checkJournal(db: SqlDb, dataDir: string, slice: SliceRunner = runNow): Promise<JournalCheckReport> {
  const segments = await listSegments(dataDir);
  const report: JournalCheckReport = { segments: segments.length, records: 0, events: 0, fromPosition: null, finding: null, tornTail: null };
  let journalFinding: IntegrityFinding | null = null;
  let prevLsn: number | undefined;
  for (const [i, seg] of segments.entries()) {
    const buf = await readFile(seg.file);
    await slice(async () => {
      let offset = 0;
      let expectedLsn: number | undefined = prevLsn === undefined ? seg.startLsn : prevLsn + 1;
      while (offset < buf.length) {
        const attempt = tryRecordAt(buf, offset);
        if (!attempt.ok) {
          const later = findIntactRecordAfter(buf, offset + 1);
          if (later === null && i === segments.length - 1) {
            report.tornTail = { file: seg.file, offset, bytes: buf.length - offset, reason: attempt.reason };
            break;
          }
          journalFinding ??= describeDamagedRecord(buf, { file: seg.file, offset, reason: attempt.reason, lsn: expectedLsn }, db);
          if (later === null) break;
          offset = later;
          expectedLsn = undefined; // not known until the next good record says it
          continue;
        }
        const p = attempt.record.payload;
        const place = { file: seg.file, offset };
        offset = attempt.next;
        if (!isJournalPayload(p)) {
          journalFinding ??= { kind: 'journal', reason: 'journal record of unknown shape', ...place };
          expectedLsn = undefined;
          continue;
        }
        if (expectedLsn !== undefined && p.lsn !== expectedLsn) {
          journalFinding ??= { kind: 'journal', reason: `journal records ${expectedLsn}..${p.lsn - 1} are missing`, ...place, lsn: p.lsn };
        }
        report.records += 1;
        expectedLsn = p.lsn + 1;
        prevLsn = p.lsn;
        if (journalFinding) continue;
        journalFinding = compareRecord(db, p.events, { ...place, lsn: p.lsn }, report);
      }
    });
  }
  const from = report.fromPosition;
  let chainFinding: IntegrityFinding | null = null;
  if (from !== null) {
    await slice(async () => {
      const checker = new ChainChecker(chainStartAt(db, from));
      db.each(`SELECT ${EVENT_COLUMNS} FROM events WHERE position >= ? ORDER BY position`, [from], (row) => {
        if (!checker.firstBad) checker.check(rowToRecorded(row));
      });
      const bad = checker.firstBad;
      if (bad) chainFinding = eventFinding('chain', bad, bad.reason);
    });
  }
  report.finding = firstOf(journalFinding, chainFinding);
  return report;
}

/** Each event of one record against the database's row at its position; the first difference, if any. */
function compareRecord(db: SqlDb, events: Recorded[], place: { file: string; offset: number; lsn: number }, report: JournalCheckReport): IntegrityFinding | null {
  for (const e of events) {
    report.fromPosition ??= e.position;
    report.events += 1;
    const row = db.rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE position = ?`, [e.position])[0];
    if (!row) return { ...eventFinding('mismatch', e, 'the event in the journal is missing from the database'), ...place };
    const stored = rowToRecorded(row);
    if (canonicalJson(stored) !== canonicalJson(e)) {
      return { ...eventFinding('mismatch', stored, 'the stored event differs from its journal record'), ...place };
    }
  }
  return null;
}

/** The finding that comes first in the log; one event named by both keeps the chain's reason and the journal's place. */
export function firstOf(journal: IntegrityFinding | null, chain: IntegrityFinding | null): IntegrityFinding | null {
  if (!journal || !chain) return journal ?? chain;
  if (journal.position === undefined) return journal;
  if (journal.position === chain.position) {
    return { ...journal, kind: 'chain', reason: `${chain.reason}; it also differs from its journal record` };
  }
  return (chain.position ?? 0) < journal.position ? chain : journal;
}

import { readFile } from 'node:fs/promises';
import type { IntegrityFinding } from '../../../shared/contract/integrity-commands';
import type { Recorded } from '../../../shared/kernel/recorded';
import { EVENT_COLUMNS, rowToRecorded } from '../store/event-log';
import { listSegments, type Segment } from '../store/journal-files';
import { findIntactRecordAfter, tryRecordAt } from '../store/journal-format';
import { isJournalPayload } from '../store/journal-record';
import type { SqlDb } from '../store/sql-db';
import { ChainChecker, MAX_BREAKS, type ChainStart } from './chain-checker';
import { describeDamagedRecord } from './damaged-record';
import { chainFinding, firstFinding, mergeFindings, placed, type Placed } from './findings';

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
  /** The first finding by position (findings[0]). */
  finding: IntegrityFinding | null;
  /** Every finding, in log order, one per event (up to MAX_BREAKS): the check goes on past each. */
  findings: Placed[];
  /** Only the records the snapshot holds were read (at start-up: the open itself has just checked the rest). */
  coveredOnly: boolean;
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
 * a gap, and that each event a record holds is the event the database holds at
 * that position. Then follows the hash chain over the database's events from
 * the first position the journal holds to the end, continuing from the hash
 * stored before it. Every problem is kept (up to MAX_BREAKS), in log order;
 * one event named by the journal and the chain is one finding with the
 * journal's place.
 *
 * Each segment is read inside a slice (the writer's turn in a live till): a
 * snapshot, which prunes segments in its own turn, cannot take a segment away
 * mid-read, and one pruned between slices is skipped (its events are in the
 * database, and the chain check still follows them).
 *
 * `coveredUpTo` (start-up): only the records up to the snapshot's are read.
 * The open has just replayed every record after it — checksum checked, each
 * event inserted from it and its chain link checked (EventLog.insertRecorded) —
 * so reading them again would only repeat that work.
 */
export async function checkJournal(
  db: SqlDb,
  dataDir: string,
  slice: SliceRunner = runNow,
  opts: { coveredUpTo?: number } = {},
): Promise<JournalCheckReport> {
  const covered = opts.coveredUpTo ?? Number.MAX_SAFE_INTEGER;
  // A segment that starts after the snapshot holds only records the open has just replayed.
  const segments = (await listSegments(dataDir)).filter((seg) => seg.startLsn <= covered);
  const report: JournalCheckReport = {
    segments: 0,
    records: 0,
    events: 0,
    fromPosition: null,
    coveredOnly: opts.coveredUpTo !== undefined,
    finding: null,
    findings: [],
    tornTail: null,
  };
  const journaled: Journaled[] = [];
  const journalFindings: Placed[] = [];
  // The last position a good record held: where a finding that names no event sits in the log.
  let lastPosition = 0;
  const note = (f: IntegrityFinding): void => {
    if (journalFindings.length < MAX_BREAKS) journalFindings.push(placed(f, lastPosition + 0.5));
  };
  let prevLsn: number | undefined;
  for (const [i, seg] of segments.entries()) {
    await slice(async () => {
      const buf = await readSegment(dataDir, seg);
      if (buf === 'pruned') {
        prevLsn = undefined; // the next segment's records start where its name says
        return;
      }
      report.segments += 1;
      let offset = 0;
      let expectedLsn: number | undefined = prevLsn === undefined ? seg.startLsn : prevLsn + 1;
      while (offset < buf.length) {
        const attempt = tryRecordAt(buf, offset);
        if (!attempt.ok) {
          const later = findIntactRecordAfter(buf, offset + 1);
          if (later === null && i === segments.length - 1 && opts.coveredUpTo === undefined) {
            report.tornTail = { file: seg.file, offset, bytes: buf.length - offset, reason: attempt.reason };
            break;
          }
          note(describeDamagedRecord(buf, { file: seg.file, offset, reason: attempt.reason, lsn: expectedLsn }, db));
          if (later === null) break;
          offset = later;
          expectedLsn = undefined; // not known until the next good record says it
          continue;
        }
        const p = attempt.record.payload;
        const place = { file: seg.file, offset, lsn: 0 };
        offset = attempt.next;
        if (!isJournalPayload(p)) {
          note({ kind: 'journal', reason: 'journal record of unknown shape', file: place.file, offset: place.offset });
          expectedLsn = undefined;
          continue;
        }
        if (expectedLsn !== undefined && p.lsn !== expectedLsn) {
          note({ kind: 'journal', reason: `journal records ${expectedLsn}..${p.lsn - 1} are missing`, file: place.file, offset: place.offset, lsn: p.lsn });
        }
        expectedLsn = p.lsn + 1;
        prevLsn = p.lsn;
        lastPosition = p.events.at(-1)?.position ?? lastPosition;
        if (p.lsn > covered) continue;
        report.records += 1;
        place.lsn = p.lsn;
        for (const e of p.events) journaled.push({ e, place });
      }
    });
  }
  report.fromPosition = journaled[0]?.e.position ?? null;
  const compared = await compareWithDatabase(db, journaled, slice, report);
  report.findings = mergeFindings(journalFindings, compared);
  report.finding = firstFinding(report.findings);
  return report;
}

/**
 * A segment's bytes, or 'pruned' when a snapshot has removed it since it was
 * listed: pruning takes the oldest segments, those a kept snapshot holds, so
 * one that is gone while an older-starting one is not was taken by something
 * else, and that is an error.
 */
async function readSegment(dataDir: string, seg: Segment): Promise<Buffer | 'pruned'> {
  try {
    return await readFile(seg.file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    const oldest = (await listSegments(dataDir))[0];
    if (oldest && oldest.startLsn > seg.startLsn) return 'pruned';
    throw e;
  }
}

interface Journaled {
  e: Recorded;
  place: { file: string; offset: number; lsn: number };
}

/** Events per slice of the comparison: a manual check lets commands in between. */
const COMPARE_SLICE = 5_000;

/**
 * One pass over the database's events from the first position the journal
 * holds: each is compared with its journal copy (the raw JSON text the
 * database stores against the journal's, so neither side is re-serialised
 * canonically), then chain-checked from the hash stored before the range.
 * Goes on past every problem (up to MAX_BREAKS).
 */
async function compareWithDatabase(db: SqlDb, journaled: readonly Journaled[], slice: SliceRunner, report: JournalCheckReport): Promise<Placed[]> {
  const from = report.fromPosition;
  const found: Placed[] = [];
  if (from === null) return found;
  const add = (f: IntegrityFinding): void => {
    if (found.length < MAX_BREAKS) found.push(placed(f, f.position ?? 0));
  };
  // Up to the end of the log; with only covered records read, up to the last event they hold.
  const last =
    report.coveredOnly && journaled.length > 0
      ? (journaled.at(-1) as Journaled).e.position
      : Number(db.get<{ p: number }>('SELECT coalesce(max(position), 0) AS p FROM events')?.p ?? 0);
  const checker = new ChainChecker(chainStartAt(db, from));
  let j = 0;
  const missing = (x: Journaled): IntegrityFinding => ({ ...eventFinding('mismatch', x.e, 'the event in the journal is missing from the database'), ...x.place });
  for (let lo = from; lo <= last && !checker.full; lo += COMPARE_SLICE) {
    await slice(async () => {
      for (const row of db.rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE position >= ? AND position < ? ORDER BY position`, [lo, Math.min(lo + COMPARE_SLICE, last + 1)])) {
        const position = row[0] as number;
        while (j < journaled.length && (journaled[j] as Journaled).e.position < position) add(missing(journaled[j++] as Journaled));
        const x = journaled[j];
        let r: Recorded | undefined;
        if (x && x.e.position === position) {
          j += 1;
          report.events += 1;
          if (sameAsStored(x.e, row)) r = x.e;
          else add({ ...eventFinding('mismatch', rowToRecorded(row), 'the stored event differs from its journal record'), ...x.place });
        }
        checker.check(r ?? rowToRecorded(row));
        if (checker.full) break;
      }
    });
  }
  for (; j < journaled.length && !checker.full; j++) add(missing(journaled[j] as Journaled));
  return mergeFindings(
    found,
    checker.breaks.map((b) => placed(chainFinding(b), b.position)),
  );
}

/** The journal's event against the database row, column by column; data and meta as the JSON text both were written from. */
function sameAsStored(e: Recorded, row: readonly unknown[]): boolean {
  const [position, id, stream, version, type, schema, data, meta, hash] = row;
  return (
    e.position === position &&
    e.id === id &&
    e.stream === stream &&
    e.version === version &&
    e.type === type &&
    e.schema === schema &&
    e.hash === hash &&
    JSON.stringify(e.data) === data &&
    JSON.stringify(e.meta) === meta
  );
}

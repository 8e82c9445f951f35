import type { IntegrityFinding } from '../../shared/contract/integrity-commands';
import { ChainChecker, type BadEvent as ChainBadEvent, type ChainHead } from './integrity/chain-checker';
import { describeFinding, placeInSnapshot } from './integrity/damaged-record';
import { chainFinding, mergeFindings, placed } from './integrity/findings';
import { checkJournal } from './integrity/journal-check';
import type { EventLog } from './store/event-log';
import { openStore, type OpenReport } from './store/open-store';

/** The first event that does not verify, and where on disk it was seen when that is known. */
export interface BadEvent extends ChainBadEvent {
  file?: string;
  offset?: number;
  lsn?: number;
}

export interface VerifyReport {
  ok: boolean;
  events: number;
  terminals: Record<string, ChainHead>;
  /** A torn tail left by a crash: never acknowledged, reported, not damage. */
  droppedTail: OpenReport['droppedTail'];
  unreadableSnapshots: OpenReport['unreadableSnapshots'];
  firstBad: BadEvent | null;
  /** What the till's own check would record: the first bad event, or a damaged place that names no event. */
  finding: IntegrityFinding | null;
  /** Every finding, first first, in log order (up to a hundred): the checks go on past a break. */
  findings: IntegrityFinding[];
  /** Every retained journal segment was read and compared with the database. */
  journal: { segments: number; records: number; events: number };
  /** Damage found before any event could be read (journal or snapshot). */
  damage: string | null;
}

/**
 * Walks the whole log in position order and checks, for every event, that it
 * continues its terminal's sequence and hash chain and its stream's versions
 * (see integrity/chain-checker.ts). Every event that does not is named (up to
 * a hundred), the first as `firstBad`.
 */
export function verifyLog(log: EventLog): Pick<VerifyReport, 'events' | 'terminals' | 'firstBad'> & { breaks: ChainBadEvent[] } {
  const checker = new ChainChecker();
  log.forEach(0, (r) => {
    if (!checker.full) checker.check(r);
  });
  return { events: checker.events, terminals: checker.terminals(), firstBad: checker.firstBad, breaks: [...checker.breaks] };
}

function toBadEvent(f: IntegrityFinding): BadEvent | null {
  if (f.position === undefined || f.eventId === undefined) return null;
  const bad: BadEvent = { position: f.position, id: f.eventId, stream: f.stream ?? '', type: f.eventType ?? '', reason: f.reason };
  return { ...bad, ...(f.file !== undefined && { file: f.file }), ...(f.offset !== undefined && { offset: f.offset }), ...(f.lsn !== undefined && { lsn: f.lsn }) };
}

/**
 * Opens a data folder read-only (changing nothing) and checks what the till
 * checks: every retained journal segment — those the snapshot holds too —
 * record by record against the database, then the whole hash chain. The
 * answer names the same first bad event as the till's own checks.
 */
export async function verifyDataDir(dataDir: string): Promise<VerifyReport> {
  let opened;
  try {
    opened = await openStore({ dataDir, terminal: '', readOnly: true });
  } catch (e) {
    return {
      ok: false,
      events: 0,
      terminals: {},
      droppedTail: null,
      unreadableSnapshots: [],
      firstBad: null,
      finding: null,
      findings: [],
      journal: { segments: 0, records: 0, events: 0 },
      damage: e instanceof Error ? e.message : String(e),
    };
  }
  try {
    const journal = await checkJournal(opened.db, dataDir);
    const chain = verifyLog(opened.log);
    const breaks = chain.breaks.map((b) => placed(placeInSnapshot(opened.db, chainFinding(b), opened.report.snapshot), b.position));
    const findings = mergeFindings(journal.findings, breaks).map((p) => p.finding);
    const finding = findings[0] ?? null;
    const { report } = opened;
    return {
      events: chain.events,
      terminals: chain.terminals,
      ok: finding === null && report.unreadableSnapshots.length === 0,
      droppedTail: report.droppedTail,
      unreadableSnapshots: report.unreadableSnapshots,
      firstBad: finding && toBadEvent(finding),
      finding,
      findings,
      journal: { segments: journal.segments, records: journal.records, events: journal.events },
      damage: finding && !toBadEvent(finding) ? describeFinding(finding) : null,
    };
  } finally {
    opened.db.close();
  }
}

import type { Reply } from '../../../shared/contract/api';
import type { Command, CommandResult } from '../../../shared/contract/commands';
import type { IntegrityFinding, IntegritySource } from '../../../shared/contract/integrity-commands';
import type { IntegrityCheckView, IntegrityView } from '../../../shared/contract/integrity-queries';
import { integrityFingerprint } from '../../../shared/domain/integrity/integrity';
import type { Clock } from '../../../shared/kernel/clock';
import type { IdSource } from '../../../shared/kernel/ids';
import type { EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import { placeInSnapshot } from './damaged-record';
import { checkFullChain } from './full-check';
import { readIntegrityIssues } from './integrity-view';
import { checkJournal, runNow, type SliceRunner } from './journal-check';

export interface IntegrityDeps {
  db: SqlDb;
  log: EventLog;
  dataDir: string;
  clock: Clock;
  newId: IdSource;
  /** The writer's exclusive turn: a slice of a check runs with no command between its reads. */
  slice: SliceRunner;
  /** The snapshot the database was loaded from: where a changed event that no journal record names was found. */
  snapshot: { file: string; lsn: number } | null;
  /** A command of the core itself (till.system): how an issue is recorded. */
  record: (command: Command) => Promise<Reply<CommandResult>>;
}

/**
 * The till's integrity checks and their latest results: the journal tail at
 * start-up (before the till takes a command), the whole chain in the
 * background afterwards, and a manager's "Verify now". A finding becomes an
 * IntegrityIssueFound event unless that fingerprint was recorded before.
 */
export class IntegrityService {
  private startup: IntegrityCheckView | null = null;
  private background: IntegrityCheckView | null = null;
  private manual: IntegrityCheckView | null = null;
  private stopped = false;
  private backgroundRun: Promise<void> | null = null;

  constructor(private readonly d: IntegrityDeps) {}

  private iso(): string {
    return new Date(this.d.clock.now()).toISOString();
  }

  private begin(source: IntegritySource): IntegrityCheckView {
    return {
      source,
      status: 'running',
      startedAt: this.iso(),
      finishedAt: null,
      checkedEvents: 0,
      totalEvents: this.d.log.lastPosition,
      segments: 0,
      records: 0,
      ok: null,
      finding: null,
    };
  }

  /**
   * The retained journal the snapshot holds against the database, and the chain over it (the records after the
   * snapshot were checked as the open replayed them). Runs before any command.
   */
  async checkStartup(snapshotLsn: number): Promise<IntegrityFinding | null> {
    const view = this.begin('startup');
    this.startup = view;
    const j = await checkJournal(this.d.db, this.d.dataDir, runNow, { coveredUpTo: snapshotLsn });
    this.startup = { ...view, status: 'done', finishedAt: this.iso(), checkedEvents: j.events, totalEvents: j.events, segments: j.segments, records: j.records, ok: j.finding === null, finding: j.finding };
    return j.finding;
  }

  /** Records a finding as an issue; a fingerprint recorded before (any check, any start) decides nothing. */
  async recordIfNew(source: IntegritySource, finding: IntegrityFinding): Promise<void> {
    const fingerprint = integrityFingerprint(finding);
    const known = this.d.db.get('SELECT 1 FROM events WHERE stream = ? AND json_extract(data, \'$.fingerprint\') = ? LIMIT 1', ['integrity', fingerprint]);
    if (known) return;
    await this.d.record({ type: 'RecordIntegrityIssue', commandId: this.d.newId(), issueId: this.d.newId(), fingerprint, source, finding });
  }

  /** Starts the full chain check in the background (once); progress is kept for GetIntegrity. */
  startBackground(): void {
    if (this.backgroundRun || this.stopped) return;
    this.background = this.begin('background');
    this.backgroundRun = this.runFull('background').then(
      (view) => {
        this.background = view;
      },
      () => undefined,
    );
  }

  private async runFull(source: IntegritySource, journal?: { segments: number; records: number }): Promise<IntegrityCheckView> {
    const running = source === 'background' ? this.background : this.manual;
    const started = running?.status === 'running' ? running : this.begin(source);
    const set = (v: IntegrityCheckView): void => {
      if (source === 'background') this.background = v;
      else this.manual = v;
    };
    let view: IntegrityCheckView = { ...started, ...journal };
    set(view);
    const result = await checkFullChain(this.d.log, this.d.slice, {
      shouldStop: () => this.stopped,
      onProgress: (p) => {
        view = { ...view, checkedEvents: p.checked, totalEvents: p.total };
        set(view);
      },
    });
    const bad = result.firstBad;
    const finding: IntegrityFinding | null = bad
      ? placeInSnapshot(this.d.db, { kind: 'chain', reason: bad.reason, position: bad.position, eventId: bad.id, stream: bad.stream, eventType: bad.type }, this.d.snapshot)
      : null;
    view = {
      ...view,
      status: result.stopped ? 'stopped' : 'done',
      finishedAt: this.iso(),
      checkedEvents: result.events,
      totalEvents: Math.max(view.totalEvents, result.events),
      ok: result.stopped ? null : finding === null,
      finding,
    };
    set(view);
    if (finding && !this.stopped) await this.recordIfNew(source, finding);
    return view;
  }

  /** A manager's "Verify now": every retained journal segment, then the whole chain, in slices. */
  async checkNow(): Promise<IntegrityCheckView> {
    this.manual = this.begin('manual');
    const j = await checkJournal(this.d.db, this.d.dataDir, this.d.slice);
    if (j.finding) {
      const view: IntegrityCheckView = {
        ...this.manual,
        status: 'done',
        finishedAt: this.iso(),
        checkedEvents: j.events,
        segments: j.segments,
        records: j.records,
        ok: false,
        finding: j.finding,
      };
      this.manual = view;
      await this.recordIfNew('manual', j.finding);
      return view;
    }
    return this.runFull('manual', { segments: j.segments, records: j.records });
  }

  view(): IntegrityView {
    return { startup: this.startup, background: this.background, manual: this.manual, issues: readIntegrityIssues(this.d.db) };
  }

  /** Resolves once the background check has finished (tests, bench). */
  async settled(): Promise<void> {
    await this.backgroundRun;
  }

  /** Stops the background check at its next slice (the till is closing). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.backgroundRun;
  }
}

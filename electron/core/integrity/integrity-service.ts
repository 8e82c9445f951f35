import type { Reply } from '../../../shared/contract/api';
import type { CommandResult } from '../../../shared/contract/commands';
import type { IntegrityFinding, IntegritySource } from '../../../shared/contract/integrity-commands';
import type { IntegrityCheckView, IntegrityView } from '../../../shared/contract/integrity-queries';
import { integrityFingerprint } from '../../../shared/domain/integrity/integrity';
import type { Clock } from '../../../shared/kernel/clock';
import type { IdSource } from '../../../shared/kernel/ids';
import type { CoreOnlyCommand } from '../commands/core-command';
import type { EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import { placeInSnapshot } from './damaged-record';
import { chainFinding, mergeFindings, placed, type Placed } from './findings';
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
  /** A core-only command (till.system; no client can send it): how an issue is recorded. */
  record: (command: CoreOnlyCommand) => Promise<Reply<CommandResult>>;
  /** Events per slice of the chain checks (default FULL_CHECK_SLICE); small in tests, so commands interleave. */
  sliceSize?: number;
}

/**
 * The till's integrity checks and their latest results: the journal tail at
 * start-up (before the till takes a command), the whole chain in the
 * background afterwards, and a manager's "Verify now". Each check goes on
 * past a break and reports every one (up to MAX_BREAKS); each finding becomes
 * its own IntegrityIssueFound event unless that fingerprint was recorded
 * before, so an edit made after one already acknowledged still raises an
 * alert.
 */
export class IntegrityService {
  private startup: IntegrityCheckView | null = null;
  private background: IntegrityCheckView | null = null;
  private manual: IntegrityCheckView | null = null;
  private stopped = false;
  private backgroundRun: Promise<void> | null = null;
  /** The "Verify now" that is running: a second caller waits for it rather than starting another over it. */
  private manualRun: Promise<IntegrityCheckView> | null = null;

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
      findings: [],
    };
  }

  /**
   * The retained journal the snapshot holds against the database, and the chain over it (the records after the
   * snapshot were checked as the open replayed them). Runs before any command; answers every finding.
   */
  async checkStartup(snapshotLsn: number): Promise<IntegrityFinding[]> {
    const view = this.begin('startup');
    this.startup = view;
    const j = await checkJournal(this.d.db, this.d.dataDir, runNow, { coveredUpTo: snapshotLsn });
    const findings = j.findings.map((p) => p.finding);
    this.startup = {
      ...view,
      status: 'done',
      finishedAt: this.iso(),
      checkedEvents: j.events,
      totalEvents: j.events,
      segments: j.segments,
      records: j.records,
      ok: j.finding === null,
      finding: j.finding,
      findings,
    };
    return findings;
  }

  /** Records a finding as an issue; a fingerprint recorded before (any check, any start) decides nothing. */
  async recordIfNew(source: IntegritySource, finding: IntegrityFinding): Promise<void> {
    const fingerprint = integrityFingerprint(finding);
    const known = this.d.db.get('SELECT 1 FROM events WHERE stream = ? AND json_extract(data, \'$.fingerprint\') = ? LIMIT 1', ['integrity', fingerprint]);
    if (known) return;
    await this.d.record({ type: 'RecordIntegrityIssue', commandId: this.d.newId(), issueId: this.d.newId(), fingerprint, source, finding });
  }

  /** Each finding as its own issue, in log order. */
  async recordAll(source: IntegritySource, findings: readonly IntegrityFinding[]): Promise<void> {
    for (const f of findings) {
      if (this.stopped) return;
      await this.recordIfNew(source, f);
    }
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

  /** The whole chain in slices; a manual check's journal part comes with its findings, merged in here. */
  private async runFull(source: IntegritySource, journal?: { segments: number; records: number; findings: Placed[] }): Promise<IntegrityCheckView> {
    const running = source === 'background' ? this.background : this.manual;
    const started = running?.status === 'running' ? running : this.begin(source);
    const set = (v: IntegrityCheckView): void => {
      if (source === 'background') this.background = v;
      else this.manual = v;
    };
    let view: IntegrityCheckView = { ...started, ...(journal && { segments: journal.segments, records: journal.records }) };
    set(view);
    const result = await checkFullChain(this.d.log, this.d.slice, {
      shouldStop: () => this.stopped,
      ...(this.d.sliceSize !== undefined && { sliceSize: this.d.sliceSize }),
      onProgress: (p) => {
        view = { ...view, checkedEvents: p.checked, totalEvents: p.total };
        set(view);
      },
    });
    const breaks = result.breaks.map((b) => placed(placeInSnapshot(this.d.db, chainFinding(b), this.d.snapshot), b.position));
    const findings = mergeFindings(journal?.findings ?? [], breaks).map((p) => p.finding);
    view = {
      ...view,
      status: result.stopped ? 'stopped' : 'done',
      finishedAt: this.iso(),
      checkedEvents: result.events,
      totalEvents: Math.max(view.totalEvents, result.events),
      ok: result.stopped ? null : findings.length === 0,
      finding: findings[0] ?? null,
      findings,
    };
    set(view);
    await this.recordAll(source, findings);
    return view;
  }

  /**
   * A manager's "Verify now": every retained journal segment, then the whole chain, in slices; both go on past a
   * finding. A second "Verify now" while one runs gets the running one's answer.
   */
  checkNow(): Promise<IntegrityCheckView> {
    this.manualRun ??= this.runManual().finally(() => {
      this.manualRun = null;
    });
    return this.manualRun;
  }

  private async runManual(): Promise<IntegrityCheckView> {
    this.manual = this.begin('manual');
    const j = await checkJournal(this.d.db, this.d.dataDir, this.d.slice);
    return this.runFull('manual', { segments: j.segments, records: j.records, findings: j.findings });
  }

  view(): IntegrityView {
    return { startup: this.startup, background: this.background, manual: this.manual, issues: readIntegrityIssues(this.d.db) };
  }

  /** Resolves once the background check has finished (tests, bench). */
  async settled(): Promise<void> {
    await this.backgroundRun;
  }

  /** Stops the background check, and a running "Verify now", at their next slice (the till is closing). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.backgroundRun;
    // Its caller gets the stopped view (or the error); the till must not close the database under it.
    await this.manualRun?.catch(() => undefined);
  }
}

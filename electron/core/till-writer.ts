import type { CommandResult } from '../../shared/contract/commands';
import type { Reply } from '../../shared/contract/api';
import type { Actor } from '../../shared/domain/decider';
import { STAFF_STREAM, TERMINAL_STREAM_PREFIX } from '../../shared/domain/staff/staff-events';
import type { Clock } from '../../shared/kernel/clock';
import { DocketError, toErrorShape, type DocketErrorShape } from '../../shared/kernel/errors';
import type { IdSource } from '../../shared/kernel/ids';
import type { Recorded } from '../../shared/kernel/recorded';
import type { Submission } from './auth/authorizer';
import { handleCommand } from './commands/handle-command';
import { StateCache } from './commands/state-cache';
import type { Projector } from './projections/projector';
import type { EventLog } from './store/event-log';
import type { JournalWriter } from './store/journal-files';
import { encodeRecord } from './store/journal-format';
import type { JournalPayload } from './store/journal-record';
import type { SqlDb } from './store/sql-db';

/** How many queued commands one transaction and one fsync may carry. */
const MAX_BATCH = 256;

type Job =
  | { kind: 'command'; submission: Submission; resolve: (r: Reply<CommandResult>) => void }
  | { kind: 'exclusive'; run: () => Promise<void>; resolve: () => void; reject: (e: unknown) => void };

export interface WriterDeps {
  db: SqlDb;
  log: EventLog;
  projector: Projector;
  journal: JournalWriter;
  clock: Clock;
  newId: IdSource;
  terminal: string;
  /** Who is signed in at this terminal now (read inside the batch, so a SignIn earlier in it counts). */
  session: () => Actor | undefined;
  lastLsn: number;
  /** Called once a batch is durable, with every event it wrote. */
  onDurable: (events: Recorded[], lsn: number) => void;
}

/**
 * The one writer. Commands queue up; each turn takes everything queued (up to
 * MAX_BATCH), applies each command in its own savepoint inside one
 * transaction, writes all their journal records with one write and one
 * fdatasync, then commits and answers. While that fsync runs, new commands
 * queue for the next turn: group commit without a timer.
 */
export class TillWriter {
  private readonly queue: Job[] = [];
  private draining = false;
  private inTransaction = false;
  private flush: Promise<unknown> = Promise.resolve();
  private broken: DocketErrorShape | null = null;
  private readonly states = new StateCache();
  /** The session as last read: it only changes with a staff or terminal event, so most commands skip the read. */
  private session: { actor: Actor | undefined } | null = null;
  private lsnValue: number;

  constructor(private readonly d: WriterDeps) {
    this.lsnValue = d.lastLsn;
  }

  get lsn(): number {
    return this.lsnValue;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Queues a command the authorizer has prepared (no PINs left in it); see auth/command-intake.ts. */
  submit(submission: Submission): Promise<Reply<CommandResult>> {
    if (this.broken) return Promise.resolve({ ok: false, error: this.broken });
    return new Promise((resolve) => {
      this.queue.push({ kind: 'command', submission, resolve });
      this.scheduleDrain();
    });
  }

  /** Runs `run` alone, between batches, with no transaction open (snapshots, rebuilds). */
  exclusive(run: () => Promise<void>): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'exclusive', run, resolve, reject });
      this.scheduleDrain();
    });
  }

  /** Waits until no batch is between its writes and its fsync, so a read never sees unacknowledged events. */
  async readable(): Promise<void> {
    while (this.inTransaction) await this.flush;
  }

  /** Resolves when everything queued so far has been answered. */
  idle(): Promise<void> {
    return this.exclusive(async () => undefined);
  }

  /**
   * The acting staff member: the one whose PIN SignIn just checked, whoever is
   * signed in when the command runs, or nobody for the core's own commands
   * (undefined). null: a person's command with nobody signed in.
   */
  private actorOf(submission: Submission): Actor | undefined | null {
    switch (submission.actor.kind) {
      case 'staff':
        return submission.actor.staff;
      case 'session':
        this.session ??= { actor: this.d.session() };
        return this.session.actor ?? null;
      case 'system':
        return undefined;
    }
  }

  /** Starts draining after the current task, so commands submitted together land in one batch. */
  private scheduleDrain(): void {
    if (!this.draining) queueMicrotask(() => void this.drain());
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const head = this.queue[0] as Job;
        if (head.kind === 'exclusive') {
          this.queue.shift();
          this.session = null; // a rebuild re-creates the read models the session is read from
          await head.run().then(head.resolve, head.reject);
          continue;
        }
        let n = 0;
        while (n < this.queue.length && n < MAX_BATCH && (this.queue[n] as Job).kind === 'command') n++;
        const batch = this.queue.splice(0, n) as Extract<Job, { kind: 'command' }>[];
        const run = this.runBatch(batch);
        this.flush = run;
        await run;
      }
    } finally {
      this.draining = false;
    }
  }

  private async runBatch(batch: Extract<Job, { kind: 'command' }>[]): Promise<void> {
    const { db, log, projector, journal } = this.d;
    const answers: Reply<CommandResult>[] = [];
    const records: Buffer[] = [];
    const written: Recorded[] = [];
    let lsn = this.lsnValue;
    // A lone command needs no savepoint: if it is refused, rolling back the whole transaction undoes exactly it.
    const savepoints = batch.length > 1;
    this.inTransaction = true;
    db.run('BEGIN');
    for (const { submission } of batch) {
      const { command } = submission;
      if (this.broken) {
        answers.push({ ok: false, error: this.broken });
        continue;
      }
      const prior = db.get<{ result: string }>('SELECT result FROM commands WHERE command_id = ?', [command.commandId]);
      if (prior) {
        answers.push({ ok: true, value: { ...(JSON.parse(prior.result) as CommandResult), duplicate: true } });
        continue;
      }
      const staff = this.actorOf(submission);
      if (staff === null) {
        answers.push({ ok: false, error: { code: 'Unauthorized', message: 'sign in first' } });
        continue;
      }
      const { approvedBy } = submission;
      const mark = log.mark();
      if (savepoints) db.run('SAVEPOINT command');
      try {
        const at = new Date(submission.time ?? this.d.clock.now()).toISOString();
        // Who did it and who approved it go into the decision (ctx) and onto every event it records (meta).
        const events = handleCommand(command, {
          db,
          log,
          states: this.states,
          newId: this.d.newId,
          ctx: { now: at, terminal: this.d.terminal, ...(staff && { staff }), ...(approvedBy && { approvedBy }) },
          meta: { at, command: command.commandId, ...(staff && { staff: staff.staffId }), ...(approvedBy && { approvedBy: approvedBy.staffId }) },
        });
        projector.apply(events);
        lsn += 1;
        const result: CommandResult = {
          commandId: command.commandId,
          position: log.lastPosition,
          events: events.map((e) => ({ id: e.id, stream: e.stream, version: e.version, type: e.type })),
          duplicate: false,
        };
        db.run('INSERT INTO commands(command_id, lsn, result) VALUES (?, ?, ?)', [command.commandId, lsn, JSON.stringify(result)]);
        const payload: JournalPayload = { lsn, commandId: command.commandId, result, events };
        records.push(encodeRecord(payload));
        if (savepoints) db.run('RELEASE command');
        this.states.commit();
        written.push(...events);
        if (events.some((e) => e.stream === STAFF_STREAM || e.stream.startsWith(TERMINAL_STREAM_PREFIX))) this.session = null;
        answers.push({ ok: true, value: result });
      } catch (e) {
        if (savepoints) {
          db.run('ROLLBACK TO command');
          db.run('RELEASE command');
        } else {
          db.run('ROLLBACK');
          db.run('BEGIN');
        }
        log.restore(mark);
        this.states.discard();
        answers.push({ ok: false, error: toErrorShape(e) });
      }
    }
    try {
      // The journal is the record of what happened; store_meta.last_lsn and the projection
      // checkpoints are brought up to date only when a snapshot is taken (see open-till.ts).
      if (records.length > 0) await journal.append(records);
      db.run('COMMIT');
      this.lsnValue = lsn;
    } catch (e) {
      // Nothing of this batch reached the disk: undo it in memory too, and stop
      // taking commands, because the state of the disk is no longer known.
      db.run('ROLLBACK');
      log.reload();
      this.states.clear();
      this.session = null;
      this.broken = new DocketError(
        'Internal',
        `the journal could not be written (${e instanceof Error ? e.message : String(e)}); nothing since was saved: restart the till`,
      ).toJSON();
      for (let i = 0; i < answers.length; i++) if (answers[i]?.ok) answers[i] = { ok: false, error: this.broken };
      this.inTransaction = false;
      batch.forEach((job, i) => job.resolve(answers[i] as Reply<CommandResult>));
      return;
    }
    this.inTransaction = false;
    batch.forEach((job, i) => job.resolve(answers[i] as Reply<CommandResult>));
    if (written.length > 0) this.d.onDurable(written, lsn);
  }
}

import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { DocketApi, Reply } from '../../shared/contract/api';
import type { Command, CommandResult } from '../../shared/contract/commands';
import type { Push } from '../../shared/contract/pushes';
import type { Query, QueryResult } from '../../shared/contract/queries';
import { isManagerQuery } from '../../shared/contract/query-access';
import type { TillInfo } from '../../shared/contract/views';
import { parseCommand, parseQuery } from '../../shared/contract/validate';
import { systemClock, type Clock } from '../../shared/kernel/clock';
import { DocketError, toErrorShape } from '../../shared/kernel/errors';
import { uuidv7From, type IdSource } from '../../shared/kernel/ids';
import type { Recorded } from '../../shared/kernel/recorded';
import { Authorizer } from './auth/authorizer';
import { CommandIntake } from './auth/command-intake';
import { isPinHash } from './auth/pin-hash';
import type { CoreCommand } from './commands/core-command';
import { isCoreOnlyCommand, parseCoreOnlyCommand } from './commands/core-only-commands';
import { lockDataDir } from './data-dir-lock';
import { IntegrityService } from './integrity/integrity-service';
import { Projector } from './projections/projector';
import { runQuery } from './queries/run-query';
import { sessionActor } from './queries/staff-queries';
import { demoMenuCommands } from './seed/demo-menu';
import { demoStaffCommands } from './seed/demo-staff';
import { pruneSegments } from './store/journal-files';
import { openStore, type OpenReport } from './store/open-store';
import { setMeta } from './store/schema';
import { pruneSnapshots, writeSnapshot } from './store/snapshot-files';
import type { SqlDb } from './store/sql-db';
import { TillWriter } from './till-writer';
import { verifyLog, type VerifyReport } from './verify';

export interface OpenTillOptions {
  dataDir: string;
  /** This till's id: the receipt series and the owner of its hash chain. */
  terminal?: string;
  clock?: Clock;
  ids?: IdSource;
  /**
   * For imports that replay history: the time a command happened (ms), when it
   * is not now. Not reachable from the contract: clients never set the time.
   */
  commandTime?: (command: Command) => number | undefined;
  /** Seed the demo menu into an empty log, and the demo staff into an empty roster (default true). */
  seedDemoMenu?: boolean;
  /** Take a snapshot once this many journal records or bytes have built up since the last one. */
  snapshotAfter?: { records: number; bytes: number };
  /**
   * The integrity checks at open (default both on): the journal tail before the
   * first command, then the whole chain in the background. Off only for a
   * bench's baseline or a test that must not have a check running. `sliceSize`:
   * events per slice of the chain checks (tests make it small so commands
   * interleave with a check's slices).
   */
  integrity?: { startup?: boolean; background?: boolean; sliceSize?: number };
}

export interface Till extends DocketApi {
  readonly terminal: string;
  readonly dataDir: string;
  readonly openReport: OpenReport;
  /** The integrity checks and their latest results (GetIntegrity reads them). */
  readonly integrity: IntegrityService;
  /**
   * A command of the core itself (seeding, imports): it runs with no staff
   * member and needs no sign-in. Only code in this process can call it: it is
   * not part of DocketApi, so neither IPC nor the bridge reaches it. Takes a
   * contract command, a core-shaped staff command with a stored PIN hash, or a
   * core-only command (commands/core-only-commands.ts: recording an integrity
   * issue), which parseCommand — and so till.command — refuses as unknown.
   */
  system(command: Command | CoreCommand): Promise<Reply<CommandResult>>;
  /**
   * A query of the core itself, with no session check: the owner's tools on
   * the till's own folder (imports, the CLI, benches). Like system(), it is
   * not part of DocketApi, so neither IPC nor the bridge reaches it.
   */
  systemQuery<Q extends Query>(query: Q): Promise<Reply<QueryResult<Q>>>;
  /** Exports the database to a new snapshot and starts a new journal segment. */
  snapshot(): Promise<void>;
  /** Drops every read model and rebuilds it from the log; returns the events replayed. */
  rebuildProjections(): Promise<number>;
  /** Checks every event's chain link and stream version in the live log. */
  verify(): Promise<Pick<VerifyReport, 'events' | 'terminals' | 'firstBad'>>;
  /** Finishes queued commands, writes a final snapshot and releases the folder. */
  close(): Promise<void>;
}

const TERMINAL_RE = /^[A-Za-z0-9_-]{1,32}$/;
const DEFAULT_SNAPSHOT_AFTER = { records: 20_000, bytes: 32 * 1024 * 1024 };

/** The composition root of the till engine: plain Node, no Electron. */
export async function openTill(opts: OpenTillOptions): Promise<Till> {
  const terminal = opts.terminal ?? 'T1';
  if (!TERMINAL_RE.test(terminal)) {
    throw new DocketError('Validation', 'a terminal id is 1 to 32 letters, digits, - or _');
  }
  const clock = opts.clock ?? systemClock;
  const newId = opts.ids ?? randomIds(clock);
  const snapshotAfter = opts.snapshotAfter ?? DEFAULT_SNAPSHOT_AFTER;
  const { dataDir } = opts;

  await mkdir(dataDir, { recursive: true });
  const lock = await lockDataDir(dataDir);
  let opened;
  try {
    opened = await openStore({ dataDir, terminal });
  } catch (e) {
    await lock.release();
    throw e;
  }
  const { db, log, report } = opened;
  const journal = opened.journal as NonNullable<typeof opened.journal>;
  const projector = new Projector(db);
  projector.catchUp(log);

  const listeners = new Set<(p: Push) => void>();
  let snapshotLsn = report.snapshot?.lsn ?? 0;
  let snapshotQueued = false;
  let closed = false;

  const writer: TillWriter = new TillWriter({
    db,
    log,
    projector,
    journal,
    clock,
    newId,
    terminal,
    session: () => sessionActor(db, terminal),
    lastLsn: report.lastLsn,
    onDurable: (events: Recorded[], lsn: number) => {
      const push: Push = { type: 'ViewsChanged', position: log.lastPosition, streams: [...new Set(events.map((e) => e.stream))] };
      for (const l of listeners) l(push);
      const due = lsn - snapshotLsn >= snapshotAfter.records || journal.bytes >= snapshotAfter.bytes;
      if (due && !snapshotQueued && !closed) {
        snapshotQueued = true;
        void writer.exclusive(takeSnapshot).finally(() => (snapshotQueued = false));
      }
    },
  });

  const integrity = new IntegrityService({
    db,
    log,
    dataDir,
    clock,
    newId,
    slice: (work) => writer.exclusive(work),
    snapshot: report.snapshot,
    record: (command) => till.system(command),
    ...(opts.integrity?.sliceSize !== undefined && { sliceSize: opts.integrity.sliceSize }),
  });
  // The tail is checked before the till takes its first command; what it finds is recorded once the till is up.
  const startupFindings = opts.integrity?.startup === false ? [] : await integrity.checkStartup(report.snapshot?.lsn ?? 0);

  // PINs are checked and taken out of each command here, before it joins the writer's queue.
  const intake = new CommandIntake(new Authorizer(db, clock), writer, opts.commandTime);

  async function takeSnapshot(): Promise<void> {
    const lsn = writer.lsn;
    if (lsn === snapshotLsn) return;
    // What the snapshot must say about itself: the last journal record it holds, and that its read models hold it too.
    setMeta(db, 'last_lsn', String(lsn));
    projector.markCaughtUp(log.lastPosition);
    const bytes = db.export();
    await writeSnapshot(dataDir, lsn, bytes);
    await journal.rotate(lsn + 1);
    snapshotLsn = lsn;
    const oldestKept = await pruneSnapshots(dataDir);
    if (oldestKept) await pruneSegments(dataDir, oldestKept.lsn);
  }

  const info = (): TillInfo => ({
    terminal,
    position: log.lastPosition,
    recovered: {
      droppedBytes: report.droppedTail?.bytes ?? 0,
      reason: report.droppedTail?.reason ?? null,
    },
  });

  async function answer<Q extends Query>(raw: Q, checkAccess: boolean): Promise<Reply<QueryResult<Q>>> {
    try {
      const q = parseQuery(raw) as Q;
      await writer.readable();
      // The log, time travel, integrity checks and reports are the managers' (see query-access.ts).
      if (checkAccess && isManagerQuery(q) && sessionActor(db, terminal)?.role !== 'manager') {
        throw new DocketError('Unauthorized', 'only a signed-in manager may see this');
      }
      if (q.type === 'CheckIntegrity') return { ok: true, value: (await integrity.checkNow()) as QueryResult<Q> };
      return { ok: true, value: runQuery(q, { db, log, info, now: () => clock.now(), integrity }) };
    } catch (e) {
      return { ok: false, error: toErrorShape(e) };
    }
  }

  const till: Till = {
    terminal,
    dataDir,
    openReport: report,
    integrity,
    async command(raw): Promise<Reply<CommandResult>> {
      if (closed) return { ok: false, error: { code: 'IllegalState', message: 'the till is closed' } };
      try {
        return await intake.submit(parseCommand(raw), false);
      } catch (e) {
        return { ok: false, error: toErrorShape(e) };
      }
    },
    async system(command): Promise<Reply<CommandResult>> {
      if (closed) return { ok: false, error: { code: 'IllegalState', message: 'the till is closed' } };
      try {
        if (isCoreOnlyCommand(command)) return await intake.submitPrepared({ command: parseCoreOnlyCommand(command), actor: { kind: 'system' } });
        if (!('pinHash' in command)) return await intake.submit(parseCommand(command), true);
        if (!isPinHash(command.pinHash)) throw new DocketError('Validation', 'a stored PIN must be a scrypt hash');
        return await intake.submitPrepared({ command, actor: { kind: 'system' } });
      } catch (e) {
        return { ok: false, error: toErrorShape(e) };
      }
    },
    query: (raw) => answer(raw, true),
    systemQuery: (raw) => answer(raw, false),
    onPush(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => writer.exclusive(takeSnapshot),
    async rebuildProjections() {
      let n = 0;
      await writer.exclusive(async () => {
        n = projector.rebuild(log);
      });
      return n;
    },
    async verify() {
      await writer.readable();
      return verifyLog(log);
    },
    async close() {
      if (closed) return;
      closed = true;
      await integrity.stop();
      await writer.exclusive(takeSnapshot);
      await journal.close();
      db.close();
      listeners.clear();
      await lock.release();
    },
  };

  if (opts.seedDemoMenu ?? true) {
    await seedDemoMenu(till, db);
    await seedDemoStaff(till, db);
  }
  await integrity.recordAll('startup', startupFindings);
  if (opts.integrity?.background !== false) integrity.startBackground();
  return till;
}

/** UUIDv7s from the till's clock, with random bytes drawn from a pooled buffer (one syscall per 400 ids). */
function randomIds(clock: Clock): IdSource {
  let pool = randomBytes(4000);
  let at = 0;
  return () => {
    if (at + 10 > pool.length) {
      pool = randomBytes(4000);
      at = 0;
    }
    at += 10;
    return uuidv7From(clock.now(), pool.subarray(at - 10, at));
  };
}

/** Seeds the demo menu into a log that has no menu, or finishes a seed a crash cut short. */
async function seedDemoMenu(till: Till, db: SqlDb): Promise<void> {
  const commands = demoMenuCommands();
  const first = commands[0];
  const hasMenu = db.get('SELECT 1 FROM events WHERE stream = ? LIMIT 1', ['menu']) !== undefined;
  const seededByDemo = first !== undefined && db.get('SELECT 1 FROM commands WHERE command_id = ?', [first.commandId]) !== undefined;
  if (hasMenu && !seededByDemo) return;
  const replies = await Promise.all(commands.map((c) => till.system(c)));
  const failed = replies.find((r) => !r.ok);
  if (failed && !failed.ok) throw new DocketError('Internal', `seeding the demo menu failed: ${failed.error.message}`);
}

/**
 * Seeds the demo staff (see seed/demo-staff.ts) into a roster that has
 * nobody, or finishes a seed a crash cut short: without staff nobody could
 * sign in, so this runs for a folder with another menu (an import) too.
 */
async function seedDemoStaff(till: Till, db: SqlDb): Promise<void> {
  const commands = demoStaffCommands();
  const first = commands[0];
  const hasStaff = db.get('SELECT 1 FROM events WHERE stream = ? LIMIT 1', ['staff']) !== undefined;
  const seededByDemo = first !== undefined && db.get('SELECT 1 FROM commands WHERE command_id = ?', [first.commandId]) !== undefined;
  if (hasStaff && !seededByDemo) return;
  const replies = await Promise.all(commands.map((c) => till.system(c)));
  const failed = replies.find((r) => !r.ok);
  if (failed && !failed.ok) throw new DocketError('Internal', `seeding the demo staff failed: ${failed.error.message}`);
}

import type { Recorded } from '../../shared/kernel/recorded';
import { GENESIS_HASH, hashEvent } from './store/hash-chain';
import type { EventLog } from './store/event-log';
import { openStore, type OpenReport } from './store/open-store';

export interface BadEvent {
  position: number;
  id: string;
  stream: string;
  reason: string;
}

export interface VerifyReport {
  ok: boolean;
  events: number;
  terminals: Record<string, { seq: number; head: string }>;
  /** A torn tail left by a crash: never acknowledged, reported, not damage. */
  droppedTail: OpenReport['droppedTail'];
  unreadableSnapshots: OpenReport['unreadableSnapshots'];
  firstBad: BadEvent | null;
  /** Damage found before any event could be read (journal or snapshot). */
  damage: string | null;
}

/**
 * Walks the whole log in position order and checks, for every event, that it
 * continues its terminal's sequence and hash chain and its stream's versions.
 * The first event that does not is named; nothing after it is trusted.
 */
export function verifyLog(log: EventLog): Pick<VerifyReport, 'events' | 'terminals' | 'firstBad'> {
  const heads = new Map<string, { seq: number; head: string }>();
  const versions = new Map<string, number>();
  let events = 0;
  let expectedPosition = 1;
  let firstBad: BadEvent | null = null;
  const fail = (r: Recorded, reason: string): void => {
    firstBad ??= { position: r.position, id: r.id, stream: r.stream, reason };
  };
  log.forEach(0, (r) => {
    if (firstBad) return;
    events += 1;
    const head = heads.get(r.meta.terminal) ?? { seq: 0, head: GENESIS_HASH };
    if (r.position !== expectedPosition) return fail(r, `position ${r.position} where ${expectedPosition} was expected`);
    if (r.meta.seq !== head.seq + 1) return fail(r, `terminal ${r.meta.terminal} sequence ${r.meta.seq} after ${head.seq}`);
    if (r.version !== (versions.get(r.stream) ?? 0) + 1) return fail(r, `stream version ${r.version} out of order`);
    if (hashEvent(head.head, r) !== r.hash) return fail(r, 'hash does not match its content and the chain before it');
    heads.set(r.meta.terminal, { seq: r.meta.seq, head: r.hash });
    versions.set(r.stream, r.version);
    expectedPosition += 1;
  });
  return { events, terminals: Object.fromEntries(heads), firstBad };
}

/** Opens a data folder read-only (changing nothing) and verifies journal, snapshot and chains. */
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
      damage: e instanceof Error ? e.message : String(e),
    };
  }
  try {
    const chain = verifyLog(opened.log);
    const { report } = opened;
    return {
      ...chain,
      ok: chain.firstBad === null && report.unreadableSnapshots.length === 0,
      droppedTail: report.droppedTail,
      unreadableSnapshots: report.unreadableSnapshots,
      damage: null,
    };
  } finally {
    opened.db.close();
  }
}

import type { DomainEvent } from '../../../shared/domain/decider';
import { diffStates, type StateDiff } from '../../../shared/history/state-diff';
import { DocketError } from '../../../shared/kernel/errors';
import type { Recorded } from '../../../shared/kernel/recorded';
import { EVENT_COLUMNS, rowToRecorded } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import { aggregateOf, type AggregateKind } from './stream-aggregates';

/**
 * Time travel: a stream's state as it was at a position of the log, folded
 * from its events with its aggregate's own evolve, and what the last of those
 * events changed (the diff from the state just before it).
 */
export interface StreamStateAt {
  stream: string;
  kind: AggregateKind;
  /** Events folded: the stream's version at that point (0: the stream did not exist yet). */
  version: number;
  /** The log position asked about (the log's end when none was given). */
  atPosition: number;
  /** When the last folded event was recorded (device clock); null before the stream's first event. */
  at: string | null;
  state: unknown;
  /** The last event folded, whose changes `diff` lists; null before the stream's first event. */
  event: Recorded | null;
  diff: StateDiff;
}


/** A stream's events up to a log position, in stream order. Uses the (stream, version) index. */
export function readStreamUpTo(db: SqlDb, stream: string, position: number): Recorded[] {
  return db.rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND position <= ? ORDER BY version`, [stream, position]).map(rowToRecorded);
}

export function lastPosition(db: SqlDb): number {
  return Number(db.get<{ p: number }>('SELECT coalesce(max(position), 0) AS p FROM events')?.p ?? 0);
}

/** The log position of the last event recorded at or before an instant (device clocks, ISO text). */
export function positionAtTime(db: SqlDb, iso: string): number {
  return Number(db.get<{ p: number }>('SELECT coalesce(max(position), 0) AS p FROM events WHERE at <= ?', [iso])?.p ?? 0);
}

export function stateAt(db: SqlDb, stream: string, atPosition?: number): StreamStateAt {
  const agg = aggregateOf(stream);
  if (!agg) throw new DocketError('Validation', `${stream} is not a stream of a known aggregate (order-…, shift-…, terminal-…, floor, menu, staff, restaurant)`, { stream });
  const position = atPosition ?? lastPosition(db);
  const events = readStreamUpTo(db, stream, position);
  if (events.length === 0 && db.get('SELECT 1 FROM events WHERE stream = ? LIMIT 1', [stream]) === undefined) {
    throw new DocketError('NotFound', `no events in stream ${stream}`, { stream });
  }
  let before = agg.initial();
  let state = before;
  for (const [i, e] of events.entries()) {
    if (i === events.length - 1) before = state;
    try {
      state = agg.evolve(state, e as unknown as DomainEvent);
    } catch (err) {
      // An event type this version of Docket does not know (written by a newer till): say which.
      throw new DocketError('Internal', `cannot fold ${e.type} at position ${e.position}: ${err instanceof Error ? err.message : String(err)}`, {
        stream,
        position: e.position,
      });
    }
  }
  const event = events.at(-1) ?? null;
  return {
    stream,
    kind: agg.kind,
    version: event?.version ?? 0,
    atPosition: position,
    at: event?.meta.at ?? null,
    state,
    event,
    diff: event ? diffStates(before, state) : { changes: [], truncated: false },
  };
}

import { DocketError } from '../../../shared/kernel/errors';
import type { EventMeta, Recorded } from '../../../shared/kernel/recorded';
import type { IdSource } from '../../../shared/kernel/ids';
import { GENESIS_HASH, hashEvent } from './hash-chain';
import type { SqlDb } from './sql-db';

export interface NewEvent {
  type: string;
  data: unknown;
  /** Payload schema version; 1 until a type's payload changes shape. */
  schema?: number;
}

/** The per-command part of the metadata; the log adds terminal, seq and the hash. */
export type AppendMeta = Omit<EventMeta, 'terminal' | 'seq'>;

/** `'any'` skips the optimistic concurrency check (used where the caller holds the only writer). */
export type ExpectedVersion = number | 'any';

interface ChainHead {
  seq: number;
  hash: string;
}

/** A point to return to when a command is rolled back. */
export interface LogMark {
  position: number;
  head: ChainHead;
}

/** The events table's columns in the order rowToRecorded reads them: every SELECT of whole events names them so. */
export const EVENT_COLUMNS = 'position, id, stream, version, type, schema, data, meta, hash';

type EventRow = [number, string, string, number, string, number, string, string, string];

export function rowToRecorded(row: readonly unknown[]): Recorded {
  const [position, id, stream, version, type, schema, data, meta, hash] = row as EventRow;
  return { position, id, stream, version, type, schema, data: JSON.parse(data), meta: JSON.parse(meta), hash };
}

/**
 * The events table: appends with per-stream optimistic concurrency, global
 * positions, per-terminal sequence numbers and hash chain. It only touches
 * the database; durability is the journal's job (see ../till-writer.ts).
 */
export class EventLog {
  private position: number;
  private head: ChainHead;

  constructor(
    private readonly db: SqlDb,
    readonly terminal: string,
  ) {
    this.position = Number(db.get<{ p: number }>('SELECT coalesce(max(position), 0) AS p FROM events')?.p ?? 0);
    this.head = this.readHead(terminal);
  }

  get lastPosition(): number {
    return this.position;
  }

  get chainHead(): Readonly<ChainHead> {
    return this.head;
  }

  private readHead(terminal: string): ChainHead {
    const row = this.db.get<{ seq: number; hash: string }>(
      'SELECT seq, hash FROM events WHERE terminal = ? ORDER BY seq DESC LIMIT 1',
      [terminal],
    );
    return row ? { seq: row.seq, hash: row.hash } : { seq: 0, hash: GENESIS_HASH };
  }

  /** Reads the table even mid-transaction: sql.js's one connection sees its own uncommitted rows. */
  streamVersion(stream: string): number {
    const row = this.db.get<{ v: number }>('SELECT coalesce(max(version), 0) AS v FROM events WHERE stream = ?', [stream]);
    return Number(row?.v ?? 0);
  }

  mark(): LogMark {
    return { position: this.position, head: { ...this.head } };
  }

  restore(mark: LogMark): void {
    this.position = mark.position;
    this.head = mark.head;
  }

  /** Re-reads position and chain head from the table, after a rolled-back transaction. */
  reload(): void {
    this.position = Number(this.db.get<{ p: number }>('SELECT coalesce(max(position), 0) AS p FROM events')?.p ?? 0);
    this.head = this.readHead(this.terminal);
  }

  /**
   * Appends events to one stream. The version check comes before any write,
   * so a refused append leaves nothing behind, not even a version bump.
   */
  append(stream: string, expected: ExpectedVersion, events: readonly NewEvent[], meta: AppendMeta, newId: IdSource): Recorded[] {
    const current = this.streamVersion(stream);
    if (expected !== 'any' && expected !== current) {
      throw new DocketError('Concurrency', `${stream} is at version ${current}, not ${expected}: reload and try again`, {
        stream,
        expected,
        actual: current,
      });
    }
    const out: Recorded[] = [];
    let version = current;
    for (const e of events) {
      version += 1;
      const seq = this.head.seq + 1;
      const fullMeta: EventMeta = { ...meta, terminal: this.terminal, seq };
      const base = { id: newId(), stream, version, type: e.type, schema: e.schema ?? 1, data: e.data, meta: fullMeta };
      const hash = hashEvent(this.head.hash, base);
      const recorded: Recorded = { ...base, position: this.position + 1, hash };
      this.insertRow(recorded);
      this.position = recorded.position;
      this.head = { seq, hash };
      out.push(recorded);
    }
    return out;
  }

  /**
   * Inserts an event exactly as recorded (journal replay). Checks that it
   * continues the log and its terminal's chain: a gap or a broken link stops the open.
   */
  insertRecorded(r: Recorded): void {
    if (r.position !== this.position + 1) {
      throw new DocketError('Internal', `journal replay: expected position ${this.position + 1}, found ${r.position}`);
    }
    const head = r.meta.terminal === this.terminal ? this.head : this.readHead(r.meta.terminal);
    if (r.meta.seq !== head.seq + 1 || hashEvent(head.hash, r) !== r.hash) {
      throw new DocketError('Internal', `journal replay: event ${r.id} at position ${r.position} does not continue its hash chain`);
    }
    this.insertRow(r);
    this.position = r.position;
    if (r.meta.terminal === this.terminal) this.head = { seq: r.meta.seq, hash: r.hash };
  }

  private insertRow(r: Recorded): void {
    this.db.run(
      `INSERT INTO events(${EVENT_COLUMNS}, terminal, seq, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [r.position, r.id, r.stream, r.version, r.type, r.schema, JSON.stringify(r.data), JSON.stringify(r.meta), r.hash, r.meta.terminal, r.meta.seq, r.meta.at],
    );
  }

  readStream(stream: string, fromVersion = 1): Recorded[] {
    return this.db
      .rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND version >= ? ORDER BY version`, [stream, fromVersion])
      .map(rowToRecorded);
  }

  readAfter(afterPosition: number, limit: number, stream?: string): Recorded[] {
    const rows =
      stream === undefined
        ? this.db.rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`, [afterPosition, limit])
        : this.db.rows(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream = ? AND position > ? ORDER BY position LIMIT ?`, [
            stream,
            afterPosition,
            limit,
          ]);
    return rows.map(rowToRecorded);
  }

  /** Streams every event from `afterPosition` on, in order, without holding them all in memory. */
  forEach(afterPosition: number, fn: (r: Recorded) => void): void {
    this.db.each(`SELECT ${EVENT_COLUMNS} FROM events WHERE position > ? ORDER BY position`, [afterPosition], (row) =>
      fn(rowToRecorded(row)),
    );
  }
}

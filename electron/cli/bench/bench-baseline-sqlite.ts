import { createRequire } from 'node:module';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { EventMeta } from '../../../shared/kernel/recorded';
import { GENESIS_HASH, hashEvent } from '../../core/store/hash-chain';
import { EVENTS_DDL } from '../../core/store/schema';
import { newId } from './bench-kit';
import type { WorkItem } from './order-workload';

/**
 * The yardstick for `append.single`: the obvious way to build an event store
 * on a file-backed SQLite, i.e. better-sqlite3 in WAL mode with
 * synchronous=FULL (every commit fsyncs the WAL), one transaction per
 * command. Each append does what Docket's log does for an event: read the
 * stream version (optimistic concurrency), build the metadata, chain the
 * sha256 hash over the canonical JSON (the same `hashEvent`), insert a row of
 * the same shape into a table with the same unique indexes.
 *
 * It does less than the till: no command parsing, no decide, no read models,
 * no idempotency table. That is deliberate: it is what the till must at
 * least keep up with for the sql.js + journal design to pay off.
 */

type DatabaseCtor = typeof BetterSqlite3;

/** better-sqlite3 is a dev dependency: load it lazily so a production CLI without it still runs the other benches. */
export function loadBetterSqlite3(): DatabaseCtor | undefined {
  try {
    return createRequire(import.meta.url)('better-sqlite3') as DatabaseCtor;
  } catch {
    return undefined;
  }
}

export class BaselineStore {
  private readonly db: BetterSqlite3.Database;
  private readonly appendTx: (item: WorkItem, expected: number) => void;
  /** What the client last saw of each stream: sent as the expected version, like a till screen would. */
  private readonly versions = new Map<string, number>();
  private position = 0;
  private head = { seq: 0, hash: GENESIS_HASH };

  constructor(Database: DatabaseCtor, dir: string, private readonly terminal = 'T1') {
    this.db = new Database(path.join(dir, 'baseline.db'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(EVENTS_DDL);
    const version = this.db.prepare<[string], { v: number }>('SELECT coalesce(max(version), 0) AS v FROM events WHERE stream = ?');
    const insert = this.db.prepare(
      'INSERT INTO events(position, id, stream, version, type, schema, data, meta, terminal, seq, at, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.appendTx = this.db.transaction((item: WorkItem, expected: number) => {
      const { stream, type, data } = item.event;
      const current = (version.get(stream) as { v: number }).v;
      if (current !== expected) throw new Error(`${stream} is at version ${current}, not ${expected}`);
      const at = new Date().toISOString();
      const seq = this.head.seq + 1;
      const meta: EventMeta = { at, command: item.command.commandId, terminal: this.terminal, seq };
      const base = { id: newId(), stream, version: current + 1, type, schema: 1, data, meta };
      const hash = hashEvent(this.head.hash, base);
      insert.run(this.position + 1, base.id, stream, base.version, type, 1, JSON.stringify(data), JSON.stringify(meta), this.terminal, seq, at, hash);
      this.position += 1;
      this.head = { seq, hash };
    });
  }

  /** One durable transaction: returns once SQLite has committed (and fsynced) it. */
  append(item: WorkItem): void {
    const expected = this.versions.get(item.event.stream) ?? 0;
    this.appendTx(item, expected);
    this.versions.set(item.event.stream, expected + 1);
  }

  close(): void {
    this.db.close();
  }
}

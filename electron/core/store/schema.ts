import type { SqlDb } from './sql-db';

/**
 * The store's own tables. Projections keep their tables in the same database
 * (see ../projections) so that an append and its read models change in one
 * transaction.
 */
export const STORE_SCHEMA_VERSION = 1;

/** The events table and its indexes; the better-sqlite3 baseline benchmark builds the same. */
export const EVENTS_DDL = `
CREATE TABLE IF NOT EXISTS events (
  position INTEGER PRIMARY KEY,
  id       TEXT NOT NULL UNIQUE,
  stream   TEXT NOT NULL,
  version  INTEGER NOT NULL,
  type     TEXT NOT NULL,
  schema   INTEGER NOT NULL,
  data     TEXT NOT NULL,
  meta     TEXT NOT NULL,
  terminal TEXT NOT NULL,
  seq      INTEGER NOT NULL,
  at       TEXT NOT NULL,
  hash     TEXT NOT NULL,
  UNIQUE (stream, version),
  UNIQUE (terminal, seq)
);
CREATE INDEX IF NOT EXISTS events_type_at ON events(type, at);
CREATE INDEX IF NOT EXISTS events_at ON events(at);
`;

/**
 * Indexes added after databases already existed: a snapshot from before
 * them gets them when it is opened (and keeps them from its next snapshot
 * on). events_at drives history filters on a time range ("what happened on
 * Friday", "what Ana did yesterday"): without it such a filter walks the
 * whole log (~0.3-0.7 s for a million events); with it, a day takes a few ms.
 */
export const STORE_INDEXES_DDL = 'CREATE INDEX IF NOT EXISTS events_at ON events(at);';

export function ensureStoreIndexes(db: SqlDb): void {
  db.exec(STORE_INDEXES_DDL);
}

const DDL = `${EVENTS_DDL}
CREATE TABLE IF NOT EXISTS commands (
  command_id TEXT PRIMARY KEY,
  lsn        INTEGER NOT NULL,
  result     TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS store_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS checkpoints (
  projection TEXT PRIMARY KEY,
  position   INTEGER NOT NULL
) WITHOUT ROWID;
`;

export function createStoreSchema(db: SqlDb): void {
  db.exec(DDL);
  db.run(`INSERT OR IGNORE INTO store_meta(key, value) VALUES ('schema_version', ?)`, [String(STORE_SCHEMA_VERSION)]);
  db.run(`INSERT OR IGNORE INTO store_meta(key, value) VALUES ('last_lsn', '0')`);
}

export function getMeta(db: SqlDb, key: string): string | undefined {
  const row = db.get<{ value: string }>('SELECT value FROM store_meta WHERE key = ?', [key]);
  return row?.value;
}

export function setMeta(db: SqlDb, key: string, value: string): void {
  db.run('INSERT INTO store_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, value]);
}

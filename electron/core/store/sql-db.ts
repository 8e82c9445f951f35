import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs, { type BindParams, type Database, type SqlJsStatic, type SqlValue, type Statement } from 'sql.js';

let sqlJs: Promise<SqlJsStatic> | undefined;

/** Loads the sql.js WebAssembly module once per process. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  if (!sqlJs) {
    const require = createRequire(import.meta.url);
    const wasmBinary = readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));
    sqlJs = initSqlJs({ wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) as ArrayBuffer });
  }
  return sqlJs;
}

export type Row = Record<string, SqlValue>;

/**
 * A thin wrapper over a sql.js Database that caches prepared statements by
 * their SQL text: the hot paths run the same few statements thousands of times.
 */
export class SqlDb {
  private readonly statements = new Map<string, Statement>();
  constructor(readonly raw: Database) {
    // sql.js keeps the database as a file in Emscripten's in-memory file system,
    // and by default SQLite treats it like a disk: every transaction creates,
    // fills and deletes a rollback-journal file there, and checks the file's
    // header for changes by other processes. None of that protects anything
    // here (the journal in ../store is what makes commands durable), and it
    // cost about a third of a command's CPU time. The rollback journal stays
    // (in memory), so ROLLBACK and savepoints work as before.
    raw.exec('PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = MEMORY;');
  }

  private prepare(sql: string): Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.raw.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  run(sql: string, params?: BindParams): void {
    const st = this.prepare(sql);
    try {
      st.run(params);
    } finally {
      st.reset();
    }
  }

  get<T extends Row = Row>(sql: string, params?: BindParams): T | undefined {
    const st = this.prepare(sql);
    try {
      if (params !== undefined) st.bind(params);
      return st.step() ? (st.getAsObject() as T) : undefined;
    } finally {
      st.reset();
    }
  }

  all<T extends Row = Row>(sql: string, params?: BindParams): T[] {
    const st = this.prepare(sql);
    const out: T[] = [];
    try {
      if (params !== undefined) st.bind(params);
      while (st.step()) out.push(st.getAsObject() as T);
    } finally {
      st.reset();
    }
    return out;
  }

  /** Rows as arrays in column order: cheaper than objects on hot paths. */
  rows(sql: string, params?: BindParams): SqlValue[][] {
    const st = this.prepare(sql);
    const out: SqlValue[][] = [];
    try {
      if (params !== undefined) st.bind(params);
      while (st.step()) out.push(st.get());
    } finally {
      st.reset();
    }
    return out;
  }

  /** Calls `fn` for each row without building an array: for replays over the whole log. */
  each(sql: string, params: BindParams | undefined, fn: (row: SqlValue[]) => void): void {
    const st = this.raw.prepare(sql);
    try {
      if (params !== undefined) st.bind(params);
      while (st.step()) fn(st.get());
    } finally {
      st.free();
    }
  }

  exec(sql: string): void {
    this.raw.exec(sql);
  }

  export(): Uint8Array {
    return this.raw.export();
  }

  close(): void {
    for (const st of this.statements.values()) st.free();
    this.statements.clear();
    this.raw.close();
  }
}

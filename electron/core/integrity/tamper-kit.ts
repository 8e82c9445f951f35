import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import { JOURNAL_DIR } from '../store/journal-files';
import { encodeRecord, scanJournal } from '../store/journal-format';
import { isJournalPayload, type JournalPayload } from '../store/journal-record';

/**
 * Tampering as an outsider would do it, on a closed data folder, for the
 * integrity tests (vitest and e2e): an event changed in a snapshot with a
 * real SQLite (better-sqlite3, not the till's sql.js), a byte flipped in a
 * journal record on disk.
 */

/** The newest snapshot file of a folder. */
export async function newestSnapshot(dataDir: string): Promise<string> {
  const names = (await readdir(dataDir)).filter((n) => /^snapshot-\d{12}\.db$/.test(n)).sort();
  const newest = names.at(-1);
  if (!newest) throw new Error(`no snapshot in ${dataDir}`);
  return path.join(dataDir, newest);
}

/** Changes one stored event's data in the newest snapshot (its hash left as it was); returns its id and type. */
export async function tamperSnapshotEvent(dataDir: string, position: number): Promise<{ id: string; type: string; stream: string }> {
  const db = new Database(await newestSnapshot(dataDir));
  try {
    const row = db.prepare('SELECT id, type, stream, data FROM events WHERE position = ?').get(position) as
      | { id: string; type: string; stream: string; data: string }
      | undefined;
    if (!row) throw new Error(`no event at position ${position}`);
    const data = JSON.parse(row.data) as Record<string, unknown>;
    db.prepare('UPDATE events SET data = ? WHERE position = ?').run(JSON.stringify({ ...data, tampered: true }), position);
    return { id: row.id, type: row.type, stream: row.stream };
  } finally {
    db.close();
  }
}

export interface JournalRecordAt {
  file: string;
  offset: number;
  length: number;
  payload: JournalPayload;
}

/** Every intact record of every journal segment, oldest first. */
export async function journalRecords(dataDir: string): Promise<JournalRecordAt[]> {
  const dir = path.join(dataDir, JOURNAL_DIR);
  const out: JournalRecordAt[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const file = path.join(dir, name);
    for (const r of scanJournal(await readFile(file)).records) {
      if (isJournalPayload(r.payload)) out.push({ file, offset: r.offset, length: r.length, payload: r.payload });
    }
  }
  return out;
}

/** The record holding the event at `position`. */
export async function recordOf(dataDir: string, position: number): Promise<JournalRecordAt> {
  const rec = (await journalRecords(dataDir)).find((r) => r.payload.events.some((e) => e.position === position));
  if (!rec) throw new Error(`no journal record holds position ${position}`);
  return rec;
}

/**
 * Flips one bit of a record: in its payload (`where: 'body'`, inside the first
 * event's id, so the JSON still parses and names its events) or in its length
 * field (`'length'`, so nothing of it can be read).
 */
export async function flipRecordByte(rec: JournalRecordAt, where: 'body' | 'length'): Promise<number> {
  const bytes = await readFile(rec.file);
  let at = rec.offset + 5;
  if (where === 'body') {
    const body = bytes.subarray(rec.offset + 12, rec.offset + 12 + rec.length).toString('latin1');
    const id = rec.payload.events[0]?.id ?? '';
    at = rec.offset + 12 + body.indexOf(`"id":"${id}"`) + 8;
  }
  bytes[at] = (bytes[at] as number) ^ 0x01;
  await writeFile(rec.file, bytes);
  return at;
}

/**
 * Rewrites one record with a valid checksum after changing its payload: what
 * someone who knows the format would do. Its segment is written again whole.
 */
export async function rewriteRecord(rec: JournalRecordAt, change: (p: JournalPayload) => void): Promise<void> {
  const records = scanJournal(await readFile(rec.file)).records.map((r) => {
    const payload = r.payload as JournalPayload;
    if (r.offset === rec.offset) change(payload);
    return encodeRecord(payload);
  });
  await writeFile(rec.file, Buffer.concat(records));
}

/** Takes one record out of its segment (the others rewritten as they were): a gap in the record numbers. */
export async function dropRecord(rec: JournalRecordAt): Promise<void> {
  const kept = scanJournal(await readFile(rec.file)).records.filter((r) => r.offset !== rec.offset);
  await writeFile(rec.file, Buffer.concat(kept.map((r) => encodeRecord(r.payload as JournalPayload))));
}

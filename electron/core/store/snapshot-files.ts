import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './durable-fs';

/**
 * Snapshots are whole exported databases named by the last journal record
 * they hold. The newest two are kept: if the newest cannot be read, the one
 * before it and the journal after it still rebuild everything.
 */
export interface SnapshotFile {
  file: string;
  lsn: number;
}

const SNAPSHOT_RE = /^snapshot-(\d{12})\.db$/;
export const KEEP_SNAPSHOTS = 2;

export async function listSnapshots(dataDir: string): Promise<SnapshotFile[]> {
  let names: string[];
  try {
    names = await fsp.readdir(dataDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return names
    .map((n) => SNAPSHOT_RE.exec(n))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: path.join(dataDir, m[0]), lsn: Number(m[1]) }))
    .sort((a, b) => b.lsn - a.lsn);
}

export async function writeSnapshot(dataDir: string, lsn: number, bytes: Uint8Array): Promise<SnapshotFile> {
  const file = path.join(dataDir, `snapshot-${String(lsn).padStart(12, '0')}.db`);
  await writeFileAtomic(file, bytes);
  return { file, lsn };
}

/**
 * Removes all but the newest KEEP_SNAPSHOTS. Returns the oldest one kept once
 * there are that many: the journal before it is no longer needed. With fewer,
 * returns undefined, and the whole journal stays as the fallback.
 */
export async function pruneSnapshots(dataDir: string): Promise<SnapshotFile | undefined> {
  const snaps = await listSnapshots(dataDir);
  for (const old of snaps.slice(KEEP_SNAPSHOTS)) await fsp.rm(old.file, { force: true });
  return snaps.length >= KEEP_SNAPSHOTS ? snaps[KEEP_SNAPSHOTS - 1] : undefined;
}

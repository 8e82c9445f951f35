import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { fsyncDir } from './durable-fs';
import { scanJournal, type ScanResult } from './journal-format';

/**
 * The journal is a folder of append-only segment files named by the first
 * record number (LSN) they hold. A new segment starts after each snapshot,
 * so old segments can be dropped once two snapshots cover them.
 */
export const JOURNAL_DIR = 'journal';

export interface Segment {
  file: string;
  startLsn: number;
}

const SEGMENT_RE = /^(\d{12})\.log$/;
export const segmentName = (startLsn: number): string => `${String(startLsn).padStart(12, '0')}.log`;

export async function listSegments(dataDir: string): Promise<Segment[]> {
  const dir = path.join(dataDir, JOURNAL_DIR);
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return names
    .map((n) => SEGMENT_RE.exec(n))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: path.join(dir, m[0]), startLsn: Number(m[1]) }))
    .sort((a, b) => a.startLsn - b.startLsn);
}

export async function scanSegment(seg: Segment): Promise<ScanResult> {
  return scanJournal(await fsp.readFile(seg.file));
}

/**
 * Appends records to the newest segment. One `append` call is one write and
 * one fdatasync, however many records it carries: that is the group commit.
 */
export class JournalWriter {
  private constructor(
    private fd: fsp.FileHandle,
    private size: number,
    private readonly dir: string,
  ) {}

  /** Opens the segment for appending, first cutting it back to `validBytes` (a dropped torn tail). */
  static async open(dataDir: string, segment: Segment | undefined, nextLsn: number, validBytes?: number): Promise<JournalWriter> {
    const dir = path.join(dataDir, JOURNAL_DIR);
    await fsp.mkdir(dir, { recursive: true });
    const file = segment?.file ?? path.join(dir, segmentName(nextLsn));
    const fd = await fsp.open(file, 'a+');
    const { size } = await fd.stat();
    if (validBytes !== undefined && validBytes < size) {
      await fd.truncate(validBytes);
      await fd.sync();
    }
    if (!segment) await fsyncDir(dir);
    return new JournalWriter(fd, Math.min(size, validBytes ?? size), dir);
  }

  get bytes(): number {
    return this.size;
  }

  async append(records: Buffer[]): Promise<void> {
    const buf = records.length === 1 ? (records[0] as Buffer) : Buffer.concat(records);
    const before = this.size;
    try {
      let written = 0;
      while (written < buf.length) {
        const { bytesWritten } = await this.fd.write(buf, written, buf.length - written, before + written);
        written += bytesWritten;
      }
      await this.fd.datasync();
      this.size = before + buf.length;
    } catch (e) {
      // Leave no half record behind for the next append to follow.
      await this.fd.truncate(before).catch(() => undefined);
      throw e;
    }
  }

  /** Starts a new segment whose first record will be `nextLsn`. */
  async rotate(nextLsn: number): Promise<void> {
    const file = path.join(this.dir, segmentName(nextLsn));
    const fd = await fsp.open(file, 'a+');
    await fsyncDir(this.dir);
    await this.fd.close();
    this.fd = fd;
    this.size = 0;
  }

  async close(): Promise<void> {
    await this.fd.close();
  }
}

/** Deletes the segments whose every record is at or below `coveredLsn`. */
export async function pruneSegments(dataDir: string, coveredLsn: number): Promise<void> {
  const segs = await listSegments(dataDir);
  for (let i = 0; i < segs.length - 1; i++) {
    const next = segs[i + 1] as Segment;
    if (next.startLsn - 1 <= coveredLsn) await fsp.rm((segs[i] as Segment).file);
  }
}

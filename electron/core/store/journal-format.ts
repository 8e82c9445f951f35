import { crc32 } from 'node:zlib';

/**
 * One journal record per command: a 4-byte magic that lets a reader find the
 * next record after damage, the payload length, a CRC-32 over length and
 * payload, then the payload (UTF-8 JSON).
 *
 *   magic "DKJ1" | u32 length | u32 crc32(length ‖ payload) | payload
 */
const MAGIC = Buffer.from('DKJ1', 'ascii');
export const HEADER_BYTES = 12;
/** A record larger than this is certainly a damaged length field. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export function encodeRecord(payload: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(body.length, 4);
  header.writeUInt32LE(crc32(body, crc32(header.subarray(4, 8))), 8);
  return Buffer.concat([header, body]);
}

export interface ScannedRecord {
  offset: number;
  length: number;
  payload: unknown;
}

export interface ScanResult {
  records: ScannedRecord[];
  /** Bytes from the start that hold whole, valid records. */
  validBytes: number;
  /** A damaged or half-written last record: never acknowledged, safe to drop. */
  tornTail: { offset: number; bytes: number; reason: string } | null;
  /** A damaged record with intact records after it: real damage, never skipped. */
  corruption: { offset: number; reason: string } | null;
}

export type Attempt = { ok: true; record: ScannedRecord; next: number } | { ok: false; reason: string };

export function tryRecordAt(buf: Buffer, offset: number): Attempt {
  if (buf.length - offset < HEADER_BYTES) return { ok: false, reason: 'cut short inside a record header' };
  if (!buf.subarray(offset, offset + 4).equals(MAGIC)) return { ok: false, reason: 'no record marker' };
  const length = buf.readUInt32LE(offset + 4);
  if (length === 0 || length > MAX_RECORD_BYTES) return { ok: false, reason: `impossible record length ${length}` };
  const end = offset + HEADER_BYTES + length;
  if (end > buf.length) return { ok: false, reason: 'cut short inside a record' };
  const body = buf.subarray(offset + HEADER_BYTES, end);
  const expected = buf.readUInt32LE(offset + 8);
  if (crc32(body, crc32(buf.subarray(offset + 4, offset + 8))) !== expected) {
    return { ok: false, reason: 'checksum mismatch' };
  }
  try {
    return { ok: true, record: { offset, length, payload: JSON.parse(body.toString('utf8')) }, next: end };
  } catch {
    return { ok: false, reason: 'checksum matches but the payload is not JSON' };
  }
}

/** Is there any intact record at or after `from`? Decides torn tail versus damage in the middle. */
export function findIntactRecordAfter(buf: Buffer, from: number): number | null {
  for (let at = buf.indexOf(MAGIC, from); at !== -1; at = buf.indexOf(MAGIC, at + 1)) {
    if (tryRecordAt(buf, at).ok) return at;
  }
  return null;
}

/**
 * The payload of a record whose checksum fails, when its length and JSON are
 * still readable: it names the events the damaged record held. Never replayed.
 */
export function salvagePayload(buf: Buffer, offset: number): unknown {
  if (buf.length - offset < HEADER_BYTES) return undefined;
  const length = buf.readUInt32LE(offset + 4);
  if (length === 0 || length > MAX_RECORD_BYTES || offset + HEADER_BYTES + length > buf.length) return undefined;
  try {
    return JSON.parse(buf.subarray(offset + HEADER_BYTES, offset + HEADER_BYTES + length).toString('utf8'));
  } catch {
    return undefined;
  }
}

export function scanJournal(buf: Buffer): ScanResult {
  const records: ScannedRecord[] = [];
  let offset = 0;
  while (offset < buf.length) {
    const attempt = tryRecordAt(buf, offset);
    if (attempt.ok) {
      records.push(attempt.record);
      offset = attempt.next;
      continue;
    }
    const later = findIntactRecordAfter(buf, offset + 1);
    if (later !== null) {
      return { records, validBytes: offset, tornTail: null, corruption: { offset, reason: attempt.reason } };
    }
    return {
      records,
      validBytes: offset,
      tornTail: { offset, bytes: buf.length - offset, reason: attempt.reason },
      corruption: null,
    };
  }
  return { records, validBytes: offset, tornTail: null, corruption: null };
}

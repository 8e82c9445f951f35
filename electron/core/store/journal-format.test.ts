import { describe, expect, it } from 'vitest';
import { encodeRecord, HEADER_BYTES, scanJournal } from './journal-format';

const flip = (buf: Buffer, at: number, mask: number): void => {
  buf[at] = (buf[at] as number) ^ mask;
};

const records = [1, 2, 3].map((lsn) => encodeRecord({ lsn, events: [{ type: 'X', data: 'a'.repeat(lsn * 10) }] }));
const file = Buffer.concat(records);
const offsets = records.map((_, i) => records.slice(0, i).reduce((n, r) => n + r.length, 0));

describe('scanJournal', () => {
  it('reads back every record it wrote', () => {
    const scan = scanJournal(file);
    expect(scan.records.map((r) => (r.payload as { lsn: number }).lsn)).toEqual([1, 2, 3]);
    expect(scan).toMatchObject({ validBytes: file.length, tornTail: null, corruption: null });
  });

  it('treats a last record cut at any byte as a torn tail, keeping the ones before', () => {
    const last = offsets[2] as number;
    for (let cut = last + 1; cut < file.length; cut++) {
      const scan = scanJournal(file.subarray(0, cut));
      expect(scan.records).toHaveLength(2);
      expect(scan.corruption).toBeNull();
      expect(scan.tornTail).toMatchObject({ offset: last, bytes: cut - last });
    }
  });

  it('treats a corrupted last record as a torn tail', () => {
    const damaged = Buffer.from(file);
    flip(damaged, file.length - 3, 0xff);
    const scan = scanJournal(damaged);
    expect(scan.records).toHaveLength(2);
    expect(scan.tornTail).toMatchObject({ offset: offsets[2], reason: 'checksum mismatch' });
  });

  it('treats zeros after the last record (a pre-extended file after power loss) as a torn tail', () => {
    const scan = scanJournal(Buffer.concat([file, Buffer.alloc(4096)]));
    expect(scan.records).toHaveLength(3);
    expect(scan.tornTail).toMatchObject({ offset: file.length, bytes: 4096 });
    expect(scan.corruption).toBeNull();
  });

  it('reports a corrupted record in the middle as corruption, never skipping it', () => {
    for (const at of [offsets[1] as number, (offsets[1] as number) + 5, (offsets[1] as number) + HEADER_BYTES + 2]) {
      const damaged = Buffer.from(file);
      flip(damaged, at, 0x5a);
      const scan = scanJournal(damaged);
      expect(scan.records).toHaveLength(1);
      expect(scan.tornTail).toBeNull();
      expect(scan.corruption).toMatchObject({ offset: offsets[1] });
    }
  });
});

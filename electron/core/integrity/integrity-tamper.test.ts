import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IntegrityFinding } from '../../../shared/contract/integrity-commands';
import { openTill, type Till } from '../open-till';
import { JOURNAL_DIR } from '../store/journal-files';
import { crashedFolderWithOneSale, openSignedInTill, sellOrder, tempDir, unwrap } from '../test-support/fixtures';
import { verifyDataDir } from '../verify';
import { flipRecordByte, journalRecords, recordOf, rewriteRecord, tamperSnapshotEvent } from './tamper-kit';

/**
 * A folder as a till leaves it after two clean closes: a snapshot of each,
 * and a retained journal segment holding the second session's records — the
 * ones the newest snapshot holds too. Returns the positions of an ItemAdded
 * from each session.
 */
async function folderAfterTwoCleanCloses(): Promise<{ dataDir: string; early: number; late: number }> {
  const dataDir = await tempDir();
  const first = await openSignedInTill({ dataDir });
  const a = await sellOrder(first);
  await first.close();
  const second = await openSignedInTill({ dataDir });
  const b = await sellOrder(second);
  const itemAdded = async (till: Till, orderId: string) =>
    unwrap(await till.query({ type: 'ListEvents', stream: `order-${orderId}` })).find((e) => e.type === 'ItemAdded')?.position as number;
  const early = await itemAdded(second, a);
  const late = await itemAdded(second, b);
  await second.close();
  return { dataDir, early, late };
}

/** Opens, waits for the background check, answers what the till found and how many issues its log holds; closes. */
async function reopen(dataDir: string) {
  const till = await openTill({ dataDir });
  await till.integrity.settled();
  const view = unwrap(await till.query({ type: 'GetIntegrity' }));
  // The test's own look at the log (over the API the log is the managers').
  const found = unwrap(await till.systemQuery({ type: 'ListEvents', stream: 'integrity' })).filter((e) => e.type === 'IntegrityIssueFound');
  await till.close();
  return { view, found };
}

const names = (f: IntegrityFinding | null | undefined, position: number, id: string) =>
  expect(f).toMatchObject({ position, eventId: id });

describe('integrity: tampering is found, named and recorded once', () => {
  it('an event changed with SQLite in the newest snapshot, inside the retained journal: found at start-up', async () => {
    const { dataDir, late } = await folderAfterTwoCleanCloses();
    const rec = await recordOf(dataDir, late); // the retained segment holds it
    const tampered = await tamperSnapshotEvent(dataDir, late);

    const one = await reopen(dataDir);
    names(one.view.startup?.finding, late, tampered.id);
    expect(one.view.startup?.finding).toMatchObject({ eventType: 'ItemAdded', file: rec.file, offset: rec.offset, reason: expect.stringMatching(/hash/) });
    expect(one.view.background?.finding).toMatchObject({ position: late });
    expect(one.found).toHaveLength(1);
    expect(one.view.issues).toHaveLength(1);
    names(one.view.issues[0]?.finding, late, tampered.id);
    expect(one.view.issues[0]).toMatchObject({ source: 'startup', acknowledged: null });

    const two = await reopen(dataDir);
    names(two.view.startup?.finding ?? two.view.background?.finding, late, tampered.id);
    expect(two.found).toHaveLength(1); // the same finding is never recorded twice

    const report = await verifyDataDir(dataDir);
    expect(report.ok).toBe(false);
    expect(report.firstBad).toMatchObject({ position: late, id: tampered.id, type: 'ItemAdded' });
  });

  it('an event changed in the snapshot before the retained journal: found by the background check', async () => {
    const { dataDir, early } = await folderAfterTwoCleanCloses();
    await expect(recordOf(dataDir, early)).rejects.toThrow(/no journal record/); // its segment was pruned
    const tampered = await tamperSnapshotEvent(dataDir, early);

    const one = await reopen(dataDir);
    expect(one.view.startup).toMatchObject({ ok: true, finding: null });
    expect(one.view.background).toMatchObject({ status: 'done', ok: false });
    names(one.view.background?.finding, early, tampered.id);
    expect(one.view.background?.finding?.file).toMatch(/snapshot-\d{12}\.db$/); // where the changed row was loaded from
    expect(one.view.issues).toMatchObject([{ source: 'background' }]);
    expect((await reopen(dataDir)).found).toHaveLength(1);
    expect((await verifyDataDir(dataDir)).firstBad).toMatchObject({ position: early, id: tampered.id });
  });

  it('a byte flipped in a journal record the snapshot holds: the till opens, names the record and its event, once', async () => {
    const { dataDir, late } = await folderAfterTwoCleanCloses();
    const rec = await recordOf(dataDir, late);
    const first = rec.payload.events[0];
    await flipRecordByte(rec, 'body');
    // Checked first: once two more snapshots cover it, the damaged segment is pruned like any other.
    const report = await verifyDataDir(dataDir);
    expect(report.ok).toBe(false);
    expect(report.firstBad).toMatchObject({ position: first?.position, id: first?.id, file: rec.file, offset: rec.offset });

    const one = await reopen(dataDir);
    expect(one.view.startup?.finding).toMatchObject({
      kind: 'journal',
      reason: expect.stringMatching(/checksum/),
      file: rec.file,
      offset: rec.offset,
      lsn: rec.payload.lsn,
      position: first?.position,
      eventId: first?.id,
    });
    expect(one.found).toHaveLength(1);
    expect((await reopen(dataDir)).found).toHaveLength(1);
  });

  it('a record whose length is garbled is named through the commands table', async () => {
    const { dataDir, late } = await folderAfterTwoCleanCloses();
    const rec = await recordOf(dataDir, late);
    await flipRecordByte(rec, 'length');
    const one = await reopen(dataDir);
    expect(one.view.startup?.finding).toMatchObject({ kind: 'journal', lsn: rec.payload.lsn, position: rec.payload.events[0]?.position, offset: rec.offset });
  });

  it('a byte flipped in the tail the snapshot does not hold: open is refused, naming the record and event, and nothing changes', async () => {
    const { dataDir } = await crashedFolderWithOneSale();
    const records = await journalRecords(dataDir);
    const rec = records[Math.floor(records.length / 2)] as (typeof records)[number];
    await flipRecordByte(rec, 'body');
    const before = await snapshotOfFolder(dataDir);
    const first = rec.payload.events[0];
    const expected = new RegExp(`byte ${rec.offset} \\(checksum mismatch\\).*record ${rec.payload.lsn} holds event #${first?.position} \\(${first?.type}`);
    await expect(openTill({ dataDir })).rejects.toThrow(expected);
    expect(await snapshotOfFolder(dataDir)).toEqual(before);
    const report = await verifyDataDir(dataDir);
    expect(report.ok).toBe(false);
    expect(report.damage).toMatch(expected);
  });

  it('a record in the tail rewritten with a valid checksum but a changed event: open is refused, naming the record', async () => {
    const { dataDir } = await crashedFolderWithOneSale();
    const records = await journalRecords(dataDir);
    const rec = records.find((r) => r.payload.events.some((e) => e.type === 'ItemAdded')) as (typeof records)[number];
    await rewriteRecord(rec, (p) => {
      (p.events[0] as { data: Record<string, unknown> }).data.qty = 99;
    });
    await expect(openTill({ dataDir })).rejects.toThrow(new RegExp(`record ${rec.payload.lsn} at byte ${rec.offset} cannot be replayed: .*does not continue its hash chain`));
    expect((await verifyDataDir(dataDir)).damage).toMatch(/cannot be replayed/);
  });
});

/** Every file of a folder and its bytes (the LOCK aside, which names whoever holds the folder). */
async function snapshotOfFolder(dataDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(dataDir)) if (name !== 'LOCK' && name !== JOURNAL_DIR) out[name] = (await readFile(path.join(dataDir, name))).toString('base64');
  for (const name of await readdir(path.join(dataDir, JOURNAL_DIR))) out[`journal/${name}`] = (await readFile(path.join(dataDir, JOURNAL_DIR, name))).toString('base64');
  return out;
}

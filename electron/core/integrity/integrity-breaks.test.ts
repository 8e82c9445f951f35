import { describe, expect, it } from 'vitest';
import { openTill, type Till } from '../open-till';
import { newId, openSignedInTill, sellOrder, signInAsManager, tempDir, unwrap } from '../test-support/fixtures';
import { verifyDataDir } from '../verify';
import { dropRecord, journalRecords, recordOf, tamperSnapshotEvent } from './tamper-kit';

/**
 * The checks go on past a break: every changed event is its own finding and
 * its own issue, so an edit made after one a manager has acknowledged still
 * raises an alert — and a damaged place that names no event does not hide an
 * earlier changed event.
 */

/** A closed folder with `orders` sales; the positions of each order's first ItemAdded. */
async function folderWithSales(orders: number): Promise<{ dataDir: string; items: number[] }> {
  const dataDir = await tempDir();
  const till = await openSignedInTill({ dataDir });
  const ids: string[] = [];
  for (let i = 0; i < orders; i++) ids.push(await sellOrder(till));
  const items: number[] = [];
  for (const orderId of ids) {
    const events = unwrap(await till.query({ type: 'ListEvents', stream: `order-${orderId}` }));
    items.push(events.find((e) => e.type === 'ItemAdded')?.position as number);
  }
  await till.close();
  return { dataDir, items };
}

/** Opens, lets every check finish, answers the issues (newest first); the till stays open. */
async function opened(dataDir: string): Promise<{ till: Till; issues: { issueId: string; position: number | undefined; acked: boolean }[] }> {
  const till = await openTill({ dataDir });
  await till.integrity.settled();
  const view = unwrap(await till.query({ type: 'GetIntegrity' }));
  return { till, issues: view.issues.map((i) => ({ issueId: i.issueId, position: i.finding.position, acked: i.acknowledged !== null })) };
}

describe('integrity: every break is found, each its own issue', () => {
  it('two edits are two issues; acknowledging the first leaves the second; a third edit after a restart alerts', async () => {
    const { dataDir, items } = await folderWithSales(3);
    const [a, b, c] = items as [number, number, number];
    const ta = await tamperSnapshotEvent(dataDir, a);
    const tb = await tamperSnapshotEvent(dataDir, b);

    const one = await opened(dataDir);
    expect(one.issues.map((i) => i.position).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([a, b]);
    const startup = one.till.integrity.view().startup;
    expect(startup?.findings.map((f) => [f.position, f.eventId])).toEqual([
      [a, ta.id],
      [b, tb.id],
    ]);
    expect(startup?.finding).toMatchObject({ position: a });
    expect(one.till.integrity.view().background?.findings.map((f) => f.position)).toEqual([a, b]);
    // A manager acknowledges the first only: the second still alerts.
    await signInAsManager(one.till);
    const first = one.issues.find((i) => i.position === a);
    unwrap(await one.till.command({ type: 'AcknowledgeIntegrityIssue', commandId: newId(), issueId: first?.issueId as string }));
    const afterAck = unwrap(await one.till.query({ type: 'GetIntegrity' })).issues.filter((i) => i.acknowledged === null);
    expect(afterAck.map((i) => i.finding.position)).toEqual([b]);
    await one.till.close();

    // A third edit, after the restart and the acknowledgement, further on in the log.
    const tc = await tamperSnapshotEvent(dataDir, c);
    const two = await opened(dataDir);
    expect(two.issues).toHaveLength(3); // a and b are not recorded again
    expect(two.issues.filter((i) => !i.acked).map((i) => i.position).sort()).toEqual([b, c].sort());
    await two.till.close();

    const report = await verifyDataDir(dataDir);
    expect(report.firstBad).toMatchObject({ position: a, id: ta.id });
    expect(report.findings.map((f) => [f.position, f.eventId])).toEqual([
      [a, ta.id],
      [b, tb.id],
      [c, tc.id],
    ]);
  });

  it('"Verify now" finds them all too, each recorded once', async () => {
    const { dataDir, items } = await folderWithSales(2);
    await tamperSnapshotEvent(dataDir, items[0] as number);
    await tamperSnapshotEvent(dataDir, items[1] as number);
    const till = await openTill({ dataDir, integrity: { startup: false, background: false } });
    await signInAsManager(till);
    const view = unwrap(await till.query({ type: 'CheckIntegrity' }));
    expect(view).toMatchObject({ ok: false, finding: { position: items[0] } });
    expect(view.findings.map((f) => f.position)).toEqual(items);
    expect(unwrap(await till.query({ type: 'GetIntegrity' })).issues).toHaveLength(2);
    unwrap(await till.query({ type: 'CheckIntegrity' }));
    expect(unwrap(await till.query({ type: 'GetIntegrity' })).issues).toHaveLength(2);
    await till.close();
  });

  it('a journal finding that names no event comes after an earlier changed event, in log order', async () => {
    const { dataDir, items } = await folderWithSales(3);
    const early = items[0] as number;
    const tampered = await tamperSnapshotEvent(dataDir, early);
    // A record well after it taken out of the journal: "records n..n are missing", with no event to name.
    const records = await journalRecords(dataDir);
    const later = records.at(-3) as (typeof records)[number];
    expect(later.payload.events[0]?.position ?? 0).toBeGreaterThan(early);
    expect((await recordOf(dataDir, early)).payload.lsn).toBeLessThan(later.payload.lsn);
    await dropRecord(later);

    const report = await verifyDataDir(dataDir);
    expect(report.firstBad).toMatchObject({ position: early, id: tampered.id });
    expect(report.findings).toHaveLength(2);
    expect(report.findings[1]).toMatchObject({ kind: 'journal', reason: `journal records ${later.payload.lsn}..${later.payload.lsn} are missing` });
    expect(report.findings[1]?.position).toBeUndefined();

    const { till } = await opened(dataDir);
    expect(till.integrity.view().startup?.finding).toMatchObject({ position: early, eventId: tampered.id });
    expect(till.integrity.view().startup?.findings).toHaveLength(2);
    await till.close();
  });
});

import { copyFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../shared/contract/api';
import type { CommandResult } from '../../../shared/contract/commands';
import type { Till } from '../open-till';
import { listSegments, pruneSegments } from '../store/journal-files';
import { openStore } from '../store/open-store';
import { newId, openSignedInTill, sellOrder, signInAsManager, tempDir, unwrap } from '../test-support/fixtures';
import { checkJournal, type SliceRunner } from './journal-check';

/**
 * The checks run in slices between commands. These tests run them while the
 * till sells and takes snapshots (which prune journal segments), on real
 * files: every check finishes and every command is acknowledged.
 */

/** A till with sales over two snapshots: two journal segments retained, the older one prunable by the next snapshot. */
async function tillWithTwoSnapshots(opts: { integrity?: { sliceSize?: number; background?: boolean } } = {}): Promise<Till> {
  const dataDir = await tempDir();
  const till = await openSignedInTill({ dataDir, ...opts });
  for (let round = 0; round < 2; round++) {
    await sellOrder(till);
    await till.snapshot();
  }
  await sellOrder(till);
  expect((await listSegments(dataDir)).length).toBe(2);
  return till;
}

const openOrders = (till: Till, n: number): Promise<Reply<CommandResult>>[] =>
  Array.from({ length: n }, () => till.command({ type: 'OpenOrder', commandId: newId(), orderId: newId() }));

describe('Verify now', () => {
  it('a second caller while one runs gets the running check, not a second one', async () => {
    const till = await tillWithTwoSnapshots();
    await till.integrity.settled();
    await signInAsManager(till);
    const [a, b] = await Promise.all([till.query({ type: 'CheckIntegrity' }), till.query({ type: 'CheckIntegrity' })]);
    expect(unwrap(a)).toMatchObject({ source: 'manual', status: 'done', ok: true });
    expect(unwrap(b)).toBe(unwrap(a)); // one run, one answer
    // Once it has finished, the next "Verify now" is a run of its own.
    const c = unwrap(await till.query({ type: 'CheckIntegrity' }));
    expect(c).not.toBe(unwrap(a));
    expect(c).toMatchObject({ status: 'done', ok: true });
    await till.close();
  });

  it('finishes ok while commands are sold and snapshots prune the journal under it; every command is acknowledged', async () => {
    const till = await tillWithTwoSnapshots();
    await till.integrity.settled();
    await signInAsManager(till);
    for (let round = 0; round < 4; round++) {
      const check = till.query({ type: 'CheckIntegrity' });
      const before = openOrders(till, 20);
      const snapshot = till.snapshot();
      const after = openOrders(till, 20);
      const view = unwrap(await check);
      expect(view, JSON.stringify(view.finding)).toMatchObject({ status: 'done', ok: true, finding: null, findings: [] });
      await snapshot;
      for (const r of await Promise.all([...before, ...after])) expect(r.ok).toBe(true);
    }
    const position = unwrap(await till.query({ type: 'GetTillInfo' })).position;
    expect(unwrap(await till.query({ type: 'CheckIntegrity' }))).toMatchObject({ ok: true, checkedEvents: position });
    await till.close();
  });

  it('closing the till while it runs stops it at a slice: the caller gets an answer, the till closes cleanly', async () => {
    const till = await tillWithTwoSnapshots({ integrity: { sliceSize: 5, background: false } });
    await signInAsManager(till);
    const check = till.query({ type: 'CheckIntegrity' });
    await till.close();
    const view = unwrap(await check);
    expect(['stopped', 'done']).toContain(view.status);
    expect(view.findings).toEqual([]);
  });

  it('skips a segment a snapshot pruned after it was listed, and finds nothing wrong', async () => {
    const till = await tillWithTwoSnapshots({ integrity: { background: false } });
    const { dataDir } = till;
    // The folder as a check saw it a moment before a snapshot: the segment the last snapshot pruned is still listed.
    const [older] = await listSegments(dataDir);
    const kept = `${dataDir}/older-segment`;
    await copyFile(older?.file as string, kept);
    await sellOrder(till);
    await till.snapshot();
    await till.close();
    await copyFile(kept, older?.file as string);
    const segments = await listSegments(dataDir);
    expect(segments).toHaveLength(3);

    const store = await openStore({ dataDir, terminal: '', readOnly: true });
    try {
      // The snapshot's turn comes before the check's first slice, and prunes what two snapshots cover.
      let first = true;
      const slice: SliceRunner = async (work) => {
        if (first) await pruneSegments(dataDir, (segments[2]?.startLsn as number) - 1);
        first = false;
        await work();
      };
      expect((await listSegments(dataDir)).length).toBe(3);
      const report = await checkJournal(store.db, dataDir, slice);
      expect(report).toMatchObject({ finding: null, findings: [], segments: 1 });
      expect(await listSegments(dataDir)).toHaveLength(1);
    } finally {
      store.db.close();
    }
  });
});

describe('the background check', () => {
  it('lets commands in between its slices, checks what they wrote, and finds nothing wrong', async () => {
    const dataDir = await tempDir();
    const first = await openSignedInTill({ dataDir });
    for (let i = 0; i < 3; i++) await sellOrder(first);
    await first.close();

    // Slices of 5 events: the check takes many turns of the writer, and the commands below get in between them.
    const till = await openSignedInTill({ dataDir, integrity: { sliceSize: 5, background: false } });
    const startPosition = unwrap(await till.query({ type: 'GetTillInfo' })).position;
    till.integrity.startBackground();
    // One after another: each waits for its own acknowledgement, so several running while the check does means
    // the check let them in between its slices.
    let acknowledgedWhileRunning = 0;
    for (let i = 0; i < 30; i++) {
      unwrap(await till.command({ type: 'OpenOrder', commandId: newId(), orderId: newId() }));
      if (till.integrity.view().background?.status === 'running') acknowledgedWhileRunning += 1;
    }
    expect(acknowledgedWhileRunning).toBeGreaterThan(1);
    await till.integrity.settled();
    const background = till.integrity.view().background;
    expect(background).toMatchObject({ status: 'done', ok: true, findings: [] });
    // It runs to the end of the log as it is at its last slice: what was sold meanwhile is checked too.
    expect(background?.checkedEvents).toBeGreaterThan(startPosition);
    await signInAsManager(till);
    const position = unwrap(await till.query({ type: 'GetTillInfo' })).position;
    expect(unwrap(await till.query({ type: 'CheckIntegrity' }))).toMatchObject({ ok: true, checkedEvents: position });
    await till.close();
  });
});

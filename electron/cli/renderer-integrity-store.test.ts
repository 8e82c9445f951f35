import { describe, expect, it } from 'vitest';
import type { Reply } from '../../shared/contract/api';
import type { ConnectedApi } from '../../renderer/client/bridge-client';
import { createIntegrityStore } from '../../renderer/stores/integrity-store';
import { openSignedInTill, sellOrder, signInAsManager, tempDir } from '../core/test-support/fixtures';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The integrity store (the Integrity tab and the alert) against a real till:
 * while a manager's "Verify now" runs, the store reads the till's progress
 * again and again, as it does for the background check, and the panel's
 * manual row shows that run rather than the previous answer. The
 * CheckIntegrity answer is held back until the test lets it go, so "while it
 * runs" lasts as long as the test needs on a small log.
 */
describe('the integrity store against a real till', () => {
  it('polls GetIntegrity while Verify now runs, then stops', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    for (let i = 0; i < 3; i++) await sellOrder(till);
    await signInAsManager(till);
    await till.integrity.settled();

    let reads = 0;
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const api: ConnectedApi = {
      command: (c) => till.command(c),
      onPush: (l) => till.onPush(l),
      query: (async (q) => {
        if (q.type === 'GetIntegrity') reads += 1;
        const r = await till.query(q);
        if (q.type === 'CheckIntegrity') await held;
        return r;
      }) as ConnectedApi['query'],
      status: () => 'open',
      onStatus: () => () => undefined,
      close: () => undefined,
    };
    const store = createIntegrityStore(api, { pollMs: 10 });
    await wait(50);
    // The background check is over: nothing is polled while idle.
    const idle = reads;
    await wait(100);
    expect(reads).toBe(idle);

    // A first Verify now leaves an answer behind.
    release();
    await store.getState().checkNow();
    const first = store.getState().lastCheck;
    expect(first).toMatchObject({ source: 'manual', status: 'done', ok: true });

    let releaseAgain: () => void = () => undefined;
    const heldAgain = new Promise<void>((r) => (releaseAgain = r));
    const query = api.query;
    api.query = (async (q) => {
      if (q.type !== 'CheckIntegrity') return query(q);
      const r = await till.query(q);
      await heldAgain;
      return r as Reply<unknown>;
    }) as ConnectedApi['query'];
    const second = store.getState().checkNow();
    const during = reads;
    await wait(150);
    expect(store.getState().checking).toBe(true);
    expect(reads - during).toBeGreaterThanOrEqual(3);
    // The previous answer stands aside: the panel shows this run (the till's view.manual) while it goes on.
    expect(store.getState().lastCheck).toBeNull();
    expect(store.getState().view?.manual?.startedAt).not.toBe(first?.startedAt);

    releaseAgain();
    await second;
    expect(store.getState()).toMatchObject({ checking: false, lastCheck: { source: 'manual', ok: true } });
    const after = reads;
    await wait(100);
    expect(reads).toBe(after);
    await till.close();
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocketApi } from '../../shared/contract/api';
import type { Query } from '../../shared/contract/queries';
import type { EventView } from '../../shared/contract/views';
import { createHistoryLogStore, type HistoryLogOptions } from '../../renderer/stores/history-log-store';
import { createStatusStore } from '../../renderer/stores/status-store';
import type { Till } from '../core/open-till';
import { openSignedInTill, sellOrder, signInAsManager, unwrap } from '../core/test-support/fixtures';
import { gatedApi } from '../core/test-support/gated-api';

/**
 * The history list's store (renderer/stores/history-log-store.ts) against a
 * real till: FilterEvents pages as the core answers them, the filter
 * language as the core compiles it. Small pages and a small cache so that a
 * log of a few hundred events shows the paging and the eviction a year would.
 */
const SIZES: HistoryLogOptions = { logPage: 10, filterPage: 7, pagesKept: 3, retryMs: 5 };

let till: Till;
let log: EventView[];
let dataDir: string;

// One till for the file (tempDir() would remove it after the first test).
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'docket-history-store-'));
  till = await openSignedInTill({ dataDir });
  for (let i = 0; i < 30; i++) await sellOrder(till);
  await signInAsManager(till);
  log = unwrap(await till.query({ type: 'ListEvents', limit: 1000 }));
});
afterAll(async () => {
  await till.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Waits (real time: the till answers asynchronously) until `ok` holds. */
async function until(ok: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const gated = (hold: (q: Query) => boolean) => gatedApi(till, hold);

const rowsHeld = (store: ReturnType<typeof createHistoryLogStore>): number => {
  let n = 0;
  for (let i = 0; i < store.getState().count; i++) if (store.getState().row(i)) n += 1;
  return n;
};

describe('history log store against a real till', () => {
  it('shows the whole log newest first, any stretch by position, keeping only a few pages', async () => {
    const store = createHistoryLogStore(till, createStatusStore(), SIZES);
    await store.getState().show('');
    const last = log.length;
    expect(store.getState()).toMatchObject({ mode: 'all', count: last, lastPosition: last, loaded: true });
    expect(store.getState().row(0)?.event.position).toBe(last);
    // Scroll the whole list a screen at a time: every row is the event at lastPosition − i.
    for (let first = 0; first < last; first += 8) {
      const end = Math.min(last - 1, first + 7);
      store.getState().ensure(first, end);
      await until(() => store.getState().row(first) !== undefined && store.getState().row(end) !== undefined, `rows ${first}..${end}`);
      expect(store.getState().row(end)?.event).toEqual(log[last - 1 - end]);
    }
    expect(rowsHeld(store)).toBeLessThanOrEqual(3 * 10);
  });

  it("scrolls a broad filter's matches to the end and back with memory bounded, each row the till's match", async () => {
    const expected = unwrap(await till.query({ type: 'FilterEvents', filter: 'type = ItemAdded', limit: 1000 })).events.reverse();
    expect(expected.length).toBe(60);
    const store = createHistoryLogStore(till, createStatusStore(), SIZES);
    await store.getState().show('type = ItemAdded');
    for (let first = 0; !store.getState().done || first < store.getState().count; first += 5) {
      const end = first + 5;
      store.getState().ensure(first, end);
      await until(() => store.getState().done || store.getState().count > end, `matches past ${end}`);
      const shown = Math.min(end, store.getState().count - 1);
      await until(() => store.getState().row(shown) !== undefined, `match ${shown}`);
      expect(store.getState().row(shown)?.event).toEqual(expected[shown]);
      // The pages kept, the one being filled and what is on screen: never the whole list.
      expect(rowsHeld(store)).toBeLessThanOrEqual((3 + 1) * 7);
    }
    expect(store.getState()).toMatchObject({ count: 60, done: true });
    // Back to the top: the dropped pages are read again by cursor, the same matches as before.
    for (const first of [0, 21, 45]) {
      store.getState().ensure(first, first + 6);
      await until(() => [0, 6].every((k) => store.getState().row(first + k) !== undefined), `matches ${first}..`);
      for (let k = 0; k <= 6; k++) expect(store.getState().row(first + k)?.event).toEqual(expected[first + k]);
    }
  });

  it('retries pages whose request threw, and never freezes on them', async () => {
    let throws = 5;
    const api: DocketApi = {
      command: (c) => till.command(c),
      onPush: (l) => till.onPush(l),
      query: (async (q: Query) => {
        if (q.type === 'FilterEvents' && q.afterPosition !== undefined && throws > 0) {
          throws -= 1;
          throw new Error('ipc: channel closed');
        }
        return till.query(q);
      }) as DocketApi['query'],
    };
    const status = createStatusStore();
    const store = createHistoryLogStore(api, status, SIZES);
    await store.getState().show('');
    // More pages than may be in flight, every one of them thrown on at first.
    store.getState().ensure(40, 69);
    await until(() => [40, 55, 69].every((i) => store.getState().row(i) !== undefined), 'the rows after the failures');
    expect(throws).toBe(0);
    expect(status.getState().message).toBe('ipc: channel closed');

    let searchThrows = 1;
    const flaky: DocketApi = {
      ...api,
      query: (async (q: Query) => {
        if (q.type === 'FilterEvents' && q.filter !== '' && searchThrows-- > 0) throw new Error('ipc: channel closed');
        return till.query(q);
      }) as DocketApi['query'],
    };
    const filtered = createHistoryLogStore(flaky, createStatusStore(), SIZES);
    await filtered.getState().show('type = OrderClosed');
    expect(filtered.getState().searching).toBe(false);
    filtered.getState().ensure(0, 10);
    await until(() => filtered.getState().row(0) !== undefined, 'the first match after a thrown search');
    expect(filtered.getState().row(0)?.event.type).toBe('OrderClosed');
  });

  it('drops the answers of a filter replaced meanwhile', async () => {
    const { api, release } = gated((q) => q.type === 'FilterEvents' && q.filter !== '');
    const store = createHistoryLogStore(api, createStatusStore(), SIZES);
    const first = store.getState().show('type = ItemVoided or type = ItemAdded');
    const second = store.getState().show('');
    await second;
    release();
    await first;
    expect(store.getState()).toMatchObject({ mode: 'all', applied: '', count: log.length });
    expect(store.getState().row(0)?.event.position).toBe(log.length);
  });

  it('shows the core refusing a filter at its column, and reads nothing more', async () => {
    const status = createStatusStore();
    const store = createHistoryLogStore(till, status, SIZES);
    await store.getState().show('staff = "Zed"');
    expect(store.getState().problem).toMatchObject({ column: 9 });
    expect(store.getState().problem?.message).toMatch(/Zed/);
    expect(status.getState().message).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { DocketApi, Reply } from '../../shared/contract/api';
import type { FilterEventsView } from '../../shared/contract/history-queries';
import type { Query } from '../../shared/contract/queries';
import type { EventView } from '../../shared/contract/views';
import { createHistoryLogStore, LOG_PAGE } from './history-log-store';
import { createStatusStore } from './status-store';

const event = (position: number): EventView => ({
  id: `e${position}`,
  stream: 'menu',
  version: position,
  position,
  type: position % 7 === 0 ? 'ItemVoided' : 'ItemAdded',
  schema: 1,
  data: {},
  meta: { terminal: 'T1', seq: position, at: '2026-11-01T10:00:00.000Z', command: 'c' },
  hash: 'h',
});

type FilterQuery = Extract<Query, { type: 'FilterEvents' }>;

/**
 * A log of `last` events answered as the core answers FilterEvents: oldest
 * first from afterPosition, newest first from beforePosition; a filter
 * ("voids": every 7th event) searches `window` positions per call and says
 * partial when its page is not full, like the core's time slice.
 */
function fakeLog(last: number, window = 1000) {
  const asked: FilterQuery[] = [];
  const pending: (() => void)[] = [];
  let hold = false;
  const answer = (q: FilterQuery): FilterEventsView => {
    const limit = q.limit ?? 100;
    const labels = { streams: { menu: { kind: 'menu' as const, id: 'menu' } }, staff: {} };
    if (q.filter === '') {
      const from = q.newestFirst ? Math.max(1, last - limit + 1) : (q.afterPosition ?? 0) + 1;
      const to = q.newestFirst ? last : Math.min(last, from + limit - 1);
      const events = [];
      for (let p = from; p <= to; p++) events.push(event(p));
      if (q.newestFirst) events.reverse();
      return { events, nextAfter: null, nextBefore: null, partial: false, lastPosition: last, labels };
    }
    const before = q.beforePosition ?? last + 1;
    const stop = Math.max(1, before - window);
    const events = [];
    let p = before - 1;
    for (; p >= stop && events.length < limit; p--) if (p % 7 === 0) events.push(event(p));
    const cursor = events.length === limit ? (events.at(-1)?.position ?? stop) : stop;
    const done = cursor <= 1;
    return { events, nextAfter: null, nextBefore: done ? null : cursor, partial: !done && events.length < limit, lastPosition: last, labels };
  };
  const api = {
    query(q: Query): Promise<Reply<unknown>> {
      if (q.type !== 'FilterEvents') throw new Error(`unexpected ${q.type}`);
      asked.push(q);
      const value = answer(q);
      return new Promise((resolve) => {
        const go = () => resolve({ ok: true, value });
        if (hold) pending.push(go);
        else queueMicrotask(go);
      });
    },
    command: () => Promise.reject(new Error('no commands')),
    onPush: () => () => undefined,
  } as unknown as DocketApi;
  return { api, asked, hold: (on: boolean) => (hold = on), release: () => pending.splice(0).forEach((go) => go()) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('history log store', () => {
  it('shows the whole log newest first, reading any stretch by position', async () => {
    const log = fakeLog(250_000);
    const store = createHistoryLogStore(log.api, createStatusStore());
    await store.getState().show('');
    expect(store.getState()).toMatchObject({ mode: 'all', count: 250_000, loaded: true });
    expect(store.getState().row(0)?.event.position).toBe(250_000);
    // Far down: row i is position last − i, read as one range by position.
    store.getState().ensure(200_010, 200_030);
    await settle();
    expect(store.getState().row(200_010)?.event.position).toBe(50_000 - 10);
    expect(store.getState().row(200_030)?.event.position).toBe(50_000 - 30);
    const far = log.asked.at(-1);
    expect(far).toMatchObject({ filter: '', afterPosition: 50_000 - 100, limit: LOG_PAGE });
    // The very end: the last page is short and ends at position 1.
    store.getState().ensure(249_990, 249_999);
    await settle();
    expect(store.getState().row(249_999)?.event.position).toBe(1);
  });

  it('goes on with a filter through short (partial) pages while the end is in view, and says how far it searched', async () => {
    const log = fakeLog(100_000, 700);
    const store = createHistoryLogStore(log.api, createStatusStore());
    log.hold(true);
    const shown = store.getState().show('type = ItemVoided');
    log.release();
    await shown;
    // 700 positions hold 100 voids: the first page came back short, the search stopped at 99,301.
    expect(store.getState()).toMatchObject({ mode: 'filter', count: 101, done: false, searchedTo: 99_301 });
    store.getState().ensure(0, 100);
    await settle();
    log.release();
    await settle();
    expect(store.getState().count).toBeGreaterThan(101);
    expect(log.asked.at(-1)).toMatchObject({ beforePosition: 99_301, newestFirst: true });
    // Not near the end: nothing more is asked.
    const calls = log.asked.length;
    store.getState().ensure(0, 10);
    await settle();
    expect(log.asked.length).toBe(calls);
  });

  it('drops the answers of a filter replaced meanwhile', async () => {
    const log = fakeLog(10_000);
    const store = createHistoryLogStore(log.api, createStatusStore());
    log.hold(true);
    const first = store.getState().show('type = ItemVoided');
    const second = store.getState().show('');
    log.release();
    await Promise.all([first, second]);
    expect(store.getState()).toMatchObject({ mode: 'all', applied: '', count: 10_000 });
    expect(store.getState().row(0)?.event.position).toBe(10_000);
  });

  it('shows the core refusing a filter at its column, and reads nothing more', async () => {
    const status = createStatusStore();
    const api = {
      query: () => Promise.resolve({ ok: false, error: { code: 'Validation', message: 'no staff member is called "Zed" at column 9', details: { column: 9, length: 5 } } }),
    } as unknown as DocketApi;
    const store = createHistoryLogStore(api, status);
    await store.getState().show('staff = "Zed"');
    expect(store.getState().problem).toEqual({ message: 'no staff member is called "Zed" at column 9', column: 9, length: 5 });
    expect(status.getState().message).toBeNull();
  });
});

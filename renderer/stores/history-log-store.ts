import { createStore } from 'zustand/vanilla';
import type { DocketApi } from '../../shared/contract/api';
import type { DocketErrorShape } from '../../shared/kernel/errors';
import { pageRows, type HistoryRow } from '../history/event-rows';
import { PageCache, pagesBetween } from '../history/page-cache';
import type { StatusStore } from './status-store';

/** Rows per request: a screen or two; the core reads them by position in one indexed range. */
export const LOG_PAGE = 100;
/** Pages kept while scrolling the whole log: memory stays flat however far the user goes. */
const LOG_PAGES_KEPT = 24;
/** Requests in flight at once: a fling of the scrollbar asks only for where it lands. */
const MAX_IN_FLIGHT = 3;
const FILTER_PAGE = 200;
/** Ask for the next filtered page when the user is this close to the last row loaded. */
const NEAR_END = 40;

export interface FilterProblem {
  message: string;
  column: number;
  length: number;
}

export interface HistoryLogState {
  /** 'all': the whole log by position (random access); 'filter': the matches, newest first, page after page. */
  mode: 'all' | 'filter';
  /** The filter being shown (empty in 'all'). */
  applied: string;
  /** Rows the list has: every event, or the matches found so far (plus a searching row while not done). */
  count: number;
  /** The log's end when it was read (all mode: row i is position lastPosition − i). */
  lastPosition: number;
  /** Filter mode: the search reached the log's start. */
  done: boolean;
  /** Filter mode: how far back (position) the search has looked, while it goes on. */
  searchedTo: number | null;
  searching: boolean;
  /** Bumps when rows arrive, so the list paints them. */
  tick: number;
  loaded: boolean;
  /** The core refused the filter: its message and where. */
  problem: FilterProblem | null;
  selected: number | null;
  /** The log has grown since it was read: the screen offers to show the new events (rows keep their places meanwhile). */
  stale: boolean;
  row(index: number): HistoryRow | undefined;
  /** Opens the log (newest first) or the matches of a filter. */
  show(filter: string): Promise<void>;
  /** The rows first..last are on screen: load what they need. */
  ensure(first: number, last: number): void;
  select(index: number | null): void;
  markStale(): void;
}

/** The browser's zone, so `at = 2026-11-01` and `today` mean the viewer's day. */
export const browserUtcOffset = (): number => -new Date().getTimezoneOffset();

export const createHistoryLogStore = (api: DocketApi, status: StatusStore) =>
  createStore<HistoryLogState>()((set, get) => {
    const cache = new PageCache<HistoryRow>(LOG_PAGE, LOG_PAGES_KEPT);
    let matches: HistoryRow[] = [];
    let cursor: number | undefined;
    // Every show() starts a generation: answers to an older one are dropped.
    let generation = 0;
    let range: [number, number] = [0, 0];

    const fail = (mine: number, e: DocketErrorShape): void => {
      if (mine !== generation) return;
      const column = e.details?.column;
      const length = e.details?.length;
      if (e.code === 'Validation' && typeof column === 'number') {
        set({ problem: { message: e.message, column, length: typeof length === 'number' ? length : 1 }, searching: false, loaded: true });
      } else {
        set({ searching: false, loaded: true });
        status.getState().error(e);
      }
    };

    async function loadPage(page: number, mine: number): Promise<void> {
      const last = get().lastPosition;
      const hi = last - page * LOG_PAGE;
      const lo = Math.max(1, hi - LOG_PAGE + 1);
      cache.loading(page);
      const r = await api.query({ type: 'FilterEvents', filter: '', afterPosition: lo - 1, limit: hi - lo + 1 });
      if (mine !== generation) return;
      if (!r.ok) {
        cache.failed(page);
        return fail(mine, r.error);
      }
      cache.put(page, pageRows(r.value).reverse(), pagesBetween(range[0], range[1], LOG_PAGE));
      set((s) => ({ tick: s.tick + 1 }));
      get().ensure(range[0], range[1]);
    }

    async function searchMore(mine: number): Promise<void> {
      set({ searching: true });
      const r = await api.query({
        type: 'FilterEvents',
        filter: get().applied,
        newestFirst: true,
        limit: FILTER_PAGE,
        utcOffsetMinutes: browserUtcOffset(),
        ...(cursor !== undefined ? { beforePosition: cursor } : {}),
      });
      if (mine !== generation) return;
      if (!r.ok) return fail(mine, r.error);
      matches = matches.concat(pageRows(r.value));
      const done = r.value.nextBefore === null;
      cursor = r.value.nextBefore ?? undefined;
      set((s) => ({
        count: matches.length + (done ? 0 : 1),
        done,
        searchedTo: done ? null : r.value.nextBefore,
        searching: false,
        loaded: true,
        lastPosition: Math.max(s.lastPosition, r.value.lastPosition),
        tick: s.tick + 1,
      }));
      // A short (partial) page: go on while the end is still in view.
      get().ensure(range[0], range[1]);
    }

    return {
      mode: 'all',
      applied: '',
      count: 0,
      lastPosition: 0,
      done: false,
      searchedTo: null,
      searching: false,
      tick: 0,
      loaded: false,
      problem: null,
      selected: null,
      stale: false,
      row(index) {
        return get().mode === 'all' ? cache.get(index) : matches[index];
      },
      async show(filter) {
        const mine = ++generation;
        const text = filter.trim();
        cache.clear();
        matches = [];
        cursor = undefined;
        range = [0, 0];
        const base = { applied: text, problem: null, selected: null, stale: false, done: false, searchedTo: null, loaded: false, tick: get().tick + 1 };
        if (text !== '') {
          set({ ...base, mode: 'filter', count: 0, searching: false });
          return searchMore(mine);
        }
        // The first page tells where the log ends; it is page 0 of the list as it stands.
        set({ ...base, mode: 'all', searching: true });
        const r = await api.query({ type: 'FilterEvents', filter: '', newestFirst: true, limit: LOG_PAGE });
        if (mine !== generation) return;
        if (!r.ok) return fail(mine, r.error);
        cache.put(0, pageRows(r.value));
        set((s) => ({ count: r.value.lastPosition, lastPosition: r.value.lastPosition, searching: false, loaded: true, done: true, tick: s.tick + 1 }));
      },
      ensure(first, last) {
        range = [first, last];
        const s = get();
        if (!s.loaded) return;
        const mine = generation;
        if (s.mode === 'filter') {
          if (!s.done && !s.searching && s.problem === null && last >= matches.length - NEAR_END) void searchMore(mine);
          return;
        }
        const end = Math.min(last, s.count - 1);
        for (const page of cache.missing(first, end)) {
          if (cache.inFlight >= MAX_IN_FLIGHT) break;
          void loadPage(page, mine);
        }
      },
      select(index) {
        set({ selected: index });
      },
      markStale() {
        if (get().loaded && !get().stale) set({ stale: true });
      },
    };
  });

export type HistoryLogStore = ReturnType<typeof createHistoryLogStore>;

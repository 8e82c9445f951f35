import { createStore } from 'zustand/vanilla';
import type { DocketApi, Reply } from '../../shared/contract/api';
import type { FilterEventsView } from '../../shared/contract/history-queries';
import type { Query } from '../../shared/contract/queries';
import type { DocketErrorShape } from '../../shared/kernel/errors';
import { pageRows, type HistoryRow } from '../history/event-rows';
import { MatchPages } from '../history/match-pages';
import { PageCache, pagesBetween } from '../history/page-cache';
import type { StatusStore } from './status-store';

/** Rows per request: a screen or two; the core reads them by position in one indexed range. */
export const LOG_PAGE = 100;
/** Pages kept while scrolling the whole log or a filter's matches: memory stays flat however far the user goes. */
const PAGES_KEPT = 24;
/** Requests in flight at once: a fling of the scrollbar asks only for where it lands. */
const MAX_IN_FLIGHT = 3;
const FILTER_PAGE = 200;
/** Ask for the next filtered page when the user is this close to the last row loaded. */
const NEAR_END = 40;
/** A request the transport threw on (not a reply of the till) is tried again this much later. */
const RETRY_MS = 1000;

/** Sizes, for a test to see paging and eviction on a small log; the screen uses the defaults. */
export interface HistoryLogOptions {
  logPage?: number;
  filterPage?: number;
  pagesKept?: number;
  retryMs?: number;
}

export interface FilterProblem {
  /** English, as the parser or the core says it; the screen translates `code` with `params` (filter-errors.ts) when it knows the code. */
  message: string;
  column: number;
  length: number;
  code?: string | undefined;
  params?: Record<string, unknown> | undefined;
}

export interface HistoryLogState {
  /**
   * 'all': the whole log by position (random access); 'filter': the matches,
   * newest first, found page after page, kept by page (MatchPages) so a
   * broad filter scrolled over a year stays flat in memory.
   */
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

export const createHistoryLogStore = (api: DocketApi, status: StatusStore, opts: HistoryLogOptions = {}) =>
  createStore<HistoryLogState>()((set, get) => {
    const logPage = opts.logPage ?? LOG_PAGE;
    const filterPage = opts.filterPage ?? FILTER_PAGE;
    const kept = opts.pagesKept ?? PAGES_KEPT;
    let cache = new PageCache<HistoryRow>(logPage, kept);
    let matches = new MatchPages<HistoryRow>(filterPage, kept);
    let cursor: number | undefined;
    // Every show() starts a generation: answers to an older one are dropped.
    let generation = 0;
    let range: [number, number] = [0, 0];
    let retry: ReturnType<typeof setTimeout> | undefined;

    const fail = (mine: number, e: DocketErrorShape): void => {
      if (mine !== generation) return;
      const column = e.details?.column;
      const length = e.details?.length;
      if (e.code === 'Validation' && typeof column === 'number') {
        const { code, params } = e.details ?? {};
        const coded = { ...(typeof code === 'string' && { code }), ...(typeof params === 'object' && params !== null && { params: params as Record<string, unknown> }) };
        set({ problem: { message: e.message, column, length: typeof length === 'number' ? length : 1, ...coded }, searching: false, loaded: true });
      } else {
        set({ searching: false, loaded: true });
        status.getState().error(e);
      }
    };

    /**
     * A request the transport threw on (the Electron IPC rejects where the
     * bridge answers "connection lost"): said once on the status line, and
     * what is on screen is asked for again a little later.
     */
    const thrown = (mine: number, e: unknown): void => {
      if (mine !== generation) return;
      set({ searching: false });
      status.getState().error({ code: 'Internal', message: e instanceof Error ? e.message : String(e) });
      if (retry !== undefined) return;
      retry = setTimeout(() => {
        retry = undefined;
        if (mine === generation) get().ensure(range[0], range[1]);
      }, opts.retryMs ?? RETRY_MS);
    };

    /** A query that answers a Reply even when the transport throws; `undefined` then (thrown() has dealt with it). */
    async function ask(mine: number, q: Query): Promise<Reply<FilterEventsView> | undefined> {
      try {
        return (await api.query(q)) as Reply<FilterEventsView>;
      } catch (e) {
        thrown(mine, e);
        return undefined;
      }
    }

    const painted = (): void => {
      set((s) => ({ tick: s.tick + 1 }));
      get().ensure(range[0], range[1]);
    };

    async function loadPage(page: number, mine: number): Promise<void> {
      const pages = cache;
      const hi = get().lastPosition - page * logPage;
      const lo = Math.max(1, hi - logPage + 1);
      pages.loading(page);
      let r: Reply<FilterEventsView> | undefined;
      try {
        r = await ask(mine, { type: 'FilterEvents', filter: '', afterPosition: lo - 1, limit: hi - lo + 1 });
      } finally {
        // Whatever happened, the page is no longer in flight unless it arrived: three stuck pages would freeze the list.
        if (!r?.ok) pages.failed(page);
      }
      if (mine !== generation || !r) return;
      if (!r.ok) return fail(mine, r.error);
      pages.put(page, pageRows(r.value).reverse(), pagesBetween(range[0], range[1], logPage));
      painted();
    }

    const filterQuery = (beforePosition: number | undefined, limit: number): Query => ({
      type: 'FilterEvents',
      filter: get().applied,
      newestFirst: true,
      limit,
      ...(beforePosition !== undefined ? { beforePosition } : {}),
    });

    async function searchMore(mine: number): Promise<void> {
      set({ searching: true });
      const r = await ask(mine, filterQuery(cursor, filterPage));
      if (mine !== generation || !r) return;
      if (!r.ok) return fail(mine, r.error);
      matches.begin(r.value.lastPosition);
      matches.append(pageRows(r.value), pagesBetween(range[0], range[1], filterPage));
      const done = r.value.nextBefore === null;
      cursor = r.value.nextBefore ?? undefined;
      set((s) => ({
        count: matches.found + (done ? 0 : 1),
        done,
        searchedTo: done ? null : r.value.nextBefore,
        searching: false,
        loaded: true,
        lastPosition: Math.max(s.lastPosition, r.value.lastPosition),
      }));
      // A short (partial) page: go on while the end is still in view.
      painted();
    }

    /**
     * A full page of matches the cache dropped, read again from where it
     * started (short answers followed to the page's end). Older events never
     * change, so it is the page it was; only a relative date (`today`) can
     * mean another day once the business day has turned — Refresh shows anew.
     */
    async function rereadMatches(page: number, mine: number): Promise<void> {
      const pages = matches;
      pages.loading(page);
      const rows: HistoryRow[] = [];
      let before: number | null = pages.startOf(page);
      let ok = false;
      try {
        while (before !== null && rows.length < filterPage) {
          const r = await ask(mine, filterQuery(before, filterPage - rows.length));
          if (mine !== generation || !r) return;
          if (!r.ok) return fail(mine, r.error);
          rows.push(...pageRows(r.value));
          before = r.value.nextBefore;
        }
        ok = true;
      } finally {
        if (!ok) pages.failed(page);
      }
      pages.put(page, rows.slice(0, filterPage), pagesBetween(range[0], range[1], filterPage));
      painted();
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
        return get().mode === 'all' ? cache.get(index) : matches.get(index);
      },
      async show(filter) {
        const mine = ++generation;
        const text = filter.trim();
        cache = new PageCache<HistoryRow>(logPage, kept);
        matches = new MatchPages<HistoryRow>(filterPage, kept);
        cursor = undefined;
        range = [0, 0];
        const base = { applied: text, problem: null, selected: null, stale: false, done: false, searchedTo: null, loaded: false, tick: get().tick + 1 };
        if (text !== '') {
          set({ ...base, mode: 'filter', count: 0, searching: false });
          return searchMore(mine);
        }
        // The first page tells where the log ends; it is page 0 of the list as it stands.
        set({ ...base, mode: 'all', searching: true });
        const r = await ask(mine, { type: 'FilterEvents', filter: '', newestFirst: true, limit: logPage });
        if (mine !== generation || !r) return;
        if (!r.ok) return fail(mine, r.error);
        cache.put(0, pageRows(r.value));
        set((s) => ({ count: r.value.lastPosition, lastPosition: r.value.lastPosition, searching: false, loaded: true, done: true, tick: s.tick + 1 }));
      },
      ensure(first, last) {
        range = [first, last];
        const s = get();
        const mine = generation;
        // Shown, but nothing read yet (the first answer failed): ask again.
        if (!s.loaded) {
          if (generation > 0 && !s.searching && s.problem === null) void (s.mode === 'filter' ? searchMore(mine) : get().show(s.applied));
          return;
        }
        const end = Math.min(last, s.count - 1);
        if (s.mode === 'filter') {
          if (!s.done && !s.searching && s.problem === null && last >= matches.found - NEAR_END) void searchMore(mine);
          for (const page of matches.missing(first, end)) {
            if (matches.inFlight >= MAX_IN_FLIGHT) break;
            void rereadMatches(page, mine);
          }
          return;
        }
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

/**
 * Rows of a very long list kept by page, at most `maxPages` of them: the
 * history screen reads the log a page at a time as the user scrolls, and
 * scrolling through a year of events must not keep the year in memory. The
 * pages used least recently go first; pages the caller marks as wanted (on
 * screen) are never evicted while wanted.
 */
export class PageCache<T> {
  private readonly pages = new Map<number, T[]>();
  private readonly pending = new Set<number>();

  constructor(
    readonly pageSize: number,
    readonly maxPages: number,
  ) {
    if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a whole number ≥ 1, not ${pageSize}`);
    if (!Number.isInteger(maxPages) || maxPages < 1) throw new RangeError(`maxPages must be a whole number ≥ 1, not ${maxPages}`);
  }

  pageOf(index: number): number {
    return Math.floor(index / this.pageSize);
  }

  /** The row at an index, or undefined while its page is not loaded. Does not count as a use. */
  get(index: number): T | undefined {
    return this.pages.get(this.pageOf(index))?.[index % this.pageSize];
  }

  has(page: number): boolean {
    return this.pages.has(page);
  }

  get size(): number {
    return this.pages.size;
  }

  /**
   * The pages covering rows first..last (inclusive) that are neither loaded
   * nor being loaded; the loaded ones among them count as just used.
   */
  missing(first: number, last: number): number[] {
    const out: number[] = [];
    if (last < first) return out;
    for (let p = this.pageOf(Math.max(0, first)); p <= this.pageOf(last); p++) {
      const rows = this.pages.get(p);
      if (rows) {
        // Map keeps insertion order: re-inserting makes this page the most recently used.
        this.pages.delete(p);
        this.pages.set(p, rows);
      } else if (!this.pending.has(p)) out.push(p);
    }
    return out;
  }

  /** Marks a page as being loaded, so it is not asked for twice. */
  loading(page: number): void {
    this.pending.add(page);
  }

  isLoading(page: number): boolean {
    return this.pending.has(page);
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /** A loaded page; then the least recently used pages beyond maxPages go, except those in `keep`. */
  put(page: number, rows: T[], keep: ReadonlySet<number> = new Set()): void {
    this.pending.delete(page);
    this.pages.delete(page);
    this.pages.set(page, rows);
    for (const p of this.pages.keys()) {
      if (this.pages.size <= this.maxPages) break;
      if (p !== page && !keep.has(p)) this.pages.delete(p);
    }
  }

  /** A load that failed or was abandoned: the page may be asked for again. */
  failed(page: number): void {
    this.pending.delete(page);
  }

  clear(): void {
    this.pages.clear();
    this.pending.clear();
  }
}

/** The pages covering rows first..last, inclusive. */
export function pagesBetween(first: number, last: number, pageSize: number): Set<number> {
  const out = new Set<number>();
  for (let p = Math.floor(Math.max(0, first) / pageSize); p <= Math.floor(last / pageSize); p++) out.add(p);
  return out;
}

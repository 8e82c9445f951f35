import { PageCache } from './page-cache';

/**
 * The matches of a history filter, newest first, kept like the whole log's
 * rows: by page of `pageSize` matches, at most `maxPages` of them, so that
 * scrolling a broad filter over a year stays flat in memory.
 *
 * Matches arrive from the search in order (FilterEvents newest first, page
 * after page, some pages short). They fill the last page (the tail, always
 * kept); a full page goes into the cache. A page the cache dropped is read
 * again by cursor: page k holds the first `pageSize` matches before
 * `startOf(k)` (exclusive), and since events are never changed or removed,
 * that is the same page as before. What is kept for every page ever found is
 * that one start position: 5,000 numbers for a million matches.
 */
export class MatchPages<T extends { event: { position: number } }> {
  private readonly cache: PageCache<T>;
  private readonly starts: number[] = [];
  private tail: T[] = [];

  constructor(
    readonly pageSize: number,
    maxPages: number,
  ) {
    this.cache = new PageCache<T>(pageSize, maxPages);
  }

  /** Matches found so far. */
  get found(): number {
    return this.starts.length === 0 ? 0 : (this.starts.length - 1) * this.pageSize + this.tail.length;
  }

  /** The search's first answer: the log ended at `lastPosition`, so page 0 starts just after it. */
  begin(lastPosition: number): void {
    if (this.starts.length === 0) this.starts.push(lastPosition + 1);
  }

  /** Matches the search found next (older than every one before); full pages go to the cache. */
  append(rows: readonly T[], keep: ReadonlySet<number>): void {
    if (this.starts.length === 0) throw new RangeError('MatchPages.append before begin');
    for (const row of rows) {
      this.tail.push(row);
      if (this.tail.length === this.pageSize) {
        this.cache.put(this.starts.length - 1, this.tail, keep);
        this.starts.push(row.event.position);
        this.tail = [];
      }
    }
  }

  private get tailPage(): number {
    return this.starts.length - 1;
  }

  get(index: number): T | undefined {
    const page = Math.floor(index / this.pageSize);
    return page === this.tailPage ? this.tail[index - page * this.pageSize] : this.cache.get(index);
  }

  /** Full pages covering rows first..last that are neither kept nor being read again. */
  missing(first: number, last: number): number[] {
    return this.cache.missing(first, Math.min(last, this.tailPage * this.pageSize - 1));
  }

  /** The beforePosition page `page` is read again from. */
  startOf(page: number): number {
    const start = this.starts[page];
    if (start === undefined || page >= this.tailPage) throw new RangeError(`no full page ${page} to read again`);
    return start;
  }

  loading(page: number): void {
    this.cache.loading(page);
  }

  failed(page: number): void {
    this.cache.failed(page);
  }

  get inFlight(): number {
    return this.cache.inFlight;
  }

  /** A page read again. */
  put(page: number, rows: T[], keep: ReadonlySet<number>): void {
    this.cache.put(page, rows, keep);
  }

  /** Full pages held now (the tail not counted): what a test checks stays bounded. */
  get pagesKept(): number {
    return this.cache.size;
  }
}

import { describe, expect, it } from 'vitest';
import { PageCache, pagesBetween } from './page-cache';

const page = (p: number, size = 10): string[] => Array.from({ length: size }, (_, i) => `r${p * size + i}`);

describe('PageCache', () => {
  it('finds rows by index once their page is in, and names the pages still missing', () => {
    const c = new PageCache<string>(10, 4);
    expect(c.missing(5, 34)).toEqual([0, 1, 2, 3]);
    c.loading(0);
    c.loading(1);
    // Pages being loaded are not asked for twice.
    expect(c.missing(5, 34)).toEqual([2, 3]);
    c.put(1, page(1));
    expect(c.get(13)).toBe('r13');
    expect(c.get(3)).toBeUndefined();
    expect(c.isLoading(0)).toBe(true);
    c.failed(0);
    expect(c.missing(0, 9)).toEqual([0]);
  });

  it('keeps at most maxPages, dropping the least recently used first', () => {
    const c = new PageCache<string>(10, 3);
    for (const p of [0, 1, 2]) c.put(p, page(p));
    // Using page 0 makes page 1 the oldest.
    expect(c.missing(0, 9)).toEqual([]);
    c.put(3, page(3));
    expect(c.size).toBe(3);
    expect([0, 1, 2, 3].filter((p) => c.has(p))).toEqual([0, 2, 3]);
  });

  it('never evicts the pages on screen, even past the limit', () => {
    const c = new PageCache<string>(10, 2);
    c.put(0, page(0));
    c.put(1, page(1));
    c.put(2, page(2), new Set([0, 1, 2]));
    expect(c.size).toBe(3);
    c.put(3, page(3), new Set([3]));
    expect(c.size).toBe(2);
    expect(c.has(3)).toBe(true);
  });

  it('stays flat in memory over a scroll through a million rows', () => {
    const c = new PageCache<number>(100, 8);
    for (let first = 0; first < 1_000_000; first += 2_500) {
      const last = first + 30;
      const keep = pagesBetween(first, last, 100);
      for (const p of c.missing(first, last)) {
        c.loading(p);
        c.put(p, Array.from({ length: 100 }, (_, i) => p * 100 + i), keep);
      }
      expect(c.get(first)).toBe(first);
      expect(c.size).toBeLessThanOrEqual(8);
    }
  });

  it('refuses a page size or limit that is not a whole number ≥ 1', () => {
    expect(() => new PageCache(0, 1)).toThrow(RangeError);
    expect(() => new PageCache(10, 1.5)).toThrow(RangeError);
  });
});

describe('pagesBetween', () => {
  it('covers both ends', () => {
    expect([...pagesBetween(95, 205, 100)]).toEqual([0, 1, 2]);
    expect([...pagesBetween(-5, 3, 100)]).toEqual([0]);
  });
});

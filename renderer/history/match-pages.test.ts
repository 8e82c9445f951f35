import { describe, expect, it } from 'vitest';
import { MatchPages } from './match-pages';

const row = (position: number) => ({ event: { position } });
/** Matches at every third position, newest first, from `from` down. */
const found = (from: number, n: number) => Array.from({ length: n }, (_, i) => row(from - 3 * i));

describe('MatchPages', () => {
  it('fills pages in order, keeps a few full pages and the one being filled, and says where a dropped page starts', () => {
    const m = new MatchPages<ReturnType<typeof row>>(4, 2);
    m.begin(100);
    m.append(found(99, 3), new Set());
    expect(m.found).toBe(3);
    expect(m.get(2)?.event.position).toBe(93);
    m.append(found(90, 10), new Set());
    expect(m.found).toBe(13);
    // Pages 0..2 are full; the cache keeps 2 of them, page 3 is the tail.
    expect(m.pagesKept).toBe(2);
    expect(m.get(0)).toBeUndefined();
    expect(m.get(12)?.event.position).toBe(63);
    expect(m.missing(0, 12)).toEqual([0]);
    // Page 0 is everything before the log's end; page 1 what comes after page 0's last match.
    expect(m.startOf(0)).toBe(101);
    expect(m.startOf(1)).toBe(90);
    expect(() => m.startOf(3)).toThrow(RangeError);
    m.loading(0);
    expect(m.missing(0, 12)).toEqual([]);
    m.put(0, found(99, 4), new Set([0]));
    expect(m.get(0)?.event.position).toBe(99);
    expect(m.pagesKept).toBe(2);
  });

  it('refuses matches before it knows where the log ended', () => {
    expect(() => new MatchPages(4, 2).append([row(1)], new Set())).toThrow(RangeError);
  });
});

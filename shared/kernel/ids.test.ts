import { describe, expect, it } from 'vitest';
import { isUuid, uuidv7From } from './ids';

describe('uuidv7From', () => {
  it('makes RFC 9562 version 7 ids that sort by time', () => {
    const a = uuidv7From(1_700_000_000_000, new Uint8Array(10).fill(255));
    const b = uuidv7From(1_700_000_000_001, new Uint8Array(10));
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(a[19]);
    expect(a < b).toBe(true);
    expect(a.startsWith('018bcfe5-6800')).toBe(true);
  });

  it('is pure: the same time and bytes give the same id', () => {
    const bytes = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(uuidv7From(42, bytes)).toBe(uuidv7From(42, bytes));
  });
});

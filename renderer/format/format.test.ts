import { describe, expect, it } from 'vitest';
import { quickAmounts } from './cash';
import { formatMoney } from './money';

describe('formatMoney', () => {
  it('formats minor units in the currency’s own digits', () => {
    expect(formatMoney(1150, 'USD', 'en')).toBe('$11.50');
    expect(formatMoney(0, 'USD', 'en')).toBe('$0.00');
    expect(formatMoney(-5, 'USD', 'en')).toBe('-$0.05');
    expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
    expect(formatMoney(1234, 'KWD', 'en')).toMatch(/1\.234/);
  });

  it('is exact for amounts a float would blur', () => {
    expect(formatMoney(900719925474099, 'USD', 'en')).toBe('$9,007,199,254,740.99');
  });
});

describe('quickAmounts', () => {
  it('offers the next round notes above what is due', () => {
    expect(quickAmounts(1350, 'USD')).toEqual([1500, 2000, 5000]);
    expect(quickAmounts(2000, 'USD')).toEqual([5000, 10000]);
    expect(quickAmounts(1150, 'JPY')).toEqual([1500, 2000, 5000]);
    expect(quickAmounts(0, 'USD')).toEqual([]);
  });
});

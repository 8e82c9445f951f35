import { describe, expect, it } from 'vitest';
import { basisPointsFraction, basisPointsText, parseAmount, parsePercent } from './parse-input';

describe('parseAmount', () => {
  it('parses decimal text into minor units and refuses what it cannot keep exactly', () => {
    expect(parseAmount('100', 'USD')).toEqual({ ok: true, value: 10_000 });
    expect(parseAmount(' 2.7 ', 'USD')).toEqual({ ok: true, value: 270 });
    expect(parseAmount('1.234', 'USD')).toMatchObject({ ok: false });
    expect(parseAmount('abc', 'USD')).toMatchObject({ ok: false });
    expect(parseAmount('-1', 'USD', { min: 0 })).toEqual({ ok: false, error: 'tooSmall' });
  });
});

describe('parsePercent', () => {
  it('turns percent text into basis points without floats', () => {
    expect(parsePercent('8.25')).toEqual({ ok: true, value: 825 });
    expect(parsePercent('8,5 %')).toEqual({ ok: true, value: 850 });
    expect(parsePercent('20')).toEqual({ ok: true, value: 2000 });
    expect(parsePercent('0.07')).toEqual({ ok: true, value: 7 });
    expect(parsePercent('100')).toEqual({ ok: true, value: 10_000 });
    expect(parsePercent('100.01')).toMatchObject({ ok: false });
    expect(parsePercent('8.255')).toMatchObject({ ok: false });
    expect(parsePercent('')).toMatchObject({ ok: false });
  });

  it('writes basis points back as text', () => {
    expect(basisPointsText(825)).toBe('8.25');
    expect(basisPointsText(850)).toBe('8.5');
    expect(basisPointsText(2000)).toBe('20');
    expect(basisPointsText(7)).toBe('0.07');
    expect(basisPointsFraction(825)).toBe('0.0825');
    expect(basisPointsFraction(10_000)).toBe('1.0000');
  });
});

import { describe, expect, it } from 'vitest';
import { addMoney, formatMinor, multiplyMoney, parseMoney } from './money';

describe('money', () => {
  it('parses decimal text into minor units without floating point', () => {
    expect(parseMoney('12.75', 'USD')).toEqual({ amount: 1275, currency: 'USD' });
    expect(parseMoney('0.1', 'USD').amount + parseMoney('0.2', 'USD').amount).toBe(30);
    expect(parseMoney('-3', 'EUR').amount).toBe(-300);
    expect(parseMoney('1500', 'JPY').amount).toBe(1500);
    expect(parseMoney('1.234', 'KWD').amount).toBe(1234);
  });

  it('refuses text that is not an amount, or has more decimals than the currency', () => {
    expect(() => parseMoney('12.755', 'USD')).toThrow(/decimal places/);
    expect(() => parseMoney('1e3', 'USD')).toThrow(/not an amount/);
    expect(() => parseMoney('', 'USD')).toThrow(/not an amount/);
    expect(() => parseMoney('1.5', 'JPY')).toThrow(/decimal places/);
  });

  it('formats minor units back to plain decimal text', () => {
    expect(formatMinor(81786005, 'USD')).toBe('817860.05');
    expect(formatMinor(-5, 'USD')).toBe('-0.05');
    expect(formatMinor(1500, 'JPY')).toBe('1500');
  });

  it('refuses to mix currencies or to multiply by a fraction', () => {
    expect(() => addMoney({ amount: 1, currency: 'USD' }, { amount: 1, currency: 'EUR' })).toThrow(/cannot combine/);
    expect(() => multiplyMoney({ amount: 100, currency: 'USD' }, 1.5)).toThrow(/whole number/);
  });
});

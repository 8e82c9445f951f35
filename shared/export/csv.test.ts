import { describe, expect, it } from 'vitest';
import type { Recorded } from '../kernel/recorded';
import { csvDecimal, csvField, csvRow } from './csv';
import { eventCsvLine } from './event-export-format';
import { salesReportCsv } from './sales-report-csv';

describe('csv cells', () => {
  it('quotes as RFC 4180 wants: commas, quotes, line breaks', () => {
    expect(csvRow(['a', 'b,c', 'say "hi"', 'x\ny'])).toBe('a,"b,c","say ""hi""","x\ny"\r\n');
  });

  it('puts an apostrophe before a text cell a spreadsheet would open as a formula', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")']) expect(csvField(s).replace(/^"/, '')).toMatch(/^'/);
    expect(csvRow(['=HYPERLINK("http://x","y")', '-5', 'plain'])).toBe(`"'=HYPERLINK(""http://x"",""y"")",'-5,plain\r\n`);
    // Only the first character counts: these are plain text.
    expect(csvRow(['a=b', 'Total', '', '1-2'])).toBe('a=b,Total,,1-2\r\n');
  });

  it('writes numbers by their type: a negative number or decimal stays a number', () => {
    expect(csvRow([-150, 0, 42, csvDecimal('-1.50'), csvDecimal('1234.56')])).toBe('-150,0,42,-1.50,1234.56\r\n');
  });

  it('refuses a decimal that is not one, and a number that is not finite, with a Validation error', () => {
    expect(() => csvDecimal('=1')).toThrow(expect.objectContaining({ code: 'Validation' }));
    expect(() => csvDecimal('1,5')).toThrow(/digits/);
    expect(() => csvField(Number.NaN)).toThrow(expect.objectContaining({ code: 'Validation' }));
    expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow(/finite/);
  });
});

describe('the exports through csv.ts', () => {
  it("guards an event's staff name but keeps its counters numbers", () => {
    const e: Recorded = {
      id: 'e1', stream: 'order-1', version: 3, position: 17, type: 'ItemVoided', schema: 1,
      data: { reason: '-gone' },
      meta: { terminal: 'T1', seq: 9, staff: 's1', at: '2026-11-01T10:00:00.000Z', command: 'c1' },
      hash: 'h',
    };
    const line = eventCsvLine(e, new Map([['s1', '=cmd|"/c calc"!A1']]));
    expect(line).toBe(`17,2026-11-01T10:00:00.000Z,ItemVoided,order-1,3,T1,9,s1,"'=cmd|""/c calc""!A1",,,c1,e1,"{""reason"":""-gone""}",h\r\n`);
  });

  it('keeps negative amounts in the sales report as numbers and guards its labels', () => {
    const csv = salesReportCsv({
      by: 'item', from: null, to: null, currency: 'USD', notes: [],
      rows: [{ key: 'i1', label: '+Extra', orders: 1, qty: -1, amount: -150, tax: 0, tips: 0, refunds: 0 }],
      totals: { orders: 1, qty: -1, amount: -150, tax: 0, tips: 0, refunds: 0 },
    });
    expect(csv.split('\r\n')[1]).toBe("i1,'+Extra,1,-1,-1.50,0.00,0.00,0.00,USD");
  });
});

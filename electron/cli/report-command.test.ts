import { describe, expect, it } from 'vitest';
import type { SalesReportView } from '../../shared/contract/report-views';
import { csvField, render } from './report-command';

const view: SalesReportView = {
  by: 'category',
  from: '2015-01-01',
  to: null,
  currency: 'USD',
  rows: [
    { key: 'c1', label: 'Pizza, "large"', orders: 12, qty: 30, amount: 123456, tax: 0, tips: 0, refunds: 0 },
    { key: 'c2', label: 'Drinks', orders: 3, qty: 4, amount: -150, tax: 0, tips: 0, refunds: 500 },
  ],
  totals: { orders: 14, qty: 34, amount: 123306, tax: 0, tips: 0, refunds: 500 },
  notes: [],
};

describe('docket report formats', () => {
  it('json: one object per group, amounts in integer minor units', () => {
    const lines = render(view, 'json').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { by: 'category', key: 'c1', label: 'Pizza, "large"', orders: 12, qty: 30, amount: 123456, tax: 0, tips: 0, refunds: 0, currency: 'USD' },
      { by: 'category', key: 'c2', label: 'Drinks', orders: 3, qty: 4, amount: -150, tax: 0, tips: 0, refunds: 500, currency: 'USD' },
    ]);
  });

  it('csv: RFC 4180 quoting, CRLF, decimal amounts and a total row', () => {
    expect(render(view, 'csv')).toBe(
      'key,label,orders,qty,amount,tax,tips,refunds,currency\r\n' +
        'c1,"Pizza, ""large""",12,30,1234.56,0.00,0.00,0.00,USD\r\n' +
        'c2,Drinks,3,4,-1.50,0.00,0.00,5.00,USD\r\n' +
        ',Total,14,34,1233.06,0.00,0.00,5.00,USD\r\n',
    );
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('table: aligned columns, decimals, the refunds column only when there were refunds', () => {
    expect(render(view, 'table')).toBe(
      [
        'Sales by category, 2015-01-01 to the end',
        'category        orders  qty  amount (USD)   tax  refunds',
        '--------------  ------  ---  ------------  ----  -------',
        'Pizza, "large"      12   30       1234.56  0.00     0.00',
        'Drinks               3    4         -1.50  0.00     5.00',
        '--------------  ------  ---  ------------  ----  -------',
        'Total               14   34       1233.06  0.00     5.00',
        '',
      ].join('\n'),
    );
    expect(render({ ...view, totals: { ...view.totals, refunds: 0 } }, 'table')).not.toContain('refunds');
  });
});

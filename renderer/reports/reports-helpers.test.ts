import { describe, expect, it } from 'vitest';
import type { AdjustmentsReportView } from '../../shared/contract/report-adjustments';
import type { ServiceTimesReportView } from '../../shared/contract/report-service-times';
import { exportFileName } from '../export/download-file';
import { exportPageSize, percentThrough } from '../export/export-progress';
import { adjustmentsCsv, serviceTimesCsv } from './report-csv';
import { clockOf, customRange, presetRange } from './report-range';

describe('report day ranges', () => {
  // A Wednesday, late in the UTC day.
  const now = new Date('2026-11-25T23:30:00Z');
  it('are UTC days by default: today, from Monday, from the 1st, from 1 January, or open', () => {
    expect(presetRange('today', now)).toEqual({ from: '2026-11-25', to: '2026-11-25' });
    expect(presetRange('week', now)).toEqual({ from: '2026-11-23', to: '2026-11-25' });
    expect(presetRange('week', new Date('2026-11-29T10:00:00Z'))).toEqual({ from: '2026-11-23', to: '2026-11-29' }); // a Sunday
    expect(presetRange('month', now)).toEqual({ from: '2026-11-01', to: '2026-11-25' });
    expect(presetRange('year', now)).toEqual({ from: '2026-01-01', to: '2026-11-25' });
    expect(presetRange('all', now)).toEqual({});
  });
  it('are the restaurant business days: in its zone, after its cut-off', () => {
    const ny = { timeZone: 'America/New_York', dayCutoffMinutes: 240 };
    // 01:30 on Monday 2 November in New York: still Sunday 1 November's business day, the last of its week.
    const smallHours = new Date('2026-11-02T06:30:00Z');
    expect(presetRange('today', smallHours, ny)).toEqual({ from: '2026-11-01', to: '2026-11-01' });
    expect(presetRange('week', smallHours, ny)).toEqual({ from: '2026-10-26', to: '2026-11-01' });
    expect(presetRange('month', smallHours, ny)).toEqual({ from: '2026-11-01', to: '2026-11-01' });
    // 23:30 UTC on 31 December is already 1 January in Tokyo.
    expect(presetRange('year', new Date('2026-12-31T23:30:00Z'), { timeZone: 'Asia/Tokyo', dayCutoffMinutes: 0 })).toEqual({ from: '2027-01-01', to: '2027-01-01' });
    expect(clockOf(null)).toEqual({ timeZone: 'UTC', dayCutoffMinutes: 0 });
  });
  it('refuse a typed range that ends before it starts; an empty end is open', () => {
    expect(customRange('2026-11-02', '2026-11-01')).toBe('endsBeforeStart');
    expect(customRange('2026-11-01', '')).toEqual({ from: '2026-11-01' });
    expect(customRange('', '')).toEqual({});
  });
});

describe('report CSVs', () => {
  it('write adjustments with plain decimals, the currency in its own column and a total row', () => {
    const row = { voids: 1, voidAmount: 300, discounts: 2, discountAmount: 150, refunds: 0, refundAmount: 0 };
    const view: AdjustmentsReportView = {
      from: null, to: null, currency: 'USD', notes: [], totals: row,
      byStaff: [{ key: 's1', label: 'Ana, "the boss"', ...row }],
      byApprover: [],
    };
    expect(adjustmentsCsv(view, 'byStaff')).toBe(
      'staff,name,voids,void_amount,discounts,discount_amount,refunds,refund_amount,currency\r\n' +
        's1,"Ana, ""the boss""",1,3.00,2,1.50,0,0.00,USD\r\n' +
        ',Total,1,3.00,2,1.50,0,0.00,USD\r\n',
    );
  });
  it('write service times in minutes to a tenth, an empty cell where no order took the step', () => {
    const s = (ms: number) => ({ count: 2, averageMs: ms, medianMs: ms, p90Ms: ms });
    const hour = { orders: 2, toKitchen: s(90_000), kitchenToPaid: null, paidToClosed: s(0), openToClosed: s(600_000) };
    const view: ServiceTimesReportView = { from: null, to: null, notes: [], byHour: [{ hour: 9, ...hour }], overall: hour };
    const [head, nine, all] = serviceTimesCsv(view).split('\r\n');
    expect(head?.split(',').slice(0, 6)).toEqual(['hour', 'orders', 'toKitchen_orders', 'toKitchen_avg_min', 'toKitchen_median_min', 'toKitchen_p90_min']);
    expect(nine).toBe('09,2,2,1.5,1.5,1.5,0,,,,2,0.0,0.0,0.0,2,10.0,10.0,10.0');
    expect(all?.startsWith('all,2,')).toBe(true);
  });
});

describe('export helpers', () => {
  it('name files safely with a UTC stamp, read the page size knob, and measure progress through the log', () => {
    expect(exportFileName(['docket-sales', 'hour', '2026-11-01', ''], 'csv', new Date('2026-11-28T10:31:05Z'))).toBe('docket-sales-hour-2026-11-01-20261128-103105.csv');
    expect(exportFileName(['a/b\\c: d'], 'ndjson', new Date(0))).toBe('a-b-c-d-19700101-000000.ndjson');
    expect(exportPageSize('?exportPageSize=5')).toBe(5);
    expect(exportPageSize('?exportPageSize=0')).toBe(1000);
    expect(exportPageSize('?exportPageSize=abc')).toBe(1000);
    expect(exportPageSize('')).toBe(1000);
    expect(percentThrough(50, 200)).toBe(25);
    expect(percentThrough(null, 200)).toBe(100);
  });
});

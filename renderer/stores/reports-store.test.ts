import { describe, expect, it } from 'vitest';
import type { DocketApi } from '../../shared/contract/api';
import type { BusinessClock } from '../../shared/domain/restaurant/business-time';
import { createReportsStore } from './reports-store';

/** A stand-in for the till that records the ranges asked for and answers an empty sales report. */
function fakeApi() {
  const asked: { from?: string; to?: string }[] = [];
  const api: Pick<DocketApi, 'query'> = {
    query: (async (q: { type: string; from?: string; to?: string; by?: string }) => {
      asked.push({ ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) });
      const totals = { orders: 0, qty: 0, amount: 0, tax: 0, tips: 0, refunds: 0 };
      return { ok: true, value: { by: q.by, from: q.from ?? null, to: q.to ?? null, currency: 'USD', rows: [], totals, notes: [] } };
    }) as DocketApi['query'],
  };
  return { api, asked };
}

describe('the reports store', () => {
  it('works "today" out at each read, in the restaurant clock as it is then: past the cut-off, the new day', async () => {
    const { api, asked } = fakeApi();
    let now = new Date('2026-11-02T06:30:00Z'); // 01:30 in New York
    let clock: BusinessClock = { timeZone: 'America/New_York', dayCutoffMinutes: 240 };
    const store = createReportsStore(api, { now: () => now, clock: () => clock });
    await store.getState().load();
    expect(asked.at(-1)).toEqual({ from: '2026-11-01', to: '2026-11-01' });
    now = new Date('2026-11-02T09:30:00Z'); // 04:30: the 2nd's business day has begun
    await store.getState().load();
    expect(asked.at(-1)).toEqual({ from: '2026-11-02', to: '2026-11-02' });
    expect(store.getState().range).toEqual({ from: '2026-11-02', to: '2026-11-02' });
    clock = { timeZone: 'Pacific/Auckland', dayCutoffMinutes: 0 };
    await store.getState().setPreset('month');
    expect(asked.at(-1)).toEqual({ from: '2026-11-01', to: '2026-11-02' }); // 22:30 on the 2nd in Auckland
    // A typed range stays as typed.
    await store.getState().setRange({ from: '2026-10-01', to: '2026-10-31' });
    now = new Date('2027-01-01T12:00:00Z');
    await store.getState().load();
    expect(asked.at(-1)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });
});

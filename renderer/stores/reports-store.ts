import { createStore } from 'zustand/vanilla';
import type { DocketApi } from '../../shared/contract/api';
import type { AdjustmentsReportView } from '../../shared/contract/report-adjustments';
import type { SalesReportBy } from '../../shared/contract/report-queries';
import type { SalesReportView } from '../../shared/contract/report-views';
import type { ServiceTimesReportView } from '../../shared/contract/report-service-times';
import type { BusinessClock } from '../../shared/domain/restaurant/business-time';
import { presetRange, type DayRange, type RangePreset } from '../reports/report-range';

/** The reports the screen offers: five sales groupings, adjustments two ways, service times. */
export const REPORT_KINDS = ['hour', 'day', 'category', 'item', 'staff', 'adjustStaff', 'adjustApprover', 'service'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export type ReportData =
  | { kind: Extract<ReportKind, SalesReportBy>; view: SalesReportView }
  | { kind: 'adjustStaff' | 'adjustApprover'; view: AdjustmentsReportView }
  | { kind: 'service'; view: ServiceTimesReportView };

export interface ReportsState {
  preset: RangePreset | 'custom';
  range: DayRange;
  kind: ReportKind;
  data: ReportData | null;
  loading: boolean;
  error: string | null;
  setPreset(preset: RangePreset): Promise<void>;
  setRange(range: DayRange): Promise<void>;
  setKind(kind: ReportKind): Promise<void>;
  load(): Promise<void>;
}

export interface ReportsStoreOptions {
  now?: () => Date;
  /** The restaurant's zone and day cut-off as the till has them now: what "today" means. */
  clock?: () => BusinessClock;
}

/**
 * The reports screen's state: one report at a time over one day range, read
 * when either changes. An answer that arrives after the choice moved on is
 * dropped. Errors stay on the screen (a wrong range, a server signed in).
 *
 * A preset ("today", "this week", ...) is worked out again at every read, in
 * the restaurant's clock: a till left on the reports screen past the day's
 * cut-off shows the new day at its next read, not the day it was opened on.
 */
export const createReportsStore = (api: Pick<DocketApi, 'query'>, opts: ReportsStoreOptions = {}) =>
  createStore<ReportsState>()((set, get) => {
    let seq = 0;
    const now = opts.now ?? (() => new Date());
    const rangeOf = (preset: RangePreset): DayRange => presetRange(preset, now(), opts.clock?.());
    async function fetchReport(kind: ReportKind, range: DayRange): Promise<ReportData | string> {
      if (kind === 'adjustStaff' || kind === 'adjustApprover') {
        const r = await api.query({ type: 'GetAdjustmentsReport', ...range });
        return r.ok ? { kind, view: r.value } : r.error.message;
      }
      if (kind === 'service') {
        const r = await api.query({ type: 'GetServiceTimesReport', ...range });
        return r.ok ? { kind, view: r.value } : r.error.message;
      }
      const r = await api.query({ type: 'GetSalesReport', by: kind, ...range });
      return r.ok ? { kind, view: r.value } : r.error.message;
    }
    return {
      preset: 'today',
      range: rangeOf('today'),
      kind: 'hour',
      data: null,
      loading: false,
      error: null,
      async setPreset(preset) {
        set({ preset });
        await get().load();
      },
      async setRange(range) {
        set({ preset: 'custom', range });
        await get().load();
      },
      async setKind(kind) {
        set({ kind });
        await get().load();
      },
      async load() {
        const mine = ++seq;
        const { kind, preset } = get();
        const range = preset === 'custom' ? get().range : rangeOf(preset);
        set({ loading: true, error: null, range });
        const got = await fetchReport(kind, range);
        if (mine !== seq) return;
        if (typeof got === 'string') set({ loading: false, error: got, data: null });
        else set({ loading: false, data: got });
      },
    };
  });

export type ReportsStore = ReturnType<typeof createReportsStore>;

import type { DurationStats, ServiceTimes, ServiceTimesReportView } from '../../../shared/contract/report-service-times';
import type { SqlDb } from '../store/sql-db';
import { dayRangeWhere, type DayRange } from './day-range';

/**
 * GetServiceTimesReport over ../projections/service-times-projection.ts. The
 * rows of a range are read once (a year is ~21k small rows) and the
 * statistics computed here: SQLite has no median.
 */
interface Times {
  hour: number;
  opened: number;
  sent: number | null;
  paid: number | null;
  closed: number | null;
}

/** Nearest rank: the smallest value with at least p of the values at or below it. Whole ms in, whole ms out. */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] as number;
}

export function durationStats(values: number[]): DurationStats {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return { count: sorted.length, averageMs: Math.round(sum / sorted.length), medianMs: percentile(sorted, 0.5), p90Ms: percentile(sorted, 0.9) };
}

/** A step's duration, when the order took both ends of it (and the clock did not run backwards between them). */
const span = (start: number | null, end: number | null): number | null => (start === null || end === null || end < start ? null : end - start);

function summarise(rows: readonly Times[]): ServiceTimes {
  const collect = (f: (t: Times) => number | null): number[] => rows.map(f).filter((v): v is number => v !== null);
  return {
    orders: rows.length,
    toKitchen: durationStats(collect((t) => span(t.opened, t.sent))),
    // An order paid without going to the kitchen has no kitchen-to-paid step.
    kitchenToPaid: durationStats(collect((t) => span(t.sent, t.paid))),
    paidToClosed: durationStats(collect((t) => (t.closed === null ? null : span(t.paid, t.closed)))),
    openToClosed: durationStats(collect((t) => span(t.opened, t.closed))),
  };
}

export function getServiceTimesReport(db: SqlDb, q: DayRange): ServiceTimesReportView {
  const range = dayRangeWhere('day', q);
  const rows: Times[] = [];
  db.each(`SELECT hour, opened_ms, sent_ms, paid_ms, closed_ms FROM report_service_times WHERE ${range.sql}`, range.params, (r) => {
    const [hour, opened, sent, paid, closed] = r as [number, number, number | null, number | null, number | null];
    rows.push({ hour: Number(hour), opened: Number(opened), sent: sent === null ? null : Number(sent), paid: paid === null ? null : Number(paid), closed: closed === null ? null : Number(closed) });
  });
  const hours = new Map<number, Times[]>();
  for (const t of rows) {
    const group = hours.get(t.hour);
    if (group) group.push(t);
    else hours.set(t.hour, [t]);
  }
  return {
    from: q.from ?? null,
    to: q.to ?? null,
    byHour: [...hours.keys()].sort((a, b) => a - b).map((hour) => ({ hour, ...summarise(hours.get(hour) ?? []) })),
    overall: summarise(rows),
    notes: [
      'orders are grouped by the local hour and business day they were opened in (the restaurant\'s time zone and day cut-off when they were opened)',
      'to the kitchen: opened to first sent (or fired); paid: the last payment before the first close; closed: the first close',
      'each step counts only the orders that took it (a drinks-only order never goes to the kitchen)',
    ],
  };
}

import { DocketError } from '../../../shared/kernel/errors';
import type { SqlDb } from '../store/sql-db';
import { aggregateOf, type AggregateKind } from './stream-aggregates';

/**
 * A stream's events as steps on a timeline, with the time between them, and
 * for orders and shifts the milestones an owner looks at (opened → sent to
 * the kitchen → fired → paid → closed) with the time from the start to each.
 * Read straight from the (stream, version) index: no fold, no read model.
 */
export interface TimelineStep {
  position: number;
  version: number;
  id: string;
  type: string;
  at: string;
  terminal: string;
  staff: string | null;
  staffName: string | null;
  approvedBy: string | null;
  approverName: string | null;
  data: unknown;
  /** Since the step before (null for the stream's first event). */
  sincePreviousMs: number | null;
  /** Since the stream's first event. */
  sinceStartMs: number;
}

export interface Milestone {
  name: string;
  type: string;
  at: string;
  sinceStartMs: number;
}

export interface StreamTimeline {
  stream: string;
  kind: AggregateKind | null;
  steps: TimelineStep[];
  milestones: Milestone[];
  /** From the first to the last event of the stream (of this page). */
  spanMs: number;
  /** More steps follow: ask again with afterVersion = the last step's version. */
  more: boolean;
}

/** The first event of each of these types marks a step of the service. */
const MILESTONES: Partial<Record<AggregateKind, [string, string][]>> = {
  order: [
    ['OrderOpened', 'opened'],
    ['LinesSent', 'sent to the kitchen'],
    ['CourseFired', 'course fired'],
    ['BillPrinted', 'bill printed'],
    ['PaymentTaken', 'paid'],
    ['OrderClosed', 'closed'],
  ],
  shift: [
    ['ShiftOpened', 'opened'],
    ['ShiftClosed', 'closed'],
  ],
};

type Row = [number, number, string, string, string, string, string | null, string | null, string];

export interface TimelineOptions {
  afterVersion?: number;
  limit?: number;
  names?: ReadonlyMap<string, string>;
}

export function streamTimeline(db: SqlDb, stream: string, o: TimelineOptions = {}): StreamTimeline {
  const limit = o.limit ?? 1000;
  const after = o.afterVersion ?? 0;
  const rows = db.rows(
    `SELECT position, version, id, type, at, terminal, json_extract(meta, '$.staff'), json_extract(meta, '$.approvedBy'), data
       FROM events WHERE stream = ? AND version > ? ORDER BY version LIMIT ?`,
    [stream, after, limit + 1],
  ) as Row[];
  if (rows.length === 0 && after === 0) throw new DocketError('NotFound', `no events in stream ${stream}`, { stream });
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  // Times count from the stream's first event even on later pages.
  const first = after === 0 ? page[0]?.[4] : (db.get<{ at: string }>('SELECT at FROM events WHERE stream = ? AND version = 1', [stream])?.at ?? page[0]?.[4]);
  const start = Date.parse(first ?? '');
  let previous = after === 0 ? null : Date.parse(db.get<{ at: string }>('SELECT at FROM events WHERE stream = ? AND version = ?', [stream, after])?.at ?? '');
  const name = (id: string | null): string | null => (id === null ? null : (o.names?.get(id) ?? null));
  const steps = page.map(([position, version, id, type, at, terminal, staff, approvedBy, data]): TimelineStep => {
    const t = Date.parse(at);
    const step: TimelineStep = {
      position,
      version,
      id,
      type,
      at,
      terminal,
      staff,
      staffName: name(staff),
      approvedBy,
      approverName: name(approvedBy),
      data: JSON.parse(data) as unknown,
      sincePreviousMs: previous === null || Number.isNaN(previous) ? null : t - previous,
      sinceStartMs: t - start,
    };
    previous = t;
    return step;
  });
  const kind = aggregateOf(stream)?.kind ?? null;
  const milestones: Milestone[] = [];
  for (const [type, label] of (kind && MILESTONES[kind]) || []) {
    const hit = steps.find((s) => s.type === type);
    if (hit) milestones.push({ name: label, type, at: hit.at, sinceStartMs: hit.sinceStartMs });
  }
  const lastStep = steps.at(-1);
  return { stream, kind, steps, milestones, spanMs: lastStep ? lastStep.sinceStartMs : 0, more };
}

import type { EventLabels, StreamLabel } from '../../../shared/contract/history-queries';
import type { Recorded } from '../../../shared/kernel/recorded';
import type { EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import { staffNames } from './roster';
import { aggregateOf } from './stream-aggregates';

/**
 * What the history screen needs to show a page of events in words: each
 * stream as the staff know it (an order by its receipt number and table, a
 * shift by its number on its till) and each person by name. The parts are
 * structured, not sentences: the renderer words them in the viewer's
 * language. Read from the read models (a page names at most a few hundred
 * streams, one indexed look-up each), so it costs nothing like a fold.
 */
export function labelEvents(db: SqlDb, log: EventLog, events: readonly Recorded[]): EventLabels {
  const streams: Record<string, StreamLabel> = {};
  const staff: Record<string, string> = {};
  const names = staffNames(log);
  for (const e of events) {
    if (!Object.hasOwn(streams, e.stream)) streams[e.stream] = streamLabel(db, e.stream);
    for (const id of [e.meta.staff, e.meta.approvedBy]) {
      const name = id === undefined ? undefined : names.get(id);
      if (id !== undefined && name !== undefined) staff[id] = name;
    }
  }
  return { streams, staff };
}

type OrderRow = {
  series: string | null;
  number: number | null;
  tableName: string | null;
  terminal: string;
};

type ShiftRow = {
  terminal: string;
  zNumber: number | null;
  ordinal: number;
};

export function streamLabel(db: SqlDb, stream: string): StreamLabel {
  const kind = aggregateOf(stream)?.kind;
  switch (kind) {
    case 'order': {
      const orderId = stream.slice('order-'.length);
      const o = db.get<OrderRow>('SELECT receipt_series AS series, receipt_number AS number, table_name AS tableName, terminal FROM orders WHERE order_id = ?', [
        orderId,
      ]);
      return {
        kind,
        id: orderId,
        ...(o?.series != null && o.number != null ? { receipt: { series: o.series, number: Number(o.number) } } : {}),
        ...(o?.tableName != null ? { table: o.tableName } : {}),
        ...(o ? { terminal: o.terminal } : {}),
      };
    }
    case 'shift': {
      const shiftId = stream.slice('shift-'.length);
      // A closed shift has its Z number; an open one is numbered by its place among its till's shifts (the Z it will get).
      const s = db.get<ShiftRow>(
        `SELECT terminal, z_number AS zNumber,
           (SELECT count(*) FROM shifts o WHERE o.terminal = s.terminal AND o.opened_at <= s.opened_at) AS ordinal
         FROM shifts s WHERE shift_id = ?`,
        [shiftId],
      );
      return { kind, id: shiftId, ...(s ? { terminal: s.terminal, number: Number(s.zNumber ?? s.ordinal) } : {}) };
    }
    case 'terminal':
      return { kind, id: stream.slice(stream.indexOf('-') + 1), terminal: stream.slice(stream.indexOf('-') + 1) };
    case undefined:
      return { kind: 'other', id: stream };
    default:
      return { kind, id: stream };
  }
}

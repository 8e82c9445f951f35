import type { TFunction } from 'i18next';
import type { EventLabels, FilterEventsView, StreamLabel } from '../../shared/contract/history-queries';
import type { EventView } from '../../shared/contract/views';

/** One row of the history list: the event with its stream and people already in words the renderer can use. */
export interface HistoryRow {
  event: EventView;
  stream: StreamLabel;
  staffName: string | null;
  approverName: string | null;
}

/** The page's events joined with the labels the core sent beside them. */
export function toRows(events: readonly EventView[], labels: EventLabels): HistoryRow[] {
  return events.map((event) => ({
    event,
    stream: labels.streams[event.stream] ?? { kind: 'other', id: event.stream },
    staffName: nameOf(labels, event.meta.staff),
    approverName: nameOf(labels, event.meta.approvedBy),
  }));
}

export const pageRows = (view: FilterEventsView): HistoryRow[] => toRows(view.events, view.labels);

function nameOf(labels: EventLabels, id: string | undefined): string | null {
  if (id === undefined) return null;
  // A member no longer on the roster still did what they did: show their id rather than nobody.
  return labels.staff[id] ?? id;
}

/** The tail of an id, enough to tell two open orders apart on screen (UUIDv7 ids share their leading time digits). */
export const shortId = (id: string): string => id.replace(/-/g, '').slice(-6);

/**
 * A stream as staff say it: "Order #T1-1042, table 12", "Shift #7 (T1)",
 * "Menu". An order is known by its receipt once closed, by the tail of its
 * id before that.
 */
export function streamText(label: StreamLabel, t: TFunction): string {
  switch (label.kind) {
    case 'order': {
      const name = label.receipt
        ? t('historyLog.stream.orderReceipt', { series: label.receipt.series, number: label.receipt.number })
        : t('historyLog.stream.orderOpen', { id: shortId(label.id) });
      return label.table !== undefined ? t('historyLog.stream.withTable', { name, table: label.table }) : name;
    }
    case 'shift':
      return label.number !== undefined && label.terminal !== undefined
        ? t('historyLog.stream.shift', { number: label.number, terminal: label.terminal })
        : t('historyLog.stream.shiftUnknown', { id: shortId(label.id) });
    case 'terminal':
      return t('historyLog.stream.terminal', { terminal: label.terminal ?? label.id });
    case 'menu':
    case 'staff':
    case 'floor':
    case 'restaurant':
      return t(`historyLog.stream.${label.kind}`);
    case 'other':
      return label.id;
  }
}

import { z } from 'zod';
import { FILTER_LIMITS } from '../history/filter-syntax';
import { MAX_LIST_LIMIT } from './limits';
import { EventViewSchema } from './views';

/**
 * History: filter the event log, follow one stream on a timeline, and see a
 * stream's state as it was at any position (time travel). The filter text is
 * parsed and compiled by the core; a filter it cannot read comes back as a
 * Validation error whose details carry `{column, length}` (1-based) to
 * underline. shared/history/filter-parser.ts is the same parser, for the
 * filter bar to check as the user types.
 */
const Position = z.int().min(0);
const StreamName = z.string().min(1).max(200);

/**
 * One page of matching events. Oldest first from `afterPosition`, or newest
 * first (`newestFirst`, from `beforePosition`), never past `upToPosition`.
 * A page can come back short with `partial: true` when the search ran out of
 * its time slice before the page filled: ask again with the cursor
 * (nextAfter / nextBefore) to go on.
 */
export const FilterEventsSchema = z.strictObject({
  type: z.literal('FilterEvents'),
  // Longer than the parser's limit on purpose: the parser refuses with a column, zod only with a message.
  filter: z.string().max(FILTER_LIMITS.maxLength * 2),
  afterPosition: Position.optional(),
  beforePosition: Position.optional(),
  newestFirst: z.boolean().optional(),
  /**
   * No event beyond this position; nextAfter is null once it is reached. An
   * export fixes the log's end when it starts (like ExportLog's), so the file
   * does not run on while the till keeps selling.
   */
  upToPosition: Position.optional(),
  limit: z.int().min(1).max(MAX_LIST_LIMIT).optional(),
  /** The viewer's zone (minutes east of UTC) for dates written without one, and for today/yesterday. */
  utcOffsetMinutes: z.int().min(-840).max(840).optional(),
});

/**
 * A stream as staff know it, in parts for the renderer to word: an order by
 * its receipt (once closed) and table, a shift by its number on its till.
 * `id` is the order or shift id (the stream's name for the rest).
 */
export const StreamLabelSchema = z.object({
  kind: z.union([z.enum(['order', 'shift', 'floor', 'menu', 'staff', 'restaurant', 'terminal']), z.literal('other')]),
  id: z.string(),
  receipt: z.object({ series: z.string(), number: z.int() }).optional(),
  table: z.string().optional(),
  terminal: z.string().optional(),
  number: z.int().optional(),
});
export type StreamLabel = z.infer<typeof StreamLabelSchema>;

/** The words for a page of events: its streams by name, its staff and approvers by id. */
export const EventLabelsSchema = z.object({
  streams: z.record(z.string(), StreamLabelSchema),
  staff: z.record(z.string(), z.string()),
});
export type EventLabels = z.infer<typeof EventLabelsSchema>;

export const FilterEventsViewSchema = z.object({
  events: z.array(EventViewSchema),
  nextAfter: z.int().nullable(),
  nextBefore: z.int().nullable(),
  partial: z.boolean(),
  lastPosition: z.int(),
  /** The page's streams and people in words (see StreamLabelSchema). */
  labels: EventLabelsSchema,
});
export type FilterEventsView = z.infer<typeof FilterEventsViewSchema>;

/**
 * A moment of the log: a position, or a time (the last event recorded at or
 * before it; device clocks). The position wins when both are given; neither:
 * now.
 */
const Moment = { atPosition: Position.optional(), atTime: z.iso.datetime({ offset: true }).optional() };

/** A stream's state after the event at (or last before) the moment. */
export const GetStreamStateSchema = z.strictObject({
  type: z.literal('GetStreamState'),
  stream: StreamName,
  ...Moment,
});

export const AggregateKindSchema = z.enum(['order', 'shift', 'floor', 'menu', 'staff', 'restaurant', 'terminal']);

export const StateChangeSchema = z.object({ path: z.string(), before: z.unknown().optional(), after: z.unknown().optional() });

export const StreamStateViewSchema = z.object({
  stream: z.string(),
  kind: AggregateKindSchema,
  version: z.int(),
  atPosition: z.int(),
  at: z.string().nullable(),
  /** The aggregate's state as its evolve folded it (the shapes in shared/domain/<aggregate>/*-state.ts). */
  state: z.unknown(),
  /** The last event folded; null before the stream's first event. */
  event: EventViewSchema.nullable(),
  /** What that event changed: paths with their values before and after. */
  diff: z.object({ changes: z.array(StateChangeSchema), truncated: z.boolean() }),
});
export type StreamStateView = z.infer<typeof StreamStateViewSchema>;

/** A stream's events with the time between them; paged by version for long streams. */
export const GetStreamTimelineSchema = z.strictObject({
  type: z.literal('GetStreamTimeline'),
  stream: StreamName,
  afterVersion: Position.optional(),
  limit: z.int().min(1).max(MAX_LIST_LIMIT).optional(),
});

export const StreamTimelineViewSchema = z.object({
  stream: z.string(),
  kind: AggregateKindSchema.nullable(),
  steps: z.array(
    z.object({
      position: z.int(),
      version: z.int(),
      id: z.string(),
      type: z.string(),
      at: z.string(),
      terminal: z.string(),
      staff: z.string().nullable(),
      staffName: z.string().nullable(),
      approvedBy: z.string().nullable(),
      approverName: z.string().nullable(),
      data: z.unknown(),
      sincePreviousMs: z.number().nullable(),
      sinceStartMs: z.number(),
    }),
  ),
  /** Orders: opened, sent to the kitchen, course fired, bill printed, paid, closed (first of each); shifts: opened, closed. */
  milestones: z.array(z.object({ name: z.string(), type: z.string(), at: z.string(), sinceStartMs: z.number() })),
  spanMs: z.number(),
  more: z.boolean(),
});
export type StreamTimelineView = z.infer<typeof StreamTimelineViewSchema>;

/** The whole till at a moment: the orders open then and the open shifts' money so far. */
export const GetTillAtSchema = z.strictObject({ type: z.literal('GetTillAt'), ...Moment });

export const TillAtViewSchema = z.object({
  atPosition: z.int(),
  at: z.string().nullable(),
  openOrders: z.array(
    z.object({
      orderId: z.string(),
      table: z.string().nullable(),
      openedAt: z.string(),
      lines: z.int(),
      total: z.int(),
      paid: z.int(),
      due: z.int(),
      version: z.int(),
    }),
  ),
  shifts: z.array(
    z.object({
      shiftId: z.string(),
      terminal: z.string(),
      openedAt: z.string(),
      float: z.int(),
      paidIn: z.int(),
      paidOut: z.int(),
      ordersClosed: z.int(),
      tenders: z.array(z.object({ tender: z.string(), count: z.int(), amount: z.int(), tips: z.int() })),
      refunds: z.object({ count: z.int(), amount: z.int(), cash: z.int() }),
      drawerOpenings: z.int(),
      /** float + cash taken (with cash tips) + paid in − paid out − cash refunded. */
      expectedCash: z.int(),
    }),
  ),
});
export type TillAtView = z.infer<typeof TillAtViewSchema>;

export const HISTORY_QUERY_SCHEMAS = [FilterEventsSchema, GetStreamStateSchema, GetStreamTimelineSchema, GetTillAtSchema] as const;

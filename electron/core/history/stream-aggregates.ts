import type { DomainEvent } from '../../../shared/domain/decider';
import { evolveFloor, FLOOR_STREAM, initialFloorState } from '../../../shared/domain/floor';
import { evolveMenu, initialMenuState, MENU_STREAM } from '../../../shared/domain/menu';
import { evolveOrder, initialOrderState } from '../../../shared/domain/order';
import { evolveRestaurant, initialRestaurantState, RESTAURANT_STREAM } from '../../../shared/domain/restaurant/restaurant';
import { evolveShift, initialShiftState } from '../../../shared/domain/shift';
import { evolveStaff, evolveTerminal, initialStaffState, initialTerminalState, STAFF_STREAM, TERMINAL_STREAM_PREFIX } from '../../../shared/domain/staff';

/**
 * Which aggregate a stream belongs to, found from its name, with that
 * aggregate's own pure `initial` and `evolve`: time travel folds a stream
 * exactly as the command handlers do (see ../commands/handler-env.ts), so
 * the past state it shows is the state decisions were made on.
 */
export const AGGREGATE_KINDS = ['order', 'shift', 'floor', 'menu', 'staff', 'restaurant', 'terminal'] as const;
export type AggregateKind = (typeof AGGREGATE_KINDS)[number];

export interface StreamAggregate {
  kind: AggregateKind;
  initial: () => unknown;
  evolve: (state: unknown, event: DomainEvent) => unknown;
}

// Each evolve is typed for its own events; the log hands back events by stream, so the cast is by construction.
const agg = <S, E extends DomainEvent>(kind: AggregateKind, initial: () => S, evolve: (s: S, e: E) => S): StreamAggregate => ({
  kind,
  initial,
  evolve: evolve as unknown as StreamAggregate['evolve'],
});

const BY_NAME: Record<string, StreamAggregate> = {
  [FLOOR_STREAM]: agg('floor', initialFloorState, evolveFloor),
  [MENU_STREAM]: agg('menu', initialMenuState, evolveMenu),
  [STAFF_STREAM]: agg('staff', initialStaffState, evolveStaff),
  [RESTAURANT_STREAM]: agg('restaurant', initialRestaurantState, evolveRestaurant),
};

const BY_PREFIX: [string, StreamAggregate][] = [
  ['order-', agg('order', initialOrderState, evolveOrder)],
  ['shift-', agg('shift', initialShiftState, evolveShift)],
  [TERMINAL_STREAM_PREFIX, agg('terminal', initialTerminalState, evolveTerminal)],
];

/** The aggregate of a stream, or undefined for a stream no aggregate owns. */
export function aggregateOf(stream: string): StreamAggregate | undefined {
  const named = Object.hasOwn(BY_NAME, stream) ? BY_NAME[stream] : undefined;
  if (named) return named;
  return BY_PREFIX.find(([prefix]) => stream.startsWith(prefix) && stream.length > prefix.length)?.[1];
}

import type { DomainEvent } from '../decider';

export type TableAdded = DomainEvent<'TableAdded', { tableId: string; name: string; seats: number; area: string }>;
export type TableRemoved = DomainEvent<'TableRemoved', { tableId: string }>;

export type FloorEvent = TableAdded | TableRemoved;
export const FLOOR_STREAM = 'floor';

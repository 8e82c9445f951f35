import { assertNever } from '../decider';
import type { FloorEvent } from './floor-events';

export interface FloorTable {
  tableId: string;
  name: string;
  seats: number;
  area: string;
}

export interface FloorState {
  tables: Record<string, FloorTable>;
}

export const initialFloorState = (): FloorState => ({ tables: {} });

export function evolveFloor(state: FloorState, event: FloorEvent): FloorState {
  switch (event.type) {
    case 'TableAdded':
      return { tables: { ...state.tables, [event.data.tableId]: { ...event.data } } };
    case 'TableRemoved': {
      const { [event.data.tableId]: _gone, ...rest } = state.tables;
      return { tables: rest };
    }
    default:
      return assertNever(event);
  }
}

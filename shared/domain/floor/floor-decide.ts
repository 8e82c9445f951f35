import { DocketError } from '../../kernel/errors';
import { assertNever, type CommandContext } from '../decider';
import type { FloorCommand } from './floor-commands';
import type { FloorEvent } from './floor-events';
import type { FloorState } from './floor-state';

export interface FloorContext extends CommandContext {
  /** Open orders at a table; read only by RemoveTable. */
  readonly openOrdersAt: (tableId: string) => number;
}

export function decideFloor(command: FloorCommand, state: FloorState, ctx: FloorContext): FloorEvent[] {
  if (ctx.staff && ctx.staff.role !== 'manager') throw new DocketError('Unauthorized', 'only a manager may change the floor plan');
  switch (command.type) {
    case 'AddTable': {
      const name = command.name.trim();
      if (name.length === 0 || name.length > 40) throw new DocketError('Validation', 'a table needs a name of 1 to 40 characters');
      if (!Number.isSafeInteger(command.seats) || command.seats < 1 || command.seats > 99) {
        throw new DocketError('Validation', 'a table has 1 to 99 seats');
      }
      if (state.tables[command.tableId]) throw new DocketError('IllegalState', 'that table already exists');
      if (Object.values(state.tables).some((t) => t.name.toLowerCase() === name.toLowerCase())) {
        throw new DocketError('IllegalState', `there is already a table called ${name}`);
      }
      const area = command.area?.trim() || 'Main';
      return [{ type: 'TableAdded', data: { tableId: command.tableId, name, seats: command.seats, area } }];
    }
    case 'RemoveTable':
      if (!state.tables[command.tableId]) throw new DocketError('NotFound', 'no such table');
      if (ctx.openOrdersAt(command.tableId) > 0) throw new DocketError('IllegalState', 'the table has open orders: move or close them first');
      return [{ type: 'TableRemoved', data: { tableId: command.tableId } }];
    default:
      return assertNever(command);
  }
}

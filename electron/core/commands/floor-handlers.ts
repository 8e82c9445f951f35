import type { CommandOf } from '../../../shared/contract/commands';
import { decideFloor, evolveFloor, FLOOR_STREAM, initialFloorState, type FloorCommand, type FloorEvent, type FloorState } from '../../../shared/domain/floor';
import type { Recorded } from '../../../shared/kernel/recorded';
import { run, type Aggregate, type HandlerEnv, type HandlerMap } from './handler-env';

export const floorAggregate: Aggregate<FloorState, FloorEvent> = { initial: initialFloorState, evolve: evolveFloor };

type FloorCommandType = FloorCommand['type'];

const onFloor = (command: CommandOf<FloorCommandType>, env: HandlerEnv): Recorded[] =>
  run(env, FLOOR_STREAM, floorAggregate, command.expectedVersion, (s) =>
    decideFloor(command, s, {
      ...env.ctx,
      openOrdersAt: (tableId) =>
        Number(env.db.get<{ n: number }>("SELECT count(*) AS n FROM orders WHERE table_id = ? AND status = 'open'", [tableId])?.n ?? 0),
    }),
  );

export const floorHandlers: HandlerMap<FloorCommandType> = { AddTable: onFloor, RemoveTable: onFloor };

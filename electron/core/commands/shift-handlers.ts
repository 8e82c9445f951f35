import type { CommandOf } from '../../../shared/contract/commands';
import { decideShift, evolveShift, initialShiftState, shiftStream, type ShiftCommand, type ShiftEvent, type ShiftState } from '../../../shared/domain/shift';
import type { Recorded } from '../../../shared/kernel/recorded';
import { buildShiftReport, openShiftId } from '../shifts/z-report';
import { run, type Aggregate, type HandlerEnv, type HandlerMap } from './handler-env';

const shiftAggregate: Aggregate<ShiftState, ShiftEvent> = { initial: initialShiftState, evolve: evolveShift };

type ShiftCommandType = ShiftCommand['type'];

function nextZNumber(env: HandlerEnv): number {
  const row = env.db.get<{ n: number }>('SELECT coalesce(max(z_number), 0) AS n FROM shifts WHERE terminal = ?', [env.ctx.terminal]);
  return Number(row?.n ?? 0) + 1;
}

const onShift = (command: CommandOf<ShiftCommandType>, env: HandlerEnv): Recorded[] =>
  run(env, shiftStream(command.shiftId), shiftAggregate, command.expectedVersion, (s) =>
    decideShift(command, s, {
      ...env.ctx,
      openShiftId: openShiftId(env.db, env.ctx.terminal),
      get nextZNumber() {
        return nextZNumber(env);
      },
      zReport: (counted) => buildShiftReport(env.db, command.shiftId, counted, env.log.chainHead.hash),
    }),
  );

export const shiftHandlers: HandlerMap<ShiftCommandType> = {
  OpenShift: onShift,
  PayIn: onShift,
  PayOut: onShift,
  OpenDrawer: onShift,
  CloseShift: onShift,
};

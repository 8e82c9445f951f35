import type { Recorded } from '../../../shared/kernel/recorded';
import type { CoreCommand } from './core-command';
import type { HandlerEnv, HandlerMap } from './handler-env';
import { floorHandlers } from './floor-handlers';
import { integrityHandlers } from './integrity-handlers';
import { menuHandlers } from './menu-handlers';
import { orderHandlers } from './order-handlers';
import { restaurantHandlers } from './restaurant-handlers';
import { shiftHandlers } from './shift-handlers';
import { staffHandlers } from './staff-handlers';

export type { HandlerEnv } from './handler-env';

/** Every command type's handler, gathered from the per-aggregate files. */
const handlers: HandlerMap = { ...menuHandlers, ...orderHandlers, ...staffHandlers, ...shiftHandlers, ...floorHandlers, ...restaurantHandlers, ...integrityHandlers };

/** Decides and appends one command's events; throws a DocketError when the command is refused. */
export function handleCommand(command: CoreCommand, env: HandlerEnv): Recorded[] {
  const handler = handlers[command.type] as (c: CoreCommand, e: HandlerEnv) => Recorded[];
  return handler(command, env);
}

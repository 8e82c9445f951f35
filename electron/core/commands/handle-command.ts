import type { Command } from '../../../shared/contract/commands';
import type { Recorded } from '../../../shared/kernel/recorded';
import type { HandlerEnv, HandlerMap } from './handler-env';
import { menuHandlers } from './menu-handlers';
import { orderHandlers } from './order-handlers';

export type { HandlerEnv } from './handler-env';

/** Every command type's handler, gathered from the per-aggregate files. */
const handlers: HandlerMap = { ...menuHandlers, ...orderHandlers };

/** Decides and appends one command's events; throws a DocketError when the command is refused. */
export function handleCommand(command: Command, env: HandlerEnv): Recorded[] {
  const handler = handlers[command.type] as (c: Command, e: HandlerEnv) => Recorded[];
  return handler(command, env);
}

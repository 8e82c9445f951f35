import type { CommandOf } from '../../../shared/contract/commands';
import { FLOOR_STREAM } from '../../../shared/domain/floor';
import { MENU_STREAM } from '../../../shared/domain/menu';
import {
  decideOrder,
  evolveOrder,
  initialOrderState,
  mergeOrders,
  orderStream,
  type OrderCommand,
  type OrderContext,
  type OrderEvent,
  type OrderState,
} from '../../../shared/domain/order';
import { fold } from '../../../shared/domain/decider';
import { DocketError } from '../../../shared/kernel/errors';
import type { Recorded } from '../../../shared/kernel/recorded';
import { openShiftId } from '../shifts/z-report';
import { floorAggregate } from './floor-handlers';
import { load, run, type Aggregate, type HandlerEnv, type HandlerMap } from './handler-env';
import { menuAggregate } from './menu-handlers';

const orderAggregate: Aggregate<OrderState, OrderEvent> = { initial: initialOrderState, evolve: evolveOrder };

/** The next gapless receipt number of this terminal's series, from the orders read model (same transaction). */
function nextReceipt(env: HandlerEnv): { series: string; number: number } {
  const series = env.ctx.terminal;
  // `receipt_number IS NOT NULL` lets SQLite answer from the partial index orders_receipt instead of scanning every order.
  const row = env.db.get<{ n: number }>(
    'SELECT coalesce(max(receipt_number), 0) AS n FROM orders WHERE receipt_series = ? AND receipt_number IS NOT NULL',
    [series],
  );
  return { series, number: Number(row?.n ?? 0) + 1 };
}

/** The order's context; what only some commands read (receipt number, shift) is looked up only when read. */
function orderContext(env: HandlerEnv): OrderContext {
  return {
    ...env.ctx,
    menu: load(env, MENU_STREAM, menuAggregate).state,
    floor: load(env, FLOOR_STREAM, floorAggregate).state,
    get shiftId() {
      return openShiftId(env.db, env.ctx.terminal);
    },
    get nextReceipt() {
      return nextReceipt(env);
    },
  };
}

type OrderCommandType = OrderCommand['type'];

const onOrder = (command: CommandOf<OrderCommandType>, env: HandlerEnv): Recorded[] =>
  run(env, orderStream(command.orderId), orderAggregate, command.expectedVersion, (s) => decideOrder(command, s, orderContext(env)));

/** A merge changes two order streams in one command: both appends commit together, or neither does. */
function onMerge(command: CommandOf<'MergeOrders'>, env: HandlerEnv): Recorded[] {
  const source = load(env, orderStream(command.sourceOrderId), orderAggregate);
  let sourceEvents: OrderEvent[] = [];
  const recorded = run(env, orderStream(command.orderId), orderAggregate, command.expectedVersion, (target) => {
    if (target.status === 'none') throw new DocketError('NotFound', 'no such order');
    if (target.status !== 'open') throw new DocketError('IllegalState', 'only an open order can take in another');
    const decided = mergeOrders(command, target, source.state);
    sourceEvents = decided.source;
    return decided.target;
  });
  const stream = orderStream(command.sourceOrderId);
  const more = env.log.append(stream, source.version, sourceEvents, env.meta, env.newId);
  env.states.stage(stream, source.version + sourceEvents.length, fold(evolveOrder, source.state, sourceEvents));
  return [...recorded, ...more];
}

export const orderHandlers: HandlerMap<OrderCommandType> = {
  OpenOrder: onOrder,
  MoveOrder: onOrder,
  MergeOrders: onMerge,
  PrintBill: onOrder,
  SplitBill: onOrder,
  ClearSplit: onOrder,
  RefundOrder: onOrder,
  ReopenOrder: onOrder,
  PrintReceipt: onOrder,
  AddItem: onOrder,
  RemoveItem: onOrder,
  SendOrder: onOrder,
  FireCourse: onOrder,
  VoidItem: onOrder,
  ApplyDiscount: onOrder,
  RemoveDiscount: onOrder,
  PrintKitchenTicket: onOrder,
  TakePayment: onOrder,
  CloseOrder: onOrder,
};

import type { CommandOf } from '../../../shared/contract/commands';
import type { Recorded } from '../../../shared/kernel/recorded';
import { MENU_STREAM } from '../../../shared/domain/menu';
import { decideOrder, evolveOrder, initialOrderState, orderStream, type OrderCommand, type OrderEvent, type OrderState } from '../../../shared/domain/order';
import { load, run, type Aggregate, type HandlerEnv, type HandlerMap } from './handler-env';
import { menuAggregate } from './menu-handlers';
import { openShiftId } from '../shifts/z-report';

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

type OrderCommandType = OrderCommand['type'];

const onOrder = (command: CommandOf<OrderCommandType>, env: HandlerEnv): Recorded[] => {
  const menu = load(env, MENU_STREAM, menuAggregate).state;
  return run(env, orderStream(command.orderId), orderAggregate, command.expectedVersion, (s) =>
    decideOrder(command, s, {
      ...env.ctx,
      menu,
      shiftId: openShiftId(env.db, env.ctx.terminal),
      get nextReceipt() {
        return nextReceipt(env);
      },
    }),
  );
};

export const orderHandlers: HandlerMap<OrderCommandType> = {
  OpenOrder: onOrder,
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

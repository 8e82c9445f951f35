import type { Command } from '../../../../shared/contract/commands';
import { PIZZA_PLACE_CURRENCY, SIZES, type PizzaOrder, type PizzaPlaceData } from './pizza-place-files';
import { IdKind, importId } from './pizza-place-ids';

/**
 * The commands an import sends, each with the historic time it happened.
 * Building them is pure: the same files give the same commands, ids and
 * times on every run.
 */
export interface TimedCommand {
  command: Command;
  at: number;
}

const DAY_MS = 86_400_000;

/** The menu exists from the start (midnight) of the data set's first business day. */
export function menuTime(data: PizzaPlaceData): number {
  const first = data.orders[0]?.at ?? 0;
  return first - (first % DAY_MS);
}

/** Category names in the order they first appear in pizza_types.csv. */
export function categoryNames(data: PizzaPlaceData): string[] {
  return [...new Set(data.types.map((t) => t.category))];
}

export const itemIdOf = (pizzaId: number, at: number): string => importId(IdKind.item, pizzaId, at);

/** CreateMenu (USD), one category per pizza category, one item per pizza type and size: "The Hawaiian Pizza (M)". */
export function menuCommands(data: PizzaPlaceData): TimedCommand[] {
  const at = menuTime(data);
  const out: TimedCommand[] = [{ at, command: { type: 'CreateMenu', commandId: importId(IdKind.createMenuCommand, 1, at), currency: PIZZA_PLACE_CURRENCY } }];
  const categories = categoryNames(data);
  const categoryId = (name: string): string => importId(IdKind.category, categories.indexOf(name) + 1, at);
  categories.forEach((name, k) => {
    out.push({ at, command: { type: 'AddCategory', commandId: importId(IdKind.addCategoryCommand, k + 1, at), categoryId: categoryId(name), name } });
  });
  // The menu grid shows items in the order they were added: by category, then type, then size.
  for (const category of categories) {
    for (const type of data.types.filter((t) => t.category === category)) {
      const sized = data.pizzas.filter((p) => p.typeId === type.typeId).sort((a, b) => SIZES.indexOf(a.size) - SIZES.indexOf(b.size));
      for (const p of sized) {
        out.push({
          at,
          command: {
            type: 'AddMenuItem',
            commandId: importId(IdKind.addItemToMenuCommand, p.pizzaId, at),
            itemId: itemIdOf(p.pizzaId, at),
            categoryId: categoryId(category),
            name: `${type.name} (${p.size})`,
            price: p.price,
          },
        });
      }
    }
  }
  return out;
}

/**
 * One order as the till would have taken it: open (a counter order: the data
 * set has no tables), one line per order_details row with its quantity, cash
 * of exactly the amount due, close. All at the order's time: the data set
 * has one time per order, and an order near midnight must stay on its day.
 */
export function orderCommands(order: PizzaOrder, menuAt: number): TimedCommand[] {
  const at = order.at;
  const orderId = importId(IdKind.order, order.orderId, at);
  const out: TimedCommand[] = [{ at, command: { type: 'OpenOrder', commandId: importId(IdKind.openOrderCommand, order.orderId, at), orderId } }];
  for (const line of order.lines) {
    out.push({
      at,
      command: {
        type: 'AddItem',
        commandId: importId(IdKind.addItemCommand, line.detailId, at),
        orderId,
        lineId: importId(IdKind.line, line.detailId, at),
        itemId: itemIdOf(line.pizzaId, menuAt),
        qty: line.qty,
      },
    });
  }
  out.push({
    at,
    command: {
      type: 'TakePayment',
      commandId: importId(IdKind.takePaymentCommand, order.orderId, at),
      orderId,
      paymentId: importId(IdKind.payment, order.orderId, at),
      tender: 'cash',
      amount: order.total,
    },
  });
  out.push({ at, command: { type: 'CloseOrder', commandId: importId(IdKind.closeOrderCommand, order.orderId, at), orderId } });
  return out;
}

export const orderIdOf = (order: PizzaOrder): string => importId(IdKind.order, order.orderId, order.at);

/** Days since 1970-01-01 of a time: the number in a business day's shift ids. */
const dayNumber = (ms: number): number => Math.floor(ms / DAY_MS);

/**
 * The import as the till would have lived it, one unit after another: each
 * business day is a shift, opened (float 0) at its first order and closed at
 * its last with the counted cash equal to the day's cash sales (every order
 * was paid in exact cash), so each Z report shows no variance. A unit's
 * commands are sent together; units are sent in this order.
 */
export function replayUnits(orders: readonly PizzaOrder[], menuAt: number): { commands: TimedCommand[]; order?: PizzaOrder }[] {
  const units: { commands: TimedCommand[]; order?: PizzaOrder }[] = [];
  let k = 0;
  while (k < orders.length) {
    const first = orders[k] as PizzaOrder;
    const day = dayNumber(first.at);
    let end = k;
    let cash = 0;
    while (end < orders.length && dayNumber((orders[end] as PizzaOrder).at) === day) cash += (orders[end++] as PizzaOrder).total;
    const last = orders[end - 1] as PizzaOrder;
    const shiftId = importId(IdKind.shift, day, day * DAY_MS);
    units.push({ commands: [{ at: first.at, command: { type: 'OpenShift', commandId: importId(IdKind.openShiftCommand, day, day * DAY_MS), shiftId, float: 0 } }] });
    for (; k < end; k++) units.push({ commands: orderCommands(orders[k] as PizzaOrder, menuAt), order: orders[k] as PizzaOrder });
    units.push({
      commands: [{ at: last.at, command: { type: 'CloseShift', commandId: importId(IdKind.closeShiftCommand, day, day * DAY_MS), shiftId, counted: cash } }],
    });
  }
  return units;
}

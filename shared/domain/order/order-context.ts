import { DocketError } from '../../kernel/errors';
import type { CommandContext } from '../decider';
import type { FloorState } from '../floor/floor-state';
import type { MenuState } from '../menu/menu-state';
import type { OrderLine, OrderState } from './order-state';

/** What an order decision needs from outside its own stream. */
export interface OrderContext extends CommandContext {
  readonly menu: MenuState;
  readonly floor: FloorState;
  /** The next gapless receipt number of this terminal's series; read only by CloseOrder. */
  readonly nextReceipt: { series: string; number: number };
  /** The shift open on this terminal: money is only taken, and orders only closed, inside one. */
  readonly shiftId: string | null;
}

export function requireShift(ctx: OrderContext): string {
  if (ctx.shiftId === null) throw new DocketError('IllegalState', 'no shift is open on this till: open one first');
  return ctx.shiftId;
}

export function requireOpen(state: OrderState): void {
  if (state.status === 'none') throw new DocketError('NotFound', 'no such order');
  if (state.status === 'closed') throw new DocketError('IllegalState', 'the order is closed');
  if (state.status === 'merged') throw new DocketError('IllegalState', 'the order was merged into another one');
}

export function requireLine(state: OrderState, lineId: string): OrderLine {
  const line = state.lines.find((l) => l.lineId === lineId);
  if (!line) throw new DocketError('NotFound', 'no such line on the order');
  return line;
}

export function requireReason(reason: string): string {
  const r = reason.trim();
  if (r.length === 0 || r.length > 200) throw new DocketError('Validation', 'give a reason (1 to 200 characters)');
  return r;
}

export function requireWhole(n: number | undefined, what: string, min: number, max: number): number | undefined {
  if (n === undefined) return undefined;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new DocketError('Validation', `${what} is a whole number from ${min} to ${max}`, { [what]: n });
  }
  return n;
}

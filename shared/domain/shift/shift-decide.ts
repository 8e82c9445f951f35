import { DocketError } from '../../kernel/errors';
import { approver, assertNever, type CommandContext } from '../decider';
import type { ShiftCommand } from './shift-commands';
import type { ShiftEvent, ZReport } from './shift-events';
import type { ShiftState } from './shift-state';

/** What a shift decision needs from outside its stream, computed by the core. */
export interface ShiftContext extends CommandContext {
  /** The shift open on this terminal now, if any (one at a time per terminal). */
  readonly openShiftId: string | null;
  /** Builds the Z report for a closing count; read only by CloseShift. */
  readonly zReport: (counted: number) => ZReport;
  /** The next Z number of this terminal; read only by CloseShift. */
  readonly nextZNumber: number;
}

function requireAmount(amount: number, what: string, min: number): number {
  if (!Number.isSafeInteger(amount) || amount < min) {
    throw new DocketError('Validation', `${what} must be ${min > 0 ? 'more than zero' : 'zero or more'}, in whole minor units`, { amount });
  }
  return amount;
}

function requireReason(reason: string): string {
  const r = reason.trim();
  if (r.length === 0 || r.length > 200) throw new DocketError('Validation', 'give a reason (1 to 200 characters)');
  return r;
}

function requireOpen(state: ShiftState): void {
  if (state.status === 'none') throw new DocketError('NotFound', 'no such shift');
  if (state.status === 'closed') throw new DocketError('IllegalState', 'the shift is closed');
}

export function decideShift(command: ShiftCommand, state: ShiftState, ctx: ShiftContext): ShiftEvent[] {
  if (command.type !== 'OpenShift') requireOpen(state);
  switch (command.type) {
    case 'OpenShift':
      if (state.status !== 'none') throw new DocketError('IllegalState', 'that shift already exists');
      if (ctx.openShiftId !== null) throw new DocketError('IllegalState', 'a shift is already open on this till: close it first');
      return [{ type: 'ShiftOpened', data: { shiftId: command.shiftId, float: requireAmount(command.float, 'the float', 0) } }];
    case 'PayIn':
    case 'PayOut': {
      if (state.movementIds.includes(command.movementId)) throw new DocketError('IllegalState', 'that cash movement is already recorded');
      // Cash leaving the drawer is the classic way a till runs short: a manager signs for it.
      if (command.type === 'PayOut' && !approver(ctx)) throw new DocketError('ApprovalRequired', 'paying cash out needs a manager');
      const data = { movementId: command.movementId, amount: requireAmount(command.amount, 'an amount', 1), reason: requireReason(command.reason) };
      return [command.type === 'PayIn' ? { type: 'CashPaidIn', data } : { type: 'CashPaidOut', data }];
    }
    case 'OpenDrawer':
      return [{ type: 'DrawerOpened', data: { reason: requireReason(command.reason) } }];
    case 'CloseShift': {
      const counted = requireAmount(command.counted, 'the counted cash', 0);
      return [{ type: 'ShiftClosed', data: { zNumber: ctx.nextZNumber, counted, report: ctx.zReport(counted) } }];
    }
    default:
      return assertNever(command);
  }
}

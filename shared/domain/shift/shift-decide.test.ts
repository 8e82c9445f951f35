import { describe, expect, it } from 'vitest';
import { fold, type CommandContext } from '../decider';
import type { ShiftCommand } from './shift-commands';
import { decideShift, type ShiftContext } from './shift-decide';
import type { ShiftEvent, ZReport } from './shift-events';
import { evolveShift, initialShiftState } from './shift-state';

const SHIFT = '01900000-0000-7000-800b-000000000001';
const MOVE = '01900000-0000-7000-800c-000000000001';
const base: CommandContext = { now: '2026-11-28T12:00:00.000Z', terminal: 'T1', staff: { staffId: 'ben', role: 'server' } };
const report = { chainHead: 'abc' } as ZReport;
const ctx = (extra: Partial<ShiftContext> = {}): ShiftContext => ({ ...base, openShiftId: null, nextZNumber: 3, zReport: () => report, ...extra });
const opened: ShiftEvent = { type: 'ShiftOpened', data: { shiftId: SHIFT, float: 10000 } };

function given(events: ShiftEvent[], c: ShiftContext = ctx()) {
  const state = fold(evolveShift, initialShiftState(), events);
  return {
    when: (command: ShiftCommand) => ({
      then: (expected: ShiftEvent[]) => expect(decideShift(command, state, c)).toEqual(expected),
      thenError: (code: string) => expect(() => decideShift(command, state, c)).toThrow(expect.objectContaining({ code })),
    }),
  };
}

describe('shift decide', () => {
  it('opens a shift with a counted float, one at a time per till', () => {
    given([]).when({ type: 'OpenShift', shiftId: SHIFT, float: 10000 }).then([opened]);
    given([], ctx({ openShiftId: 'other' })).when({ type: 'OpenShift', shiftId: SHIFT, float: 0 }).thenError('IllegalState');
    given([]).when({ type: 'OpenShift', shiftId: SHIFT, float: -1 }).thenError('Validation');
    given([opened]).when({ type: 'OpenShift', shiftId: SHIFT, float: 0 }).thenError('IllegalState');
  });

  it('records cash paid in; paying out needs a manager', () => {
    const move = { shiftId: SHIFT, movementId: MOVE, amount: 500, reason: 'change from the bank' };
    given([opened]).when({ type: 'PayIn', ...move }).then([{ type: 'CashPaidIn', data: { movementId: MOVE, amount: 500, reason: 'change from the bank' } }]);
    given([opened]).when({ type: 'PayOut', ...move }).thenError('ApprovalRequired');
    given([opened], ctx({ approvedBy: { staffId: 'ana', role: 'manager' } }))
      .when({ type: 'PayOut', ...move })
      .then([{ type: 'CashPaidOut', data: { movementId: MOVE, amount: 500, reason: 'change from the bank' } }]);
    given([opened]).when({ type: 'PayIn', ...move, amount: 0 }).thenError('Validation');
    given([opened]).when({ type: 'PayIn', ...move, reason: '' }).thenError('Validation');
    given([opened, { type: 'CashPaidIn', data: { movementId: MOVE, amount: 1, reason: 'x' } }]).when({ type: 'PayIn', ...move }).thenError('IllegalState');
  });

  it('records a no-sale drawer opening with its reason', () =>
    given([opened]).when({ type: 'OpenDrawer', shiftId: SHIFT, reason: 'change for a guest' }).then([{ type: 'DrawerOpened', data: { reason: 'change for a guest' } }]));

  it('closes with the counted cash, the next Z number and the report', () => {
    given([opened]).when({ type: 'CloseShift', shiftId: SHIFT, counted: 9730 }).then([{ type: 'ShiftClosed', data: { zNumber: 3, counted: 9730, report } }]);
    given([opened, { type: 'ShiftClosed', data: { zNumber: 3, counted: 1, report } }]).when({ type: 'CloseShift', shiftId: SHIFT, counted: 1 }).thenError('IllegalState');
    given([]).when({ type: 'CloseShift', shiftId: SHIFT, counted: 1 }).thenError('NotFound');
  });
});

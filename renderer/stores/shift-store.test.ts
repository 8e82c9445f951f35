import { describe, expect, it } from 'vitest';
import type { DocketApi, Reply } from '../../shared/contract/api';
import type { Command, CommandResult } from '../../shared/contract/commands';
import type { Query } from '../../shared/contract/queries';
import type { ShiftView } from '../../shared/contract/shift-views';
import { createShiftStore } from './shift-store';
import { createStatusStore } from './status-store';

const SHIFT: ShiftView = {
  shiftId: '01900000-0000-7000-8000-000000000010',
  terminal: 'T1',
  status: 'open',
  openedAt: '2026-01-01T09:00:00.000Z',
  openedBy: 's1',
  closedAt: null,
  closedBy: null,
  float: 10_000,
  paidIn: 0,
  paidOut: 0,
  drawerOpenings: 0,
  zNumber: null,
  counted: null,
};

/** A till with one shift that opens on OpenShift; PayOut refused unless approved (the store sends what it is told). */
function fakeTill() {
  const sent: Command[] = [];
  const queries: Query['type'][] = [];
  let current: ShiftView | null = null;
  const api = {
    async command(c: Command): Promise<Reply<CommandResult>> {
      sent.push(c);
      if (c.type === 'OpenShift') current = { ...SHIFT, shiftId: c.shiftId, float: c.float };
      if (c.type === 'PayOut') return { ok: false, error: { code: 'ApprovalRequired', message: 'paying cash out needs a manager' } };
      return { ok: true, value: { commandId: c.commandId, position: sent.length, events: [], duplicate: false } };
    },
    async query(q: Query) {
      queries.push(q.type);
      if (q.type === 'GetCurrentShift') return { ok: true, value: current };
      if (q.type === 'ListShifts') return { ok: true, value: current ? [current] : [] };
      if (q.type === 'ListStaff') return { ok: true, value: [{ staffId: 's1', name: 'Ana', role: 'manager', active: true }] };
      return { ok: false, error: { code: 'NotFound', message: 'no' } };
    },
    onPush: () => () => undefined,
  } as unknown as DocketApi;
  return { api, sent, queries };
}

describe('shift store', () => {
  it('opens a shift with the float in minor units and reads it back with the staff names', async () => {
    const till = fakeTill();
    const status = createStatusStore();
    const shift = createShiftStore(till.api, status);
    await shift.getState().load();
    expect(shift.getState()).toMatchObject({ loaded: true, current: null, staffNames: { s1: 'Ana' } });

    expect(await shift.getState().openShift(12_345)).toBe(true);
    expect(till.sent[0]).toMatchObject({ type: 'OpenShift', float: 12_345 });
    expect(shift.getState().current).toMatchObject({ float: 12_345, openedBy: 's1' });
    // Names are read once, not on every reload of the shift.
    expect(till.queries.filter((q) => q === 'ListStaff')).toHaveLength(1);
  });

  it('sends cash movements on the open shift, each with its own movement id, and shows a refusal', async () => {
    const till = fakeTill();
    const status = createStatusStore();
    const shift = createShiftStore(till.api, status);
    await shift.getState().openShift(0);
    expect(await shift.getState().payIn(500, 'float top-up')).toBe(true);
    expect(await shift.getState().payOut(200, 'window cleaner')).toBe(false);
    const [, payIn, payOut] = till.sent;
    expect(payIn).toMatchObject({ type: 'PayIn', amount: 500, reason: 'float top-up', shiftId: shift.getState().current?.shiftId });
    expect(payOut).toMatchObject({ type: 'PayOut', amount: 200 });
    expect(payIn && 'movementId' in payIn && payOut && 'movementId' in payOut && payIn.movementId !== payOut.movementId).toBe(true);
    expect(status.getState()).toMatchObject({ kind: 'error', message: 'paying cash out needs a manager' });
  });

  it('does nothing with the drawer when no shift is open', async () => {
    const till = fakeTill();
    const shift = createShiftStore(till.api, createStatusStore());
    await shift.getState().load();
    expect(await shift.getState().openDrawer('change')).toBe(false);
    expect(await shift.getState().closeShift(0)).toBe(false);
    expect(till.sent).toEqual([]);
  });
});

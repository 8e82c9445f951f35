import { describe, expect, it } from 'vitest';
import { fold, type CommandContext } from '../decider';
import type { FloorCommand } from './floor-commands';
import { decideFloor, type FloorContext } from './floor-decide';
import type { FloorEvent } from './floor-events';
import { evolveFloor, initialFloorState } from './floor-state';

const T1 = '01900000-0000-7000-800c-000000000001';
const manager: CommandContext = { now: '2026-11-28T12:00:00.000Z', terminal: 'T1', staff: { staffId: 'ana', role: 'manager' } };
const ctx = (extra: Partial<FloorContext> = {}): FloorContext => ({ ...manager, openOrdersAt: () => 0, ...extra });
const added: FloorEvent = { type: 'TableAdded', data: { tableId: T1, name: '12', seats: 4, area: 'Terrace' } };

const decide = (events: FloorEvent[], c: FloorCommand, x = ctx()) => decideFloor(c, fold(evolveFloor, initialFloorState(), events), x);

describe('floor decide', () => {
  it('adds tables with a unique name and 1 to 99 seats', () => {
    expect(decide([], { type: 'AddTable', tableId: T1, name: ' 12 ', seats: 4, area: 'Terrace' })).toEqual([added]);
    expect(decide([], { type: 'AddTable', tableId: T1, name: '12', seats: 4 })).toEqual([{ ...added, data: { ...added.data, area: 'Main' } }]);
    expect(() => decide([added], { type: 'AddTable', tableId: T1.replace('1', '2'), name: '12', seats: 2 })).toThrow(expect.objectContaining({ code: 'IllegalState' }));
    expect(() => decide([], { type: 'AddTable', tableId: T1, name: '12', seats: 0 })).toThrow(expect.objectContaining({ code: 'Validation' }));
    expect(() => decide([], { type: 'AddTable', tableId: T1, name: '', seats: 2 })).toThrow(expect.objectContaining({ code: 'Validation' }));
  });

  it('removes a table only when nobody sits at it, and only for a manager', () => {
    expect(decide([added], { type: 'RemoveTable', tableId: T1 })).toEqual([{ type: 'TableRemoved', data: { tableId: T1 } }]);
    expect(() => decide([added], { type: 'RemoveTable', tableId: T1 }, ctx({ openOrdersAt: () => 1 }))).toThrow(expect.objectContaining({ code: 'IllegalState' }));
    expect(() => decide([], { type: 'RemoveTable', tableId: T1 })).toThrow(expect.objectContaining({ code: 'NotFound' }));
    expect(() => decide([added], { type: 'RemoveTable', tableId: T1 }, ctx({ staff: { staffId: 'ben', role: 'server' } }))).toThrow(
      expect.objectContaining({ code: 'Unauthorized' }),
    );
  });
});

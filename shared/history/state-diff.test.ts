import { describe, expect, it } from 'vitest';
import { diffStates } from './state-diff';

describe('diffStates', () => {
  it('lists nothing for equal states, however they were built', () => {
    expect(diffStates({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toEqual({ changes: [], truncated: false });
    expect(diffStates({ a: 1, gone: undefined }, { a: 1 }).changes).toEqual([]);
  });

  it('names changed, added and removed paths with their values', () => {
    expect(diffStates({ paid: 0, status: 'open', receipt: null }, { paid: 1250, status: 'closed', receipt: { series: 'T1', number: 7 }, tips: 0 }).changes).toEqual([
      { path: 'paid', before: 0, after: 1250 },
      { path: 'status', before: 'open', after: 'closed' },
      { path: 'receipt', before: null, after: { series: 'T1', number: 7 } },
      { path: 'tips', after: 0 },
    ]);
  });

  it('matches records in arrays by their id, so one changed line is one change', () => {
    const line = (lineId: string, status = 'sent') => ({ lineId, name: 'Pizza', status });
    const before = { lines: [line('a'), line('b'), line('c')] };
    const after = { lines: [line('a'), line('b', 'voided'), line('c')] };
    expect(diffStates(before, after).changes).toEqual([{ path: 'lines[lineId=b].status', before: 'sent', after: 'voided' }]);
    expect(diffStates(before, { lines: [line('a'), line('c')] }).changes).toEqual([{ path: 'lines[lineId=b]', before: line('b') }]);
    expect(diffStates({ lines: [] }, { lines: [line('x', 'new')] }).changes).toEqual([{ path: 'lines[lineId=x]', after: line('x', 'new') }]);
  });

  it('compares other arrays position by position', () => {
    expect(diffStates({ heldCourses: [2, 3] }, { heldCourses: [3] }).changes).toEqual([
      { path: 'heldCourses[0]', before: 2, after: 3 },
      { path: 'heldCourses[1]', before: 3 },
    ]);
  });

  it('handles keyed maps (the roster, the floor) and a whole-state change', () => {
    expect(diffStates({ members: {} }, { members: { s1: { name: 'Ana' } } }).changes).toEqual([{ path: 'members.s1', after: { name: 'Ana' } }]);
    expect(diffStates(null, { a: 1 }).changes).toEqual([{ path: '(state)', before: null, after: { a: 1 } }]);
  });

  it('stops at the limit and says so', () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    const d = diffStates({}, many, 10);
    expect(d.changes).toHaveLength(10);
    expect(d.truncated).toBe(true);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Recorded } from '../../../shared/kernel/recorded';
import { EventLog } from '../store/event-log';
import { createStoreSchema } from '../store/schema';
import { loadSqlJs, SqlDb } from '../store/sql-db';
import { ChainChecker } from './chain-checker';

/**
 * The checker over events a real EventLog appended (real hashes), changed
 * the ways tampering changes them: it goes on past each break, one break per
 * changed event, up to its cap.
 */
let events: Recorded[] = [];

beforeAll(async () => {
  const SQL = await loadSqlJs();
  const db = new SqlDb(new SQL.Database());
  createStoreSchema(db);
  const log = new EventLog(db, 'T1');
  let n = 0;
  const id = (): string => `0190c000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
  for (let i = 1; i <= 40; i++) log.append(`s-${i % 4}`, 'any', [{ type: 'ItemAdded', data: { i } }], { at: '2026-01-01T00:00:00.000Z', command: `c${i}` }, id);
  events = log.readAfter(0, 100);
  db.close();
});

const check = (list: Recorded[], max?: number) => {
  const c = new ChainChecker(undefined, max);
  for (const e of list) c.check(e);
  return c;
};
const edited = (list: Recorded[], at: number[]): Recorded[] => list.map((e) => (at.includes(e.position) ? { ...e, data: { edited: true } } : e));

describe('ChainChecker', () => {
  it('passes the log as appended', () => {
    const c = check(events);
    expect(c.breaks).toEqual([]);
    expect(c.events).toBe(40);
    expect(c.terminals()).toEqual({ T1: { seq: 40, head: events.at(-1)?.hash } });
  });

  it('finds each edited event, one break each, and goes on to the end', () => {
    const c = check(edited(events, [5, 17, 33]));
    expect(c.breaks.map((b) => [b.position, b.reason])).toEqual([
      [5, 'hash does not match its content and the chain before it'],
      [17, 'hash does not match its content and the chain before it'],
      [33, 'hash does not match its content and the chain before it'],
    ]);
    expect(c.firstBad?.position).toBe(5);
    expect(c.events).toBe(40);
  });

  it('names a removed event where the log and its stream skip it, and a re-hashed edit at the event after it', () => {
    // Event 10 was in stream s-2, whose next event is 14.
    const gap = check(events.filter((e) => e.position !== 10));
    expect(gap.breaks.map((b) => [b.position, b.reason])).toEqual([
      [11, 'position 11 where 10 was expected'],
      [14, 'stream version 4 out of order'],
    ]);
    // An editor who recomputes the edited event's hash moves the break to the next event of the chain.
    const rehashed = events.map((e) => (e.position === 20 ? { ...e, hash: 'f'.repeat(64) } : e));
    expect(check(rehashed).breaks.map((b) => b.position)).toEqual([20, 21]);
  });

  it('stops at its cap', () => {
    const c = check(edited(events, [2, 4, 6, 8, 10]), 3);
    expect(c.breaks.map((b) => b.position)).toEqual([2, 4, 6]);
    expect(c.full).toBe(true);
    expect(c.check(events[10] as Recorded)).toBe(false);
  });
});

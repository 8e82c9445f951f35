import { describe, expect, it } from 'vitest';
import type { EventView } from '../../shared/contract/views';
import { formatDuration } from '../format/duration';
import { initI18n } from '../i18n/i18n';
import { shortId, streamText, toRows } from './event-rows';

const en = initI18n('en').t;
const zh = initI18n('zh-CN').t;

const event = (stream: string, staff?: string, approvedBy?: string): EventView => ({
  id: 'e',
  stream,
  version: 1,
  position: 1,
  type: 'X',
  schema: 1,
  data: {},
  meta: { terminal: 'T1', seq: 1, at: '2026-11-01T10:00:00.000Z', command: 'c', ...(staff ? { staff } : {}), ...(approvedBy ? { approvedBy } : {}) },
  hash: 'h',
});

describe('streamText', () => {
  it('names an order by receipt and table, a shift by number and till, the rest by kind', () => {
    expect(streamText({ kind: 'order', id: 'o', receipt: { series: 'T1', number: 1042 }, table: '12' }, en)).toBe('Order #T1-1042, table 12');
    expect(streamText({ kind: 'order', id: '0190a000-0000-7000-8000-0000000abcde' }, en)).toBe('Order …0abcde (no receipt yet)');
    expect(streamText({ kind: 'shift', id: 's', number: 7, terminal: 'T1' }, en)).toBe('Shift #7 (T1)');
    expect(streamText({ kind: 'terminal', id: 'T2', terminal: 'T2' }, en)).toBe('Till T2');
    expect(streamText({ kind: 'menu', id: 'menu' }, en)).toBe('Menu');
    expect(streamText({ kind: 'other', id: 'odd-stream' }, en)).toBe('odd-stream');
  });

  it('speaks Chinese too', () => {
    expect(streamText({ kind: 'order', id: 'o', receipt: { series: 'T1', number: 5 }, table: '3' }, zh)).toBe('订单 #T1-5，3 号桌');
    expect(streamText({ kind: 'staff', id: 'staff' }, zh)).toBe('员工');
  });
});

describe('toRows', () => {
  it('joins names from the labels, keeping an unknown id rather than showing nobody', () => {
    const rows = toRows([event('menu', 'a', 'b'), event('order-x')], { streams: { menu: { kind: 'menu', id: 'menu' } }, staff: { a: 'Ana' } });
    expect(rows.map((r) => [r.stream.kind, r.staffName, r.approverName])).toEqual([
      ['menu', 'Ana', 'b'],
      ['other', null, null],
    ]);
  });

  it('shortens ids to their tail', () => {
    expect(shortId('0190a000-0000-7000-8000-0000000abcde')).toBe('0abcde');
  });
});

describe('formatDuration', () => {
  it('says the two largest units', () => {
    expect(formatDuration(45_000, 'en')).toBe('45 sec');
    expect(formatDuration(3_900_000, 'en')).toBe('1 hr 5 min');
    expect(formatDuration(90_061_000, 'en')).toBe('1 day 1 hr');
    expect(formatDuration(1_500, 'en')).toBe('1.5 sec');
  });
});

import { describe, expect, it } from 'vitest';
import type { OrderView } from '../../shared/contract/views';
import { groupTicket, shareOf, ticketHeadings, unsentCourses } from './ticket-groups';

type Line = OrderView['lines'][number];
const line = (lineId: string, course: number, seat: number | null, status: Line['status'] = 'new'): Line => ({
  lineId,
  itemId: 'i',
  name: lineId,
  unitPrice: 100,
  qty: 1,
  modifiers: [],
  note: null,
  seat,
  course,
  station: 'kitchen',
  status,
  voidReason: null,
  taxRate: 0,
  gross: 100,
  discount: 0,
  total: 100,
  tax: 0,
});

describe('groupTicket', () => {
  it('groups by course, then seat with shared lines first, keeping the order lines were added', () => {
    const lines = [line('a', 2, 2, 'held'), line('b', 1, 1, 'sent'), line('c', 1, null, 'sent'), line('d', 1, 1, 'sent'), line('e', 2, 1, 'held')];
    const groups = groupTicket({ lines, heldCourses: [2] });
    expect(groups.map((c) => [c.course, c.held, c.seats.map((s) => [s.seat, s.lines.map((l) => l.lineId)])])).toEqual([
      [1, false, [[null, ['c']], [1, ['b', 'd']]]],
      [2, true, [[1, ['e']], [2, ['a']]]],
    ]);
  });

  it('shows headings only where they tell something', () => {
    expect(ticketHeadings({ lines: [line('a', 1, null)], heldCourses: [] })).toEqual({ courses: false, seats: false });
    expect(ticketHeadings({ lines: [line('a', 2, 3)], heldCourses: [] })).toEqual({ courses: true, seats: true });
  });

  it('lists the courses with lines still to send', () => {
    expect(unsentCourses({ lines: [line('a', 3, null, 'held'), line('b', 1, null, 'sent'), line('c', 2, null)] })).toEqual([2, 3]);
  });
});

describe('shareOf', () => {
  it('takes a share in basis points, rounded half up, in whole minor units', () => {
    expect(shareOf(2815, 1000)).toBe(282); // 281.5
    expect(shareOf(1193, 1000)).toBe(119); // 119.3
    expect(shareOf(0, 1500)).toBe(0);
    expect(shareOf(10_000_000_000, 2000)).toBe(2_000_000_000);
  });
});

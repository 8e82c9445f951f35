import type { OrderView } from '../../shared/contract/views';

type Line = OrderView['lines'][number];

export interface SeatGroup {
  /** null: shared by the table (no seat). */
  seat: number | null;
  lines: Line[];
}

export interface CourseGroup {
  course: number;
  held: boolean;
  seats: SeatGroup[];
}

/**
 * The ticket as a kitchen and a server read it: by course, then by seat
 * (shared lines first), each group in the order its lines were added.
 */
export function groupTicket(order: Pick<OrderView, 'lines' | 'heldCourses'>): CourseGroup[] {
  const courses = [...new Set(order.lines.map((l) => l.course))].sort((a, b) => a - b);
  return courses.map((course) => {
    const inCourse = order.lines.filter((l) => l.course === course);
    const seats = [...new Set(inCourse.map((l) => l.seat))].sort((a, b) => (a ?? 0) - (b ?? 0));
    return {
      course,
      held: order.heldCourses.includes(course),
      seats: seats.map((seat) => ({ seat, lines: inCourse.filter((l) => l.seat === seat) })),
    };
  });
}

/** Headings only where they tell something: courses when there is more than course 1, seats when any line has one. */
export function ticketHeadings(order: Pick<OrderView, 'lines' | 'heldCourses'>): { courses: boolean; seats: boolean } {
  return {
    courses: order.heldCourses.length > 0 || order.lines.some((l) => l.course !== 1),
    seats: order.lines.some((l) => l.seat !== null),
  };
}

/** Courses that have lines not yet sent, in order: what "send" and "hold" choose between. */
export function unsentCourses(order: Pick<OrderView, 'lines'>): number[] {
  return [...new Set(order.lines.filter((l) => l.status === 'new' || l.status === 'held').map((l) => l.course))].sort((a, b) => a - b);
}

/** A share of an amount in basis points, rounded half up, in integers only (a 10 % tip of 11.93 is 1.19). */
export function shareOf(amount: number, basisPoints: number): number {
  return Math.floor((amount * basisPoints + 5_000) / 10_000);
}

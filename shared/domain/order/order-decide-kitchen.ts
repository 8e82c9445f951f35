import { DocketError } from '../../kernel/errors';
import type { FireCourse, PrintKitchenTicket, SendOrder } from './order-commands';
import { requireWhole } from './order-context';
import { kitchenTicketId, voidTicketId, type OrderEvent } from './order-events';
import type { OrderState } from './order-state';

/** Sends every unsent line of a course that is not held; `holdCourses` holds more courses back. */
export function sendOrder(command: SendOrder, state: OrderState): OrderEvent[] {
  const hold = [...new Set(command.holdCourses ?? [])];
  for (const c of hold) requireWhole(c, 'course', 1, 9);
  const held = new Set([...state.heldCourses, ...hold]);
  const lineIds = state.lines.filter((l) => l.status === 'new' && !held.has(l.course)).map((l) => l.lineId);
  const newlyHeld = hold.filter((c) => !state.heldCourses.includes(c)).sort((a, b) => a - b);
  if (lineIds.length === 0 && newlyHeld.length === 0) throw new DocketError('IllegalState', 'there is nothing to send');
  const events: OrderEvent[] = [];
  if (newlyHeld.length > 0) events.push({ type: 'CoursesHeld', data: { courses: newlyHeld } });
  if (lineIds.length > 0) events.push({ type: 'LinesSent', data: { sendId: command.sendId, lineIds } });
  return events;
}

export function fireCourse(command: FireCourse, state: OrderState): OrderEvent[] {
  requireWhole(command.course, 'course', 1, 9);
  const lineIds = state.lines.filter((l) => l.status === 'new' && l.course === command.course).map((l) => l.lineId);
  if (!state.heldCourses.includes(command.course) && lineIds.length === 0) {
    throw new DocketError('IllegalState', `course ${command.course} has nothing waiting to be fired`);
  }
  return [{ type: 'CourseFired', data: { sendId: command.sendId, course: command.course, lineIds } }];
}

/** Kitchen tickets that exist for this order: one per send per station, and one per voided sent line. */
export function ticketIds(state: OrderState): Set<string> {
  const ids = new Set<string>();
  for (const l of state.lines) {
    if (l.sendId === null) continue;
    ids.add(kitchenTicketId(l.sendId, l.station));
    if (l.status === 'voided') ids.add(voidTicketId(l.lineId));
  }
  return ids;
}

export function printKitchenTicket(command: PrintKitchenTicket, state: OrderState): OrderEvent[] {
  if (!ticketIds(state).has(command.ticketId)) throw new DocketError('NotFound', 'no such kitchen ticket on this order');
  return [{ type: 'KitchenTicketPrinted', data: { ticketId: command.ticketId, reprint: state.printedTickets.includes(command.ticketId) } }];
}

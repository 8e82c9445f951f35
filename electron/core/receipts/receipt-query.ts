import type { KitchenTicketPrintView, ReceiptView } from '../../../shared/contract/restaurant-commands';
import { DEFAULT_DETAILS, type RestaurantDetails } from '../../../shared/domain/restaurant/restaurant';
import { DocketError } from '../../../shared/kernel/errors';
import { getOrder, listKitchenTickets } from '../queries/order-queries';
import { kitchenTicketHtml } from './kitchen-ticket-html';
import type { EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import { receiptHtml } from './receipt-html';

export function getRestaurant(db: SqlDb): RestaurantDetails {
  const row = db.get<{ details: string }>('SELECT details FROM restaurant_info WHERE id = 1');
  return row ? (JSON.parse(row.details) as RestaurantDetails) : DEFAULT_DETAILS;
}

/** One kitchen ticket as its station's printer prints it (REPRINT from the second print on). */
export function getKitchenTicket(db: SqlDb, ticketId: string): KitchenTicketPrintView {
  const ticket = db.get<{ orderId: string }>('SELECT order_id AS orderId FROM kitchen_tickets WHERE ticket_id = ?', [ticketId]);
  if (!ticket) throw new DocketError('NotFound', 'no such kitchen ticket');
  const view = listKitchenTickets(db, { orderId: ticket.orderId, limit: 1000 }).find((t) => t.ticketId === ticketId);
  if (!view) throw new DocketError('NotFound', 'no such kitchen ticket');
  return { ticketId, printCount: view.printCount, html: kitchenTicketHtml(view, getRestaurant(db).locale) };
}

/** The receipt of a closed order, as the copy most recently printed (a reprint says DUPLICATE). */
export function getReceipt(db: SqlDb, log: EventLog, orderId: string): ReceiptView {
  const order = getOrder(db, orderId);
  if (order.status !== 'closed') throw new DocketError('IllegalState', 'the order is not closed: print the bill instead');
  const closing = log.readStream(`order-${orderId}`).filter((e) => e.type === 'OrderClosed').at(-1);
  const staffId = closing?.meta.staff;
  const staff = staffId ? (db.get<{ name: string }>('SELECT name FROM staff_members WHERE staff_id = ?', [staffId])?.name ?? null) : null;
  const taxNames = Object.fromEntries(db.all<{ id: string; name: string }>('SELECT tax_category_id AS id, name FROM menu_tax_categories').map((t) => [t.id, t.name]));
  const copy = Math.max(1, order.receiptsPrinted);
  return {
    orderId,
    copy,
    duplicate: copy > 1,
    html: receiptHtml({ order, restaurant: getRestaurant(db), staff, taxNames, chainHead: closing?.hash ?? '', copy }),
  };
}

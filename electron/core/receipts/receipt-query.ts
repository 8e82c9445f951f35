import type { ReceiptView } from '../../../shared/contract/restaurant-commands';
import { DEFAULT_DETAILS, type RestaurantDetails } from '../../../shared/domain/restaurant/restaurant';
import { DocketError } from '../../../shared/kernel/errors';
import { getOrder } from '../queries/order-queries';
import type { EventLog } from '../store/event-log';
import type { SqlDb } from '../store/sql-db';
import { receiptHtml } from './receipt-html';

export function getRestaurant(db: SqlDb): RestaurantDetails {
  const row = db.get<{ details: string }>('SELECT details FROM restaurant_info WHERE id = 1');
  return row ? (JSON.parse(row.details) as RestaurantDetails) : DEFAULT_DETAILS;
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

import type { FloorTableView } from '../../../shared/contract/floor-views';
import type { SqlDb } from '../store/sql-db';

/** Every table with the open orders seated at it, and its status for the floor view. */
export function getFloor(db: SqlDb): FloorTableView[] {
  const orders = db.all<{ tableId: string; orderId: string; covers: number | null; openedAt: string; total: number; due: number; paid: number; bills: number }>(
    `SELECT table_id AS tableId, order_id AS orderId, covers, opened_at AS openedAt, total, due, paid, bills_printed AS bills
       FROM orders WHERE status = 'open' AND table_id IS NOT NULL ORDER BY opened_at`,
  );
  return db
    .all<{ tableId: string; name: string; seats: number; area: string }>(
      'SELECT table_id AS tableId, name, seats, area FROM floor_tables ORDER BY area, position',
    )
    .map((t) => {
      const at = orders.filter((o) => o.tableId === t.tableId);
      const waiting = at.some((o) => o.bills > 0 || o.paid > 0);
      return {
        ...t,
        status: at.length === 0 ? 'free' : waiting ? 'payment' : 'occupied',
        orders: at.map(({ orderId, covers, openedAt, total, due }) => ({ orderId, covers, openedAt, total, due })),
      };
    });
}

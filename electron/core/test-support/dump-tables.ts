import type { SqlDb } from '../store/sql-db';

/** Every row of every table, in a stable order: two databases with equal dumps hold the same facts. */
export function dumpTables(db: SqlDb, only?: (table: string) => boolean): Record<string, unknown[][]> {
  const tables = db
    .rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .map((r) => String(r[0]))
    .filter((t) => !only || only(t));
  return Object.fromEntries(tables.map((t) => [t, db.rows(`SELECT * FROM "${t}" ORDER BY 1, 2`)]));
}

export const PROJECTION_TABLES = (t: string): boolean => t.startsWith('menu_') || t.startsWith('order') || t.startsWith('sales_') || t.startsWith('kitchen_') || t.startsWith('staff_') || t.startsWith('report_');

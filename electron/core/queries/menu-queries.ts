import type { MenuView } from '../../../shared/contract/views';
import type { SqlDb } from '../store/sql-db';

export function getMenu(db: SqlDb): MenuView {
  const info = db.get<{ currency: string; version: number }>('SELECT currency, version FROM menu_info WHERE id = 1');
  return {
    currency: info?.currency ?? '',
    version: Number(info?.version ?? 0),
    categories: db.all<{ categoryId: string; name: string; position: number }>(
      'SELECT category_id AS categoryId, name, position FROM menu_categories ORDER BY position',
    ),
    items: db.all<{ itemId: string; categoryId: string; name: string; price: number }>(
      'SELECT item_id AS itemId, category_id AS categoryId, name, price FROM menu_items ORDER BY position',
    ),
  };
}

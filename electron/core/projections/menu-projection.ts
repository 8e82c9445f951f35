import type { Recorded } from '../../../shared/kernel/recorded';
import type { MenuEvent } from '../../../shared/domain/menu/menu-events';
import { assertNever } from '../../../shared/domain/decider';
import type { SqlDb } from '../store/sql-db';
import type { Projection } from './projection';

/** The menu as the till shows it: categories and items in the order they were added. */
export const menuProjection: Projection = {
  name: 'menu',
  handles: new Set<MenuEvent['type']>(['MenuCreated', 'CategoryAdded', 'MenuItemAdded', 'MenuItemPriceChanged']),
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS menu_info (id INTEGER PRIMARY KEY CHECK (id = 1), currency TEXT NOT NULL, version INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS menu_categories (category_id TEXT PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS menu_items (
        item_id TEXT PRIMARY KEY, category_id TEXT NOT NULL, name TEXT NOT NULL, price INTEGER NOT NULL, position INTEGER NOT NULL
      );`);
  },
  drop(db) {
    db.exec('DROP TABLE IF EXISTS menu_info; DROP TABLE IF EXISTS menu_categories; DROP TABLE IF EXISTS menu_items;');
  },
  apply(db: SqlDb, r: Recorded) {
    const e = r as unknown as MenuEvent & { position: number; version: number };
    switch (e.type) {
      case 'MenuCreated':
        db.run('INSERT OR REPLACE INTO menu_info(id, currency, version) VALUES (1, ?, ?)', [e.data.currency, e.version]);
        return;
      case 'CategoryAdded':
        db.run('INSERT INTO menu_categories(category_id, name, position) VALUES (?, ?, ?)', [e.data.categoryId, e.data.name, e.position]);
        break;
      case 'MenuItemAdded':
        db.run('INSERT INTO menu_items(item_id, category_id, name, price, position) VALUES (?, ?, ?, ?, ?)', [
          e.data.itemId,
          e.data.categoryId,
          e.data.name,
          e.data.price,
          e.position,
        ]);
        break;
      case 'MenuItemPriceChanged':
        db.run('UPDATE menu_items SET price = ? WHERE item_id = ?', [e.data.price, e.data.itemId]);
        break;
      default:
        assertNever(e);
    }
    db.run('UPDATE menu_info SET version = ?', [e.version]);
  },
};

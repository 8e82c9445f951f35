import type { Recorded } from '../../../shared/kernel/recorded';
import type { MenuEvent } from '../../../shared/domain/menu/menu-events';
import { DEFAULT_POLICY, DEFAULT_STATION } from '../../../shared/domain/menu/menu-state';
import { assertNever } from '../../../shared/domain/decider';
import type { SqlDb } from '../store/sql-db';
import type { Projection } from './projection';

/** The menu as the till shows it: categories and items in the order they were added, taxes, modifiers, policy. */
export const menuProjection: Projection = {
  name: 'menu',
  version: 2,
  handles: new Set<MenuEvent['type']>([
    'MenuCreated',
    'CategoryAdded',
    'MenuItemAdded',
    'MenuItemPriceChanged',
    'ItemAvailabilityChanged',
    'TaxCategoryDefined',
    'ModifierGroupDefined',
    'ItemModifierGroupsSet',
    'PricingPolicySet',
  ]),
  setup(db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS menu_info (
        id INTEGER PRIMARY KEY CHECK (id = 1), currency TEXT NOT NULL, version INTEGER NOT NULL,
        tax_mode TEXT NOT NULL, discount_approval_above INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS menu_categories (category_id TEXT PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS menu_items (
        item_id TEXT PRIMARY KEY, category_id TEXT NOT NULL, name TEXT NOT NULL, price INTEGER NOT NULL, position INTEGER NOT NULL,
        tax_category_id TEXT, station TEXT NOT NULL, modifier_group_ids TEXT NOT NULL, available INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS menu_tax_categories (tax_category_id TEXT PRIMARY KEY, name TEXT NOT NULL, rate INTEGER NOT NULL, position INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS menu_modifier_groups (
        group_id TEXT PRIMARY KEY, name TEXT NOT NULL, min INTEGER NOT NULL, max INTEGER NOT NULL, options TEXT NOT NULL, position INTEGER NOT NULL
      );`);
  },
  drop(db) {
    db.exec(`DROP TABLE IF EXISTS menu_info; DROP TABLE IF EXISTS menu_categories; DROP TABLE IF EXISTS menu_items;
      DROP TABLE IF EXISTS menu_tax_categories; DROP TABLE IF EXISTS menu_modifier_groups;`);
  },
  apply(db: SqlDb, r: Recorded) {
    const e = r as unknown as MenuEvent & { position: number; version: number };
    switch (e.type) {
      case 'MenuCreated':
        db.run('INSERT OR REPLACE INTO menu_info(id, currency, version, tax_mode, discount_approval_above) VALUES (1, ?, ?, ?, ?)', [
          e.data.currency,
          e.version,
          DEFAULT_POLICY.taxMode,
          DEFAULT_POLICY.discountApprovalAbove,
        ]);
        return;
      case 'CategoryAdded':
        db.run('INSERT INTO menu_categories(category_id, name, position) VALUES (?, ?, ?)', [e.data.categoryId, e.data.name, e.position]);
        break;
      case 'MenuItemAdded': {
        const d = e.data;
        db.run(
          `INSERT INTO menu_items(item_id, category_id, name, price, position, tax_category_id, station, modifier_group_ids, available)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
          [d.itemId, d.categoryId, d.name, d.price, e.position, d.taxCategoryId ?? null, d.station ?? DEFAULT_STATION, JSON.stringify(d.modifierGroupIds ?? [])],
        );
        break;
      }
      case 'MenuItemPriceChanged':
        db.run('UPDATE menu_items SET price = ? WHERE item_id = ?', [e.data.price, e.data.itemId]);
        break;
      case 'ItemAvailabilityChanged':
        db.run('UPDATE menu_items SET available = ? WHERE item_id = ?', [e.data.available ? 1 : 0, e.data.itemId]);
        break;
      case 'TaxCategoryDefined':
        db.run(
          `INSERT INTO menu_tax_categories(tax_category_id, name, rate, position) VALUES (?, ?, ?, ?)
           ON CONFLICT(tax_category_id) DO UPDATE SET name = excluded.name, rate = excluded.rate`,
          [e.data.taxCategoryId, e.data.name, e.data.rate, e.position],
        );
        break;
      case 'ModifierGroupDefined':
        db.run(
          `INSERT INTO menu_modifier_groups(group_id, name, min, max, options, position) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(group_id) DO UPDATE SET name = excluded.name, min = excluded.min, max = excluded.max, options = excluded.options`,
          [e.data.groupId, e.data.name, e.data.min, e.data.max, JSON.stringify(e.data.options), e.position],
        );
        break;
      case 'ItemModifierGroupsSet':
        db.run('UPDATE menu_items SET modifier_group_ids = ? WHERE item_id = ?', [JSON.stringify(e.data.modifierGroupIds), e.data.itemId]);
        break;
      case 'PricingPolicySet':
        db.run('UPDATE menu_info SET tax_mode = ?, discount_approval_above = ?', [e.data.taxMode, e.data.discountApprovalAbove]);
        break;
      default:
        assertNever(e);
    }
    db.run('UPDATE menu_info SET version = ?', [e.version]);
  },
};

import type { MenuView } from '../../../shared/contract/views';
import { DEFAULT_POLICY } from '../../../shared/domain/menu/menu-state';
import type { SqlDb } from '../store/sql-db';

interface ItemRow extends Record<string, string | number | null> {
  itemId: string;
  categoryId: string;
  name: string;
  price: number;
  taxCategoryId: string | null;
  station: string;
  modifierGroupIds: string;
  available: number;
}

export function getMenu(db: SqlDb): MenuView {
  const info = db.get<{ currency: string; version: number; taxMode: MenuView['taxMode']; discountApprovalAbove: number }>(
    'SELECT currency, version, tax_mode AS taxMode, discount_approval_above AS discountApprovalAbove FROM menu_info WHERE id = 1',
  );
  return {
    currency: info?.currency ?? '',
    version: Number(info?.version ?? 0),
    taxMode: info?.taxMode ?? DEFAULT_POLICY.taxMode,
    discountApprovalAbove: Number(info?.discountApprovalAbove ?? DEFAULT_POLICY.discountApprovalAbove),
    categories: db.all<{ categoryId: string; name: string; position: number }>(
      'SELECT category_id AS categoryId, name, position FROM menu_categories ORDER BY position',
    ),
    items: db
      .all<ItemRow>(
        `SELECT item_id AS itemId, category_id AS categoryId, name, price, tax_category_id AS taxCategoryId, station,
                modifier_group_ids AS modifierGroupIds, available
           FROM menu_items ORDER BY position`,
      )
      .map((i) => ({ ...i, modifierGroupIds: JSON.parse(i.modifierGroupIds) as string[], available: i.available === 1 })),
    taxCategories: db.all<{ taxCategoryId: string; name: string; rate: number }>(
      'SELECT tax_category_id AS taxCategoryId, name, rate FROM menu_tax_categories ORDER BY position',
    ),
    modifierGroups: db
      .all<{ groupId: string; name: string; min: number; max: number; options: string }>(
        'SELECT group_id AS groupId, name, min, max, options FROM menu_modifier_groups ORDER BY position',
      )
      .map((g) => ({ ...g, options: JSON.parse(g.options) as MenuView['modifierGroups'][number]['options'] })),
  };
}

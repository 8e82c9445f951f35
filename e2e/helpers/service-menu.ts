import type { Page } from '@playwright/test';
import { ANA, newUuid, sendAs } from './bridge-admin';

/**
 * A small restaurant for the service specs, set up as Ana (the manager)
 * through the bridge: a grill with a steak that has two modifier groups,
 * a soup for the first course, a cola poured at the bar, and two tables.
 * (The demo menu has a Cola of its own, in Drinks: use the ids returned here.)
 *
 * Tax: food 8.25 %, drinks 10 %, added on top (the till's default policy).
 */
export interface ServiceMenu {
  items: { steak: string; soup: string; cola: string };
  tables: { t4: string; t5: string };
}

export async function setUpServiceMenu(target: string | Page): Promise<ServiceMenu> {
  const id = () => newUuid();
  const [food, drinks, grill, bar, doneness, extras, t4, t5] = [id(), id(), id(), id(), id(), id(), id(), id()];
  const [steak, soup, cola] = [id(), id(), id()];
  await sendAs(
    target,
    ANA,
    { type: 'DefineTaxCategory', taxCategoryId: food, name: 'Food', rate: 825 },
    { type: 'DefineTaxCategory', taxCategoryId: drinks, name: 'Drinks', rate: 1000 },
    { type: 'AddCategory', categoryId: grill, name: 'Grill' },
    { type: 'AddCategory', categoryId: bar, name: 'Bar' },
    {
      type: 'DefineModifierGroup',
      groupId: doneness,
      name: 'Doneness',
      min: 1,
      max: 1,
      options: [
        { optionId: id(), name: 'Rare', priceDelta: 0 },
        { optionId: id(), name: 'Medium', priceDelta: 0 },
        { optionId: id(), name: 'Well done', priceDelta: 0 },
      ],
    },
    {
      type: 'DefineModifierGroup',
      groupId: extras,
      name: 'Extras',
      min: 0,
      max: 2,
      options: [
        { optionId: id(), name: 'Fries', priceDelta: 350 },
        { optionId: id(), name: 'Peppercorn sauce', priceDelta: 200 },
        { optionId: id(), name: 'Side salad', priceDelta: 300 },
      ],
    },
    { type: 'AddMenuItem', itemId: steak, categoryId: grill, name: 'Steak', price: 2400, taxCategoryId: food, modifierGroupIds: [doneness, extras] },
    { type: 'AddMenuItem', itemId: soup, categoryId: grill, name: 'Soup', price: 650, taxCategoryId: food },
    { type: 'AddMenuItem', itemId: cola, categoryId: bar, name: 'Cola', price: 300, taxCategoryId: drinks, station: 'bar' },
    { type: 'AddTable', tableId: t4, name: '4', seats: 4, area: 'Dining room' },
    { type: 'AddTable', tableId: t5, name: '5', seats: 2, area: 'Dining room' },
  );
  return { items: { steak, soup, cola }, tables: { t4, t5 } };
}

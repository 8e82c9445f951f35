import type { Command } from '../../../shared/contract/commands';

/**
 * The menu a new till starts with, so `npm start` sells something at once.
 * Ids and command ids are fixed: seeding again after a crash half-way
 * re-sends the same commands, and the ones already applied are skipped.
 */
const id = (kind: number, n: number): string =>
  `01900000-0000-7000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;

const CATEGORIES = [
  { n: 1, name: 'Pizza' },
  { n: 2, name: 'Starters' },
  { n: 3, name: 'Drinks' },
  { n: 4, name: 'Desserts' },
] as const;

/** [category, name, price in cents] */
const ITEMS: readonly [number, string, number][] = [
  [1, 'Margherita', 1150],
  [1, 'Pepperoni', 1350],
  [1, 'Quattro Formaggi', 1450],
  [1, 'Diavola', 1400],
  [1, 'Funghi', 1300],
  [1, 'Hawaiian', 1350],
  [2, 'Garlic Bread', 550],
  [2, 'Bruschetta', 650],
  [2, 'Caesar Salad', 850],
  [2, 'Arancini', 700],
  [3, 'Lemonade', 350],
  [3, 'Cola', 300],
  [3, 'Sparkling Water', 250],
  [3, 'House Red (glass)', 750],
  [4, 'Tiramisu', 650],
  [4, 'Gelato', 500],
];

export const DEMO_CURRENCY = 'USD';

export function demoMenuCommands(): Command[] {
  let c = 0;
  const next = (): string => id(0xff, ++c);
  return [
    { type: 'CreateMenu', commandId: next(), currency: DEMO_CURRENCY },
    ...CATEGORIES.map((cat): Command => ({ type: 'AddCategory', commandId: next(), categoryId: id(1, cat.n), name: cat.name })),
    ...ITEMS.map(
      ([cat, name, price], i): Command => ({
        type: 'AddMenuItem',
        commandId: next(),
        itemId: id(2, i + 1),
        categoryId: id(1, cat),
        name,
        price,
      }),
    ),
  ];
}

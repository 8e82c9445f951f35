import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SalesReportView } from '../../../../shared/contract/report-views';
import type { ZReport } from '../../../../shared/domain/shift';
import { openTill } from '../../open-till';
import { Projector } from '../../projections/projector';
import { openStore } from '../../store/open-store';
import { dumpTables } from '../../test-support/dump-tables';
import { tempDir, unwrap } from '../../test-support/fixtures';
import { DEFAULT_PIZZA_PLACE_DIR, readPizzaPlace } from './pizza-place-files';
import { importPizzaPlace, type ImportSummary } from './pizza-place-import';

/**
 * The whole 2015 year of the Pizza Place data set, imported through the
 * till's commands, must give the data set's own figures. The expected
 * figures are computed here straight from the CSV files, with their own
 * small parsing and integer-cent arithmetic, not from the importer's code.
 */
const SOURCE = DEFAULT_PIZZA_PLACE_DIR;

interface Figures {
  orders: Set<number>;
  qty: number;
  amount: number;
}

async function expectedFromFiles(): Promise<{ months: Map<string, Figures>; categories: Map<string, Figures>; total: Figures; days: Set<string> }> {
  const lines = async (name: string): Promise<string[]> =>
    (await readFile(path.join(SOURCE, name), 'latin1')).split(/\r?\n/).slice(1).filter((l) => l.length > 0);
  const categoryOfType = new Map<string, string>();
  for (const l of await lines('pizza_types.csv')) {
    const m = /^(\d+),[a-z_]+,(?:"(?:[^"]|"")*"|[^,]*),([^,]+),/.exec(l);
    if (!m) throw new Error(`cannot read pizza type: ${l}`);
    categoryOfType.set(m[1] as string, m[2] as string);
  }
  const pizzas = new Map<string, { cents: number; category: string }>();
  for (const l of await lines('pizzas.csv')) {
    const [id, typeId, , , price] = l.split(',') as [string, string, string, string, string];
    const [whole, frac = ''] = price.split('.');
    pizzas.set(id, { cents: Number(whole) * 100 + Number(frac.padEnd(2, '0')), category: categoryOfType.get(typeId) as string });
  }
  const monthOfOrder = new Map<string, string>();
  const days = new Set<string>();
  for (const l of await lines('orders.csv')) {
    const [id, date] = l.split(',') as [string, string];
    const [, mm, yyyy] = date.split('-');
    monthOfOrder.set(id, `${yyyy}-${mm}`);
    days.add(date);
  }
  const months = new Map<string, Figures>();
  const categories = new Map<string, Figures>();
  const total: Figures = { orders: new Set(), qty: 0, amount: 0 };
  const add = (map: Map<string, Figures>, key: string, order: number, qty: number, amount: number): void => {
    const f = map.get(key) ?? { orders: new Set(), qty: 0, amount: 0 };
    f.orders.add(order);
    f.qty += qty;
    f.amount += amount;
    map.set(key, f);
  };
  for (const l of await lines('order_details.csv')) {
    const [, orderId, pizzaId, , quantity] = l.split(',') as [string, string, string, string, string];
    const pizza = pizzas.get(pizzaId) as { cents: number; category: string };
    const qty = Number(quantity);
    add(months, monthOfOrder.get(orderId) as string, Number(orderId), qty, pizza.cents * qty);
    add(categories, pizza.category, Number(orderId), qty, pizza.cents * qty);
    total.orders.add(Number(orderId));
    total.qty += qty;
    total.amount += pizza.cents * qty;
  }
  return { months, categories, total, days };
}

const asRows = (m: Map<string, Figures>) =>
  Object.fromEntries([...m].map(([k, f]) => [k, { orders: f.orders.size, qty: f.qty, amount: f.amount }]));

async function position(dataDir: string): Promise<number> {
  const till = await openTill({ dataDir, seedDemoMenu: false });
  const info = unwrap(await till.query({ type: 'GetTillInfo' }));
  await till.close();
  return info.position;
}

describe('pizza place import', () => {
  if (!existsSync(path.join(SOURCE, 'orders.csv'))) throw new Error(`the Pizza Place data set is missing: ${SOURCE}`);

  let dataDir: string;
  let first: ImportSummary;
  let byMonth: SalesReportView;
  let byCategory: SalesReportView;
  let zReports: ZReport[];

  beforeAll(async () => {
    // Shared by the tests below (tempDir() folders go after each test).
    dataDir = await mkdtemp(path.join(tmpdir(), 'docket-pizza-'));
    first = await importPizzaPlace({ dataDir, source: SOURCE, orders: true });
    const till = await openTill({ dataDir, seedDemoMenu: false });
    byMonth = unwrap(await till.systemQuery({ type: 'GetSalesReport', by: 'month' }));
    byCategory = unwrap(await till.systemQuery({ type: 'GetSalesReport', by: 'category' }));
    const shifts = unwrap(await till.query({ type: 'ListShifts', limit: 1000 }));
    zReports = [];
    for (const s of shifts) zReports.push(unwrap(await till.query({ type: 'GetShiftReport', shiftId: s.shiftId })).report);
    await till.close();
  }, 300_000);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("replays the year and reports the data set's total, monthly and per-category figures", async () => {
    const expected = await expectedFromFiles();
    expect(expected.total.amount).toBe(81_786_005); // the README's 817,860.05 USD: the independent reading agrees
    expect(byMonth.totals).toEqual({ orders: 21_350, qty: 49_574, amount: 81_786_005, tax: 0, tips: 0, refunds: 0 });
    expect(byMonth.currency).toBe('USD');
    expect(Object.fromEntries(byMonth.rows.map((r) => [r.key, { orders: r.orders, qty: r.qty, amount: r.amount }]))).toEqual(asRows(expected.months));
    expect(byMonth.rows.map((r) => r.key)).toEqual([...expected.months.keys()].sort());
    expect(byCategory.totals).toEqual(byMonth.totals);
    expect(Object.fromEntries(byCategory.rows.map((r) => [r.label, { orders: r.orders, qty: r.qty, amount: r.amount }]))).toEqual(
      asRows(expected.categories),
    );
    expect(first).toMatchObject({ orders: 21_350, categories: 4, menuItems: 96, shifts: expected.days.size, duplicates: 0 });
    expect(first.till).toEqual(first.expected);
  });

  it('closes one shift per business day, each Z report with its cash counted exactly', () => {
    expect(zReports.every((z) => z.cash.variance === 0 && z.cash.counted === z.total && z.tenders.every((t) => t.tender === 'cash'))).toBe(true);
    expect(zReports.reduce((s, z) => s + z.orders, 0)).toBe(21_350);
    expect(zReports.reduce((s, z) => s + z.total, 0)).toBe(81_786_005);
  });

  it('imports nothing twice: a second run applies no command and writes no event', async () => {
    const before = await position(dataDir);
    const again = await importPizzaPlace({ dataDir, source: SOURCE, orders: true });
    expect(again.events).toBe(0);
    expect(again.duplicates).toBe(again.commands);
    expect(again.commands).toBe(first.commands);
    expect(await position(dataDir)).toBe(before);
  }, 120_000);

  it('rebuilds the sales read model of the year into exactly the live rows', async () => {
    const { db, log } = await openStore({ dataDir, terminal: 'T1', readOnly: true });
    try {
      const sales = (t: string): boolean => t.startsWith('sales_');
      const live = dumpTables(db, sales);
      expect(live.sales_lines?.length).toBe(48_620);
      new Projector(db).rebuild(log);
      expect(dumpTables(db, sales)).toEqual(live);
    } finally {
      db.close();
    }
  }, 120_000);
});

describe('pizza place files', () => {
  it('decodes pizza_types.csv as Windows-1252 (0x91 is a left single quote)', async () => {
    const data = await readPizzaPlace(SOURCE);
    expect(data.types.find((t) => t.slug === 'calabrese')?.ingredients).toMatch(/^\u2018Nduja Salami, /);
    expect(data.types.find((t) => t.slug === 'pep_msh_pep')?.name).toBe('The Pepperoni, Mushroom, and Peppers Pizza');
  });

  async function brokenCopy(file: string, lineNo: number, edit: (line: string) => string): Promise<string> {
    const dir = await tempDir('docket-pizza-src-');
    await cp(SOURCE, dir, { recursive: true });
    const p = path.join(dir, file);
    const lines = (await readFile(p, 'latin1')).split('\r\n');
    lines[lineNo - 1] = edit(lines[lineNo - 1] as string);
    await writeFile(p, lines.join('\r\n'), 'latin1');
    return dir;
  }

  it('refuses a malformed row with an error naming the file and line, and writes nothing', async () => {
    const source = await brokenCopy('order_details.csv', 1001, (l) => l.replace(/,\d+$/, ',two'));
    const dataDir = path.join(await tempDir(), 'till');
    await expect(importPizzaPlace({ dataDir, source, orders: true })).rejects.toMatchObject({
      code: 'Validation',
      file: 'order_details.csv',
      line: 1001,
      message: 'order_details.csv line 1001: Quantity "two" is not a whole number above 0',
    });
    expect(existsSync(dataDir)).toBe(false);
  });

  it('names the line of a quote that is never closed, and of a price with a fraction of a cent', async () => {
    const quote = await brokenCopy('pizza_types.csv', 33, (l) => l.replace(/"$/, ''));
    await expect(readPizzaPlace(quote)).rejects.toThrow('pizza_types.csv line 33: a quoted field is never closed');
    const price = await brokenCopy('pizzas.csv', 3, (l) => l.replace(/,[\d.]+$/, ',20.755'));
    await expect(readPizzaPlace(price)).rejects.toThrow(/^pizzas\.csv line 3: Price: "20\.755" has more than 2 decimal places/);
  });

  it('refuses a data folder whose menu it did not make, before writing anything', async () => {
    const dataDir = await tempDir();
    const demo = await openTill({ dataDir }); // seeds the demo menu
    await demo.close();
    const before = await position(dataDir);
    await expect(importPizzaPlace({ dataDir, source: SOURCE, orders: false })).rejects.toThrow(/already has a menu/);
    expect(await position(dataDir)).toBe(before);
  });
});

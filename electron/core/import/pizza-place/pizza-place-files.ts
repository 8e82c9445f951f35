import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMoney } from '../../../../shared/kernel/money';
import { csvRows, decodeAscii, decodeWindows1252, ImportFileError } from '../csv';

/**
 * The Pizza Place Sales data set (Maven Analytics, 2015) as typed, checked
 * rows. Every row is validated before anything is written anywhere: a bad
 * row stops the import with an error naming its file and line.
 */
export const PIZZA_PLACE_CURRENCY = 'USD';
export const SIZES = ['S', 'M', 'L', 'XL', 'XXL'] as const;
export type Size = (typeof SIZES)[number];

export interface PizzaType {
  typeId: number;
  slug: string;
  name: string;
  category: string;
  ingredients: string;
}

export interface Pizza {
  pizzaId: number;
  typeId: number;
  size: Size;
  /** Minor units (cents), parsed from the decimal text: never a float. */
  price: number;
}

export interface PizzaOrder {
  orderId: number;
  /** The restaurant's local date and time, read as UTC (the till has no time zone setting yet). */
  at: number;
  /** As written in the file, for messages. */
  date: string;
  time: string;
  lines: PizzaOrderLine[];
  /** Sum of price x quantity over its lines, minor units. */
  total: number;
}

export interface PizzaOrderLine {
  detailId: number;
  pizzaId: number;
  qty: number;
}

export interface PizzaPlaceData {
  types: PizzaType[];
  pizzas: Pizza[];
  /** In time order (then by order id). */
  orders: PizzaOrder[];
}

/** Where the data set is kept: beside the repository, in ../shared/data (as DESIGN.md keeps shared/). */
export const DEFAULT_PIZZA_PLACE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data/pizza-place-2015');

export const FILES = {
  types: 'pizza_types.csv',
  pizzas: 'pizzas.csv',
  orders: 'orders.csv',
  details: 'order_details.csv',
} as const;

const MAX_QTY = 999;

function positiveInt(text: string, file: string, line: number, what: string): number {
  if (!/^\d{1,9}$/.test(text) || Number(text) === 0) throw new ImportFileError(file, line, `${what} "${text}" is not a whole number above 0`);
  return Number(text);
}

function nonEmpty(text: string, file: string, line: number, what: string, max = 200): string {
  const t = text.trim();
  if (t.length === 0 || t.length > max) throw new ImportFileError(file, line, `${what} must be 1 to ${max} characters`);
  return t;
}

function unique<K>(seen: Map<K, number>, key: K, file: string, line: number, what: string): void {
  const first = seen.get(key);
  if (first !== undefined) throw new ImportFileError(file, line, `${what} repeats the one on line ${first}`);
  seen.set(key, line);
}

/** "31-12-2015" + "23:05:02" → ms since the epoch, that wall-clock time read as UTC; refuses impossible dates. */
export function historicTime(date: string, time: string, file: string, line: number): number {
  const d = /^(\d{2})-(\d{2})-(\d{4})$/.exec(date);
  const t = /^(\d{2}):(\d{2}):(\d{2})$/.exec(time);
  if (!d) throw new ImportFileError(file, line, `Date "${date}" is not DD-MM-YYYY`);
  if (!t) throw new ImportFileError(file, line, `Time "${time}" is not HH:MM:SS`);
  const [day, month, year] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [h, m, s] = [Number(t[1]), Number(t[2]), Number(t[3])];
  const ms = Date.UTC(year, month - 1, day, h, m, s);
  const back = new Date(ms);
  if (back.getUTCDate() !== day || back.getUTCMonth() !== month - 1 || h > 23 || m > 59 || s > 59) {
    throw new ImportFileError(file, line, `"${date} ${time}" is not a real date and time`);
  }
  return ms;
}

export function parsePizzaTypes(text: string): PizzaType[] {
  const file = FILES.types;
  const ids = new Map<number, number>();
  const slugs = new Map<string, number>();
  return csvRows(text, file, ['PizzaTypeID', 'PizzaType', 'Name', 'Category', 'Ingredients'] as const).map(({ line, row }) => {
    const typeId = positiveInt(row.PizzaTypeID, file, line, 'PizzaTypeID');
    const slug = nonEmpty(row.PizzaType, file, line, 'PizzaType');
    unique(ids, typeId, file, line, `PizzaTypeID ${typeId}`);
    unique(slugs, slug, file, line, `PizzaType "${slug}"`);
    return {
      typeId,
      slug,
      // Room for " (XXL)" within the menu's 80-character names.
      name: nonEmpty(row.Name, file, line, 'Name', 74),
      category: nonEmpty(row.Category, file, line, 'Category', 80),
      ingredients: row.Ingredients.trim(),
    };
  });
}

export function parsePizzas(text: string, types: readonly PizzaType[]): Pizza[] {
  const file = FILES.pizzas;
  const byId = new Map(types.map((t) => [t.typeId, t]));
  const ids = new Map<number, number>();
  const typeSizes = new Map<string, number>();
  return csvRows(text, file, ['PizzaID', 'PizzaTypeID', 'PizzaType', 'Size', 'Price'] as const).map(({ line, row }) => {
    const pizzaId = positiveInt(row.PizzaID, file, line, 'PizzaID');
    unique(ids, pizzaId, file, line, `PizzaID ${pizzaId}`);
    const typeId = positiveInt(row.PizzaTypeID, file, line, 'PizzaTypeID');
    const type = byId.get(typeId);
    if (!type) throw new ImportFileError(file, line, `PizzaTypeID ${typeId} is not in ${FILES.types}`);
    if (row.PizzaType !== type.slug) throw new ImportFileError(file, line, `PizzaType "${row.PizzaType}" is not "${type.slug}" (PizzaTypeID ${typeId})`);
    const size = row.Size as Size;
    if (!SIZES.includes(size)) throw new ImportFileError(file, line, `Size "${row.Size}" is not one of ${SIZES.join(', ')}`);
    unique(typeSizes, `${typeId}/${size}`, file, line, `${type.slug} in size ${size}`);
    let price: number;
    try {
      price = parseMoney(row.Price, PIZZA_PLACE_CURRENCY).amount;
    } catch (e) {
      throw new ImportFileError(file, line, `Price: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (price <= 0) throw new ImportFileError(file, line, `Price "${row.Price}" must be more than zero`);
    return { pizzaId, typeId, size, price };
  });
}

export function parseOrders(ordersText: string, detailsText: string, pizzas: readonly Pizza[], types: readonly PizzaType[]): PizzaOrder[] {
  const orders = new Map<number, PizzaOrder & { line: number }>();
  for (const { line, row } of csvRows(ordersText, FILES.orders, ['OrderID', 'Date', 'Time'] as const)) {
    const orderId = positiveInt(row.OrderID, FILES.orders, line, 'OrderID');
    const first = orders.get(orderId);
    if (first) throw new ImportFileError(FILES.orders, line, `OrderID ${orderId} repeats the one on line ${first.line}`);
    const at = historicTime(row.Date, row.Time, FILES.orders, line);
    orders.set(orderId, { orderId, at, date: row.Date, time: row.Time, lines: [], total: 0, line });
  }

  const file = FILES.details;
  const pizzaById = new Map(pizzas.map((p) => [p.pizzaId, p]));
  const slugOf = new Map(types.map((t) => [t.typeId, t.slug]));
  const ids = new Map<number, number>();
  for (const { line, row } of csvRows(detailsText, file, ['OrderDetailsID', 'OrderID', 'PizzaID', 'PizzaType', 'Quantity'] as const)) {
    const detailId = positiveInt(row.OrderDetailsID, file, line, 'OrderDetailsID');
    unique(ids, detailId, file, line, `OrderDetailsID ${detailId}`);
    const orderId = positiveInt(row.OrderID, file, line, 'OrderID');
    const order = orders.get(orderId);
    if (!order) throw new ImportFileError(file, line, `OrderID ${orderId} is not in ${FILES.orders}`);
    const pizzaId = positiveInt(row.PizzaID, file, line, 'PizzaID');
    const pizza = pizzaById.get(pizzaId);
    if (!pizza) throw new ImportFileError(file, line, `PizzaID ${pizzaId} is not in ${FILES.pizzas}`);
    const expected = `${slugOf.get(pizza.typeId)}_${pizza.size.toLowerCase()}`;
    if (row.PizzaType !== expected) throw new ImportFileError(file, line, `PizzaType "${row.PizzaType}" is not "${expected}" (PizzaID ${pizzaId})`);
    const qty = positiveInt(row.Quantity, file, line, 'Quantity');
    if (qty > MAX_QTY) throw new ImportFileError(file, line, `Quantity ${qty} is more than ${MAX_QTY}`);
    order.lines.push({ detailId, pizzaId, qty });
    order.total += pizza.price * qty;
  }

  const out: PizzaOrder[] = [];
  for (const { line, ...order } of orders.values()) {
    if (order.lines.length === 0) throw new ImportFileError(FILES.orders, line, `order ${order.orderId} has no lines in ${FILES.details}`);
    out.push(order);
  }
  // The till closes orders in the order it is given them: time order, ties by order id.
  return out.sort((a, b) => a.at - b.at || a.orderId - b.orderId);
}

/** Reads and checks the four files of the data set folder; throws ImportFileError naming the first bad row. */
export async function readPizzaPlace(dir: string): Promise<PizzaPlaceData> {
  const read = async (name: string): Promise<Uint8Array> => {
    try {
      return await readFile(path.join(dir, name));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ImportFileError(name, null, code === 'ENOENT' ? `not found in ${dir}` : `cannot be read (${code ?? String(e)})`);
    }
  };
  const [typesBytes, pizzasBytes, ordersBytes, detailsBytes] = await Promise.all(
    [FILES.types, FILES.pizzas, FILES.orders, FILES.details].map(read),
  );
  // pizza_types.csv is a Windows-1252 export (a curly quote, byte 0x91, in an ingredient list); the rest is ASCII.
  const types = parsePizzaTypes(decodeWindows1252(typesBytes as Uint8Array));
  const pizzas = parsePizzas(decodeAscii(pizzasBytes as Uint8Array, FILES.pizzas), types);
  const orders = parseOrders(decodeAscii(ordersBytes as Uint8Array, FILES.orders), decodeAscii(detailsBytes as Uint8Array, FILES.details), pizzas, types);
  return { types, pizzas, orders };
}

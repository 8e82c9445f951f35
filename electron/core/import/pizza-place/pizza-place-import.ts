import type { Reply } from '../../../../shared/contract/api';
import type { Command, CommandResult } from '../../../../shared/contract/commands';
import { DocketError } from '../../../../shared/kernel/errors';
import { openTill, type OpenTillOptions, type Till } from '../../open-till';
import { readPizzaPlace, type PizzaOrder, type PizzaPlaceData } from './pizza-place-files';
import { menuCommands, menuTime, replayUnits, type TimedCommand } from './pizza-place-plan';

/**
 * `docket import pizza-place`: the menu of the Pizza Place Sales data set,
 * and with `orders` its year of orders replayed in time order through the
 * till's own commands, each stamped with the time it happened.
 *
 * Times: the files give the restaurant's local wall-clock time with no zone.
 * The till has no time zone setting yet, so that wall-clock time is recorded
 * as UTC: an order at 11:38:36 on 01-01-2015 is at 2015-01-01T11:38:36Z, and
 * the report's business day and hour (read from the ISO time) are the ones
 * in the files.
 *
 * Each business day is one shift, opened at its first order and closed (Z
 * report) at its last, with counted cash equal to the day's cash sales.
 *
 * Nothing is written unless all four files read and check cleanly. Command
 * ids are deterministic, so importing again applies nothing twice, and an
 * import cut short resumes where it stopped.
 */
export interface PizzaPlaceImportOptions {
  /** The till data folder. */
  dataDir: string;
  /** The folder holding the four CSV files. */
  source: string;
  /** Replay the orders too (not just the menu). */
  orders: boolean;
  terminal?: string;
  /** Only the orders that happened before this time (ms): a bench's shorter replay. */
  ordersBefore?: number;
  /** Orders in flight at once through the writer's group commit (default 64). */
  inFlight?: number;
  snapshotAfter?: OpenTillOptions['snapshotAfter'];
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportProgress {
  phase: 'menu' | 'orders';
  done: number;
  total: number;
  /** Business day of the last order sent (YYYY-MM-DD). */
  day: string;
}

export interface ImportSummary {
  menuItems: number;
  categories: number;
  /** Business days replayed, one shift each. */
  shifts: number;
  /** Orders replayed (sent); duplicates of an earlier import included. */
  orders: number;
  commands: number;
  /** Commands the till had already applied (an earlier import): applied nothing. */
  duplicates: number;
  /** Events written by this run. */
  events: number;
  /** Of those, the ones the orders phase wrote (shifts included), over `ordersMs`. */
  ordersEvents: number;
  /** What the files say the replayed orders add up to. */
  expected: SalesTotals;
  /**
   * What the till's sales report says over the same business days, after the
   * import: equal to `expected` when the folder holds only this import.
   */
  till: SalesTotals | null;
  ordersMs: number;
}

/** A command the till refused during an import; names the order and where it is in the files. */
export class ImportRefusedError extends DocketError {
  constructor(what: string, command: Command, error: { code: string; message: string }) {
    super('Internal', `${what}: ${command.type} was refused (${error.code}: ${error.message})`, { command: command.commandId });
  }
}

export async function importPizzaPlace(opts: PizzaPlaceImportOptions): Promise<ImportSummary> {
  // Read and check every file before the data folder is touched: a bad row writes nothing.
  const data = await readPizzaPlace(opts.source);
  const orders = opts.ordersBefore === undefined ? data.orders : data.orders.filter((o) => o.at < (opts.ordersBefore as number));
  const menu = menuCommands(data);

  // Each command's historic time, looked up by the writer when it runs the command.
  const times = new Map<string, number>();
  const till = await openTill({
    dataDir: opts.dataDir,
    ...(opts.terminal ? { terminal: opts.terminal } : {}),
    ...(opts.snapshotAfter ? { snapshotAfter: opts.snapshotAfter } : {}),
    seedDemoMenu: false, // the import builds its own menu; the demo one would sit beside it
    commandTime: (c) => times.get(c.commandId),
  });
  const counts = { commands: 0, duplicates: 0, events: 0 };
  // The import's commands are the core's own (till.system): they need no sign-in and record no
  // staff member, as nobody at the till did them; the sales report shows them as "no staff".
  // `submit` is the one place commands leave the importer.
  const submit = async (tc: TimedCommand): Promise<Reply<CommandResult>> => {
    times.set(tc.command.commandId, tc.at);
    const reply = await till.system(tc.command);
    counts.commands += 1;
    if (reply.ok) {
      if (reply.value.duplicate) counts.duplicates += 1;
      else counts.events += reply.value.events.length;
    }
    return reply;
  };

  let ordersMs = 0;
  let ordersEvents = 0;
  let tillTotals: SalesTotals | null = null;
  try {
    await importMenu(till, menu, submit);
    opts.onProgress?.({ phase: 'menu', done: menu.length, total: menu.length, day: isoDay(menuTime(data)) });
    if (opts.orders) {
      const t0 = performance.now();
      const before = counts.events;
      await replayOrders(orders, menuTime(data), submit, opts);
      ordersMs = performance.now() - t0;
      ordersEvents = counts.events - before;
      tillTotals = await reportedTotals(till, orders);
    }
  } finally {
    await till.close();
  }
  const replayed = opts.orders ? orders : [];
  return {
    menuItems: menu.filter((c) => c.command.type === 'AddMenuItem').length,
    categories: menu.filter((c) => c.command.type === 'AddCategory').length,
    shifts: new Set(replayed.map((o) => isoDay(o.at))).size,
    orders: replayed.length,
    ...counts,
    expected: {
      orders: replayed.length,
      qty: replayed.reduce((s, o) => s + o.lines.reduce((q, l) => q + l.qty, 0), 0),
      amount: replayed.reduce((s, o) => s + o.total, 0),
    },
    till: tillTotals,
    ordersEvents,
    ordersMs,
  };
}

export interface SalesTotals {
  orders: number;
  qty: number;
  amount: number;
}

async function reportedTotals(till: Till, orders: PizzaOrder[]): Promise<SalesTotals | null> {
  const first = orders[0];
  const last = orders.at(-1);
  if (!first || !last) return null;
  const r = await till.systemQuery({ type: 'GetSalesReport', by: 'month', from: isoDay(first.at), to: isoDay(last.at) });
  if (!r.ok) throw new DocketError(r.error.code, r.error.message);
  const { orders: n, qty, amount } = r.value.totals;
  return { orders: n, qty, amount };
}

type Submit = (tc: TimedCommand) => Promise<Reply<CommandResult>>;

async function importMenu(till: Till, menu: TimedCommand[], submit: Submit): Promise<void> {
  const first = menu[0] as TimedCommand;
  // A folder whose menu was made by something else (the demo menu, a real restaurant's) is refused
  // before anything is written: the pizza categories and items must not land in someone else's menu.
  const head = await till.systemQuery({ type: 'ListEvents', stream: 'menu', limit: 1 });
  if (!head.ok) throw new DocketError(head.error.code, head.error.message);
  const owner = head.value[0]?.meta.command;
  if (owner !== undefined && owner !== first.command.commandId) {
    throw new DocketError('IllegalState', `${till.dataDir} already has a menu that this import did not create: import into a new data folder`);
  }
  // Sent together, they share one batch and one journal write; the writer runs them in order.
  const replies = await Promise.all(menu.map(submit));
  replies.forEach((r, k) => {
    if (!r.ok) throw new ImportRefusedError('importing the menu', (menu[k] as TimedCommand).command, r.error);
  });
}

/**
 * Keeps `inFlight` units (an order's commands, or a shift's opening or
 * closing) outstanding. A unit's commands are submitted together and units
 * in time order; the writer runs its queue in submission order, so the log
 * holds the days and their orders one after another in time order (receipt
 * and Z numbers follow time), while group commit writes many orders per
 * journal write.
 */
async function replayOrders(orders: PizzaOrder[], menuAt: number, submit: Submit, opts: PizzaPlaceImportOptions): Promise<void> {
  const units = replayUnits(orders, menuAt);
  const inFlight = Math.max(1, opts.inFlight ?? 64);
  let next = 0;
  let done = 0;
  let failure: unknown;
  let lastReport = 0;
  const report = (order: PizzaOrder): void => {
    const now = performance.now();
    if (done === orders.length || now - lastReport > 1000) {
      lastReport = now;
      opts.onProgress?.({ phase: 'orders', done, total: orders.length, day: isoDay(order.at) });
    }
  };
  const worker = async (): Promise<void> => {
    while (next < units.length && failure === undefined) {
      const unit = units[next++] as (typeof units)[number];
      const replies = await Promise.all(unit.commands.map(submit));
      const bad = replies.findIndex((r) => !r.ok);
      if (bad >= 0) {
        const r = replies[bad] as Extract<Reply<CommandResult>, { ok: false }>;
        const tc = unit.commands[bad] as TimedCommand;
        const what = unit.order ? `order ${unit.order.orderId} (${unit.order.date} ${unit.order.time})` : `the shift of ${isoDay(tc.at)}`;
        failure ??= new ImportRefusedError(what, tc.command, r.error);
        return;
      }
      if (unit.order) {
        done += 1;
        report(unit.order);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, units.length) }, worker));
  if (failure !== undefined) throw failure;
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export type { PizzaPlaceData };

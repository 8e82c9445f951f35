import { parseArgs } from 'node:util';
import { formatMinor } from '../../shared/kernel/money';
import { DEFAULT_PIZZA_PLACE_DIR, PIZZA_PLACE_CURRENCY } from '../core/import/pizza-place/pizza-place-files';
import { importPizzaPlace, type ImportProgress, type SalesTotals } from '../core/import/pizza-place/pizza-place-import';
import { requireData } from './cli-args';

const USAGE = 'usage: docket import pizza-place --data DIR [PATH] [--orders] [--terminal ID]';

/**
 * `docket import pizza-place --data DIR [PATH] [--orders]`: the data set's
 * menu, and with --orders its year of orders, into a till data folder (one
 * that is new, or that an earlier run of this import made: running it again
 * applies nothing twice). The till must not be running on that folder.
 */
export async function runImport(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, orders: { type: 'boolean' }, terminal: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const [kind, source = DEFAULT_PIZZA_PLACE_DIR, ...extra] = positionals;
  if (kind !== 'pizza-place') throw new Error(kind === undefined ? USAGE : `cannot import "${kind}": the one import is pizza-place\n${USAGE}`);
  if (extra.length > 0) throw new Error(`unexpected arguments: ${extra.join(' ')}\n${USAGE}`);
  const dataDir = requireData(values.data);

  const started = performance.now();
  const summary = await importPizzaPlace({
    dataDir,
    source,
    orders: values.orders ?? false,
    ...(values.terminal ? { terminal: values.terminal } : {}),
    onProgress: (p) => process.stderr.write(progressLine(p, started)),
  });

  const out = [`menu: ${summary.categories} categories, ${summary.menuItems} items (from ${source})`];
  if (values.orders) {
    const s = summary.ordersMs / 1000;
    out.push(
      `orders: ${summary.orders} replayed in ${s.toFixed(1)} s (${Math.round(summary.orders / s)} orders/s); ` +
        `${summary.commands} commands, ${summary.duplicates} already applied before, ${summary.events} events written`,
      `files: ${totalsText(summary.expected)}`,
      `till:  ${summary.till ? totalsText(summary.till) : 'no sales'}`,
    );
  } else {
    out.push(`${summary.events} events written (${summary.duplicates} of ${summary.commands} commands already applied before); add --orders to replay the orders`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  if (values.orders && !sameTotals(summary.expected, summary.till)) {
    process.stderr.write('docket import: the till\'s sales report differs from the files (does the folder hold other sales on those days?)\n');
    return 1;
  }
  return 0;
}

function progressLine(p: ImportProgress, started: number): string {
  const s = (performance.now() - started) / 1000;
  if (p.phase === 'menu') return `[import] menu: ${p.total} commands\n`;
  const pct = p.total ? Math.floor((p.done / p.total) * 100) : 100;
  return `[import] orders ${p.done}/${p.total} (${pct}%), up to ${p.day}, ${s.toFixed(1)} s\n`;
}

const totalsText = (t: SalesTotals): string => `${t.orders} orders, ${t.qty} items, ${formatMinor(t.amount, PIZZA_PLACE_CURRENCY)} ${PIZZA_PLACE_CURRENCY}`;

const sameTotals = (a: SalesTotals, b: SalesTotals | null): boolean =>
  b !== null ? a.orders === b.orders && a.qty === b.qty && a.amount === b.amount : a.orders === 0;

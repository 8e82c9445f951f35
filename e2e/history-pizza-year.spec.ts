import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { queryTill } from './helpers/bridge-admin';
import { pizzaYearDataDir } from './helpers/pizza-year';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { TillPage } from './helpers/till-page';

/**
 * Issue 4, e2e on a year of history: the pizza place's 2015 (21,350 orders,
 * ~113k events). A manager opens History, sees the whole log, scrolls to its
 * far end, filters to one item on one day (the count worked out here from
 * the CSV files, not from the till), opens an order's timeline and sees it
 * as it was before it was paid, then what the payment changed.
 */
const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data/pizza-place-2015');
const DAY = '2015-07-15';
const PIZZA_TYPE = 'four_cheese';
const SIZE = 'L';

/** The CSV files as rows of fields (none of the fields used here hold commas or quotes). */
function csv(name: string): string[][] {
  return readFileSync(path.join(DATA, name), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
}

/** From the files alone: the item's name on the till, how many lines of it were sold that day, and the last such order's total in cents. */
function expected(): { name: string; lines: number; lastOrderTotal: number } {
  const typeName = csv('pizza_types.csv').find((r) => r[1] === PIZZA_TYPE)?.[2];
  const pizzas = csv('pizzas.csv').map((r) => ({ id: r[0], type: r[2], size: r[3], cents: Math.round(Number(r[4]) * 100) }));
  const pizza = pizzas.find((p) => p.type === PIZZA_TYPE && p.size === SIZE);
  if (!typeName || !pizza) throw new Error('pizza not in the files');
  const [y, m, d] = DAY.split('-');
  const orders = new Map(csv('orders.csv').map((r) => [r[0], { date: r[1], time: r[2] ?? '' }]));
  const price = new Map(pizzas.map((p) => [p.id, p.cents]));
  const totals = new Map<string, number>();
  const withPizza: string[] = [];
  let lines = 0;
  for (const [, orderId = '', pizzaId = '', , qty = '0'] of csv('order_details.csv')) {
    if (orders.get(orderId)?.date !== `${d}-${m}-${y}`) continue;
    totals.set(orderId, (totals.get(orderId) ?? 0) + (price.get(pizzaId) ?? 0) * Number(qty));
    if (pizzaId === pizza.id) {
      lines += 1;
      withPizza.push(orderId);
    }
  }
  // The till records orders in time order, ties by order id: the newest match is the last of these.
  const last = withPizza.sort((a, b) => (orders.get(a)?.time ?? '').localeCompare(orders.get(b)?.time ?? '') || Number(a) - Number(b)).at(-1) ?? '';
  return { name: `${typeName} (${SIZE})`, lines, lastOrderTotal: totals.get(last) ?? 0 };
}

const dollars = (cents: number): string => `$${(cents / 100).toFixed(2)}`;

// The import keeps the files' wall-clock times as UTC: read the days in UTC.
test.use({ timezoneId: 'UTC' });

let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('a year of history: the whole log, one item on one day, an order before and after its payment', async ({ page }, testInfo) => {
  // The first run imports the year (tens of seconds); later runs copy the cached folder.
  test.setTimeout(300_000);
  const want = expected();
  expect(want.lines).toBeGreaterThan(0);
  server = await serve({ dataDir: pizzaYearDataDir() });
  const till = new TillPage(page);
  await till.open(server.url, { signIn: false });
  await till.signIn('Ana', '1234');
  await till.byTestId('nav-history').click();

  const last = (await queryTill(server.url, { type: 'GetTillInfo' })).position;
  expect(last).toBeGreaterThan(100_000);
  const list = till.byTestId('history-list');
  await expect(till.byTestId('history-row-count')).toHaveAttribute('data-count', String(last));
  await expect(till.byTestId('history-row').first()).toHaveAttribute('data-position', String(last));

  // Far down: the middle of the year, then its very first event; each stop fills in its rows.
  const settled = async (): Promise<void> => {
    await expect(till.byTestId('history-row').first()).toBeVisible();
    await expect(list.locator('[data-loading="true"]')).toHaveCount(0);
  };
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await settled();
  const middle = Number(await till.byTestId('history-row').first().getAttribute('data-position'));
  expect(middle).toBeGreaterThan(last * 0.4);
  expect(middle).toBeLessThan(last * 0.6);
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await settled();
  await expect(till.byTestId('history-row').last()).toHaveAttribute('data-position', '1');
  await page.screenshot({ path: testInfo.outputPath('pizza-log-end.png') });
  // The keyboard goes to either end too: Home selects the newest event, End the oldest.
  await list.focus();
  await page.keyboard.press('Home');
  await settled();
  await expect(list.locator('[aria-selected="true"]')).toHaveAttribute('data-position', String(last));
  await page.keyboard.press('End');
  await settled();
  await expect(list.locator('[aria-selected="true"]')).toHaveAttribute('data-position', '1');
  await page.keyboard.press('Enter');
  await expect(till.byTestId('history-detail')).toHaveAttribute('data-position', '1');
  // To its stream (the menu) and back: the list comes back at the chosen event.
  await till.byTestId('history-open-stream').click();
  await expect(till.byTestId('history-timeline')).toHaveAttribute('data-stream', 'menu');
  await till.byTestId('history-timeline-back').click();
  await settled();
  await expect(list.locator('[aria-selected="true"]')).toHaveAttribute('data-position', '1');
  await expect(list.locator('[aria-selected="true"]')).toBeInViewport();
  await till.byTestId('history-detail-close').click();

  // One item on one day: as many matches as the files have lines.
  const input = till.byTestId('history-filter-input');
  await input.fill(`type = ItemAdded and at = ${DAY} and data.name = "${want.name}"`);
  await input.press('Enter');
  await expect(till.byTestId('history-row-count')).toHaveAttribute('data-done', 'true');
  await expect(till.byTestId('history-row-count')).toHaveAttribute('data-count', String(want.lines));
  await expect(till.byTestId('history-row').first()).toHaveAttribute('data-type', 'ItemAdded');
  await page.screenshot({ path: testInfo.outputPath('pizza-filtered.png') });

  // The newest match's order: its timeline, the step before the payment, the payment itself.
  await till.byTestId('history-row').first().click();
  await till.byTestId('history-detail').getByTestId('history-open-stream').click();
  const timeline = till.byTestId('history-timeline');
  const steps = timeline.getByTestId('history-step');
  await expect(steps.last()).toHaveAttribute('data-type', 'OrderClosed');
  const types = await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
  const paymentAt = types.indexOf('PaymentTaken');
  expect(types[0]).toBe('OrderOpened');
  expect(paymentAt).toBeGreaterThan(1);
  expect(types.slice(paymentAt)).toEqual(['PaymentTaken', 'OrderClosed']);
  await expect(timeline.getByTestId('history-milestone')).toHaveText([/opened/, /paid/, /closed/]);

  // After the last step before the payment: nothing paid, the whole bill due.
  await steps.nth(paymentAt - 1).click();
  await expect(timeline.getByTestId('history-step-state')).toHaveAttribute('data-side', 'after');
  await expect(timeline.getByTestId('history-state-status')).toHaveAttribute('data-status', 'open');
  await expect(timeline.getByTestId('history-state-paid')).toHaveText('$0.00');
  await expect(timeline.getByTestId('history-state-due')).toHaveText(dollars(want.lastOrderTotal));
  await expect(timeline.getByTestId('history-state-total')).toHaveText(dollars(want.lastOrderTotal));

  // The payment: what it changed, and the order just before it (the same as above).
  await steps.nth(paymentAt).click();
  await expect(timeline.locator('[data-testid="history-diff-row"][data-path="paid"]')).toContainText(String(want.lastOrderTotal));
  await expect(timeline.getByTestId('history-state-due')).toHaveText('$0.00');
  await timeline.getByTestId('history-side-before').click();
  await expect(timeline.getByTestId('history-state-title')).toContainText('State before PaymentTaken');
  await expect(timeline.getByTestId('history-state-paid')).toHaveText('$0.00');
  await expect(timeline.getByTestId('history-state-due')).toHaveText(dollars(want.lastOrderTotal));
  await page.screenshot({ path: testInfo.outputPath('pizza-before-payment.png') });
});

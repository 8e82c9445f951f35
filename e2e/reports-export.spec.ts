import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Download, type Page } from '@playwright/test';
import type { CommandInput } from './helpers/bridge-admin';
import { ANA, BEN, Bridge, newUuid, queryTill, sendAs } from './helpers/bridge-admin';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { TillPage } from './helpers/till-page';
import { expectTouchTargets } from './helpers/touch-targets';

/**
 * Reports and exports on a till that sold today: a manager's chart and table
 * agree with the till's own figures, a report's CSV is the CLI's, a filter's
 * events export as the CLI prints them, a long export is cancelled with
 * nothing saved, and the whole log exported from the screen passes
 * `docket verify --file`. A server never sees Reports.
 */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

function docket(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/docket.mjs', ...args], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const text = async (d: Download): Promise<string> => readFile(await d.path(), 'utf8');

/** Sells today as Ben (Ana approving what needs her): a void, a discount, plain sales. Answers the orders' ids. */
async function sellToday(url: string, extraOrders: number): Promise<string[]> {
  const menu = await queryTill(url, { type: 'GetMenu' });
  const item = (name: string) => menu.items.find((i) => i.name === name)?.itemId as string;
  const [pizza, cola] = [item('Margherita'), item('Cola')];
  await sendAs(url, ANA, { type: 'OpenShift', shiftId: newUuid(), float: 0 });
  const bridge = await Bridge.connect(url);
  const approval = { approval: { pin: ANA.pin } };
  const ids: string[] = [];
  try {
    await bridge.signIn(BEN);
    const sell = async (lines: [string, number][], extra: (orderId: string, lineIds: string[]) => CommandInput[] = () => []) => {
      const orderId = newUuid();
      const lineIds = lines.map(() => newUuid());
      await bridge.command({ type: 'OpenOrder', orderId });
      for (const [k, [itemId, qty]] of lines.entries()) await bridge.command({ type: 'AddItem', orderId, lineId: lineIds[k] as string, itemId, qty });
      await bridge.command({ type: 'SendOrder', orderId, sendId: newUuid() });
      for (const c of extra(orderId, lineIds)) await bridge.command(c);
      const due = (await bridge.query({ type: 'GetOrder', orderId })).due;
      await bridge.command({ type: 'TakePayment', orderId, paymentId: newUuid(), tender: 'cash', amount: due });
      await bridge.command({ type: 'CloseOrder', orderId });
      ids.push(orderId);
    };
    await sell([[pizza, 2], [cola, 1]], (orderId, [, colaLine]) => [{ type: 'VoidItem', orderId, lineId: colaLine as string, reason: 'spilt', ...approval }]);
    await sell([[pizza, 1]], (orderId) => [{ type: 'ApplyDiscount', orderId, discountId: newUuid(), kind: 'percent', value: 1000, reason: 'regular', ...approval }]);
    for (let i = 0; i < extraOrders; i++) await sell([[cola, 1]]);
    await bridge.signIn(ANA);
  } finally {
    bridge.close();
  }
  return ids;
}

async function openReports(page: Page, url: string): Promise<TillPage> {
  const till = new TillPage(page);
  await page.goto(url);
  await till.ready(ANA.name, ANA.pin);
  await till.byTestId('nav-reports').click();
  await expect(till.byTestId('reports-screen')).toBeVisible();
  return till;
}

test('a manager reads charts and tables, exports report CSVs and events, cancels a long export, exports the log that docket verify accepts', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  server = await serve();
  const url = server.url;
  const orders = await sellToday(url, 40);
  const money = (minor: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);
  const today = new Date().toISOString().slice(0, 10);
  // The till's own figures for what was sold: net of discounts, voided lines not sold.
  let net = 0;
  for (const orderId of orders) {
    const o = await queryTill(url, { type: 'GetOrder', orderId });
    net += o.subtotal - o.discount;
  }

  const till = await openReports(page, url);
  // Today, by hour: the chart draws the sales hour(s), its table totals them.
  await expect(till.byTestId('report-preset-today')).toHaveAttribute('aria-pressed', 'true');
  const table = till.byTestId('report-table');
  await expect(table.getByTestId('report-table-total').locator('[data-col="amount"]')).toHaveText(money(net));
  await expect(table.getByTestId('report-table-total').locator('[data-col="orders"]')).toHaveText(String(orders.length));
  const chart = till.byTestId('report-chart');
  await expect(chart.locator('figcaption')).toHaveText('Sales by hour');
  const hours = await table.locator('tbody tr').count();
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(hours);
  await expectTouchTargets(page, till.byTestId('reports-screen'));
  await page.screenshot({ path: testInfo.outputPath('reports-hour.png'), fullPage: true });

  // Export CSV: the bytes `docket report --format csv` prints for the same days.
  const [hourCsv] = await Promise.all([page.waitForEvent('download'), till.byTestId('report-export-csv').click()]);
  expect(hourCsv.suggestedFilename()).toMatch(/^docket-sales-hour-.*\.csv$/);
  const cli = docket('report', '--data', server.dataDir, '--by', 'hour', '--from', today, '--to', today, '--format', 'csv');
  expect(cli.code, cli.err).toBe(0);
  expect(await text(hourCsv)).toBe(cli.out);

  // A sale while the report is open: it is read again and the total moves.
  const menu = await queryTill(url, { type: 'GetMenu' });
  const colaId = menu.items.find((i) => i.name === 'Cola')?.itemId as string;
  const late = newUuid();
  await sendAs(url, BEN, { type: 'OpenOrder', orderId: late }, { type: 'AddItem', orderId: late, lineId: newUuid(), itemId: colaId, qty: 1 });
  const lateOrder = await queryTill(url, { type: 'GetOrder', orderId: late });
  await sendAs(url, BEN, { type: 'TakePayment', orderId: late, paymentId: newUuid(), tender: 'card', amount: lateOrder.due, reference: 'T-9' }, { type: 'CloseOrder', orderId: late });
  orders.push(late);
  await expect(table.getByTestId('report-table-total').locator('[data-col="amount"]')).toHaveText(money(net + lateOrder.subtotal - lateOrder.discount));

  // Top items: the pizzas sold, the voided cola not among the sales.
  await till.byTestId('report-kind-item').click();
  await expect(chart.locator('figcaption')).toHaveText('Top items');
  await expect(table.locator('tbody tr').filter({ hasText: 'Margherita' }).locator('[data-col="qty"]')).toHaveText('3');

  // Voids and discounts: done by Ben, approved by Ana.
  await till.byTestId('report-kind-adjustStaff').click();
  const ben = table.locator('tbody tr').filter({ hasText: 'Ben' });
  await expect(ben.locator('[data-col="voids"]')).toHaveText('1');
  await expect(ben.locator('[data-col="discounts"]')).toHaveText('1');
  await page.screenshot({ path: testInfo.outputPath('reports-adjustments.png'), fullPage: true });
  await till.byTestId('report-kind-adjustApprover').click();
  await expect(table.locator('tbody tr').filter({ hasText: 'Ana' }).locator('[data-col="voids"]')).toHaveText('1');
  const [adjCsv] = await Promise.all([page.waitForEvent('download'), till.byTestId('report-export-csv').click()]);
  expect((await text(adjCsv)).split('\r\n')[0]).toBe('approver,name,voids,void_amount,discounts,discount_amount,refunds,refund_amount,currency');

  // Service times: every order was opened this hour or so; the table's last row counts them all.
  await till.byTestId('report-kind-service').click();
  await expect(table.getByTestId('report-table-total').locator('[data-col="orders"]')).toHaveText(String(orders.length));
  await page.screenshot({ path: testInfo.outputPath('reports-service.png'), fullPage: true });

  // A filter's events, as CSV and as NDJSON: what `docket events` prints.
  await till.byTestId('reports-filter').fill('type = ItemVoided or type = DiscountApplied');
  await till.byTestId('reports-export-events').click();
  const dialog = till.byTestId('export-dialog');
  await dialog.getByTestId('export-format-csv').click();
  const [eventsCsv] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-start').click()]);
  await expect(dialog.getByTestId('export-done')).toContainText('2 events');
  const cliCsv = docket('events', '--data', server.dataDir, '--filter', 'type = ItemVoided or type = DiscountApplied', '--format', 'csv');
  expect(await text(eventsCsv)).toBe(cliCsv.out);
  expect(cliCsv.out.split('\r\n')).toHaveLength(4); // header, two events, the empty string after the last CRLF
  await dialog.getByTestId('export-format-ndjson').click();
  const [eventsNdjson] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-start').click()]);
  expect(await text(eventsNdjson)).toBe(docket('events', '--data', server.dataDir, '--filter', 'type = ItemVoided or type = DiscountApplied').out);
  await dialog.getByTestId('export-close').click();
  await expect(dialog).toBeHidden();

  // A filter the till cannot read: the dialog says why, and nothing is saved.
  let early = 0;
  const count = () => (early += 1);
  page.on('download', count);
  await till.byTestId('reports-filter').fill('type = ');
  await till.byTestId('reports-export-events').click();
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-error')).toContainText('Nothing was saved');
  await dialog.getByTestId('export-close').click();
  page.off('download', count);
  expect(early).toBe(0);

  // The whole log: exported from the screen, checked by `docket verify --file` in a child process.
  await till.byTestId('reports-export-log').click();
  const logDialog = till.byTestId('log-export-dialog');
  const [log] = await Promise.all([page.waitForEvent('download'), logDialog.getByTestId('export-start').click()]);
  await expect(logDialog.getByTestId('export-done')).toBeVisible();
  const file = testInfo.outputPath('till.docket-log.ndjson');
  await log.saveAs(file);
  const verified = docket('verify', '--file', file);
  expect(verified.code, verified.out + verified.err).toBe(0);
  expect(verified.out).toMatch(/^OK: \d+ events verified/m);
  await logDialog.getByTestId('export-close').click();

  // A long export (one event per request over a few hundred events), cancelled: it says so and nothing is saved.
  await page.goto(`${url}/?exportPageSize=1`);
  await till.waitConnected();
  await till.byTestId('nav-reports').click();
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await till.byTestId('reports-export-log').click();
  await logDialog.getByTestId('export-start').click();
  await expect(logDialog.getByTestId('export-progress')).toBeVisible();
  await logDialog.getByTestId('export-cancel').click();
  await expect(logDialog.getByTestId('export-cancelled')).toHaveText('Export cancelled. Nothing was saved.');
  await expect(logDialog.getByTestId('export-start')).toBeEnabled();
  expect(downloads).toBe(0);
  await page.screenshot({ path: testInfo.outputPath('export-cancelled.png') });
});

test('a server sees no Reports, and the core refuses the report and export queries to them', async ({ page }) => {
  server = await serve();
  const till = new TillPage(page);
  await till.open(server.url);
  await expect(till.byTestId('staff-name')).toHaveText('Ben');
  await expect(till.byTestId('nav-shift')).toBeVisible();
  await expect(till.byTestId('nav-reports')).toHaveCount(0);
  const bridge = await Bridge.connect(server.url);
  try {
    for (const q of [{ type: 'GetAdjustmentsReport' }, { type: 'GetServiceTimesReport' }, { type: 'ExportLog', afterPosition: 0 }] as const) {
      await expect(bridge.query(q)).rejects.toThrow(/refused: Unauthorized/);
    }
  } finally {
    bridge.close();
  }
});

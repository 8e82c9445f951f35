import { expect, test } from '@playwright/test';
import { ANA, queryTill, sendAs } from './helpers/bridge-admin';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { setUpServiceMenu } from './helpers/service-menu';
import { TillPage } from './helpers/till-page';

/**
 * Issue 3, e2e (d): a price change does not change an earlier order or its
 * receipt. Every line records the price it was sold at; the receipt page is
 * read before and after the change and must be the same, byte for byte.
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('a price change leaves an earlier order and its receipt as they were; new orders sell at the new price', async ({ page }, testInfo) => {
  server = await serve();
  const menu = await setUpServiceMenu(server.url);
  const till = new TillPage(page);
  await till.open(server.url);
  await till.openShift();

  // A counter order: one cola at 3.00 + 10 % tax, paid exactly in cash and closed.
  await till.newOrder('Bar 1');
  await till.category('Bar').click();
  await till.menuItem('Cola').click();
  await expect(till.byTestId('order-total')).toHaveText('$3.30');
  await till.byTestId('pay-button').click();
  await till.byTestId('pay-exact').click();
  await till.byTestId('pay-submit').click();
  await till.byTestId('pay-close-order').click();
  await expect(till.byTestId('receipt-number')).toHaveText('Receipt T1-1');
  const orderId = (await queryTill(server.url, { type: 'ListClosedOrders' }))[0]?.orderId as string;

  // The customer's receipt, printed and read as the print preview shows it.
  await till.byTestId('order-print-receipt').click();
  await expect(page.frameLocator('[data-testid="receipt-frame"]').locator('body')).toContainText('$3.30');
  await till.byTestId('receipt-preview-close').click();
  const receiptUrl = `${server.url}/receipt/${orderId}`;
  const receiptBefore = await (await page.request.get(receiptUrl)).text();
  const orderBefore = await queryTill(server.url, { type: 'GetOrder', orderId });
  expect(receiptBefore).toContain('1 × Cola');
  expect(receiptBefore).toContain('$3.00');

  // Ana raises the price of a cola to 4.50.
  await sendAs(server.url, ANA, { type: 'ChangeItemPrice', itemId: menu.items.cola, price: 450 });
  await expect(till.byTestId('staff-name')).toHaveText('Ben');

  // The earlier order and its receipt are exactly as they were.
  expect(await (await page.request.get(receiptUrl)).text()).toBe(receiptBefore);
  expect(await queryTill(server.url, { type: 'GetOrder', orderId })).toEqual(orderBefore);
  await till.byTestId('nav-orders').click();
  await till.byTestId('closed-order').filter({ hasText: 'Receipt T1-1' }).click();
  const detail = till.byTestId('closed-detail');
  await expect(detail.getByTestId('line-total')).toHaveText(['$3.00']);
  await expect(detail.getByTestId('order-total')).toHaveText('$3.30');
  await page.screenshot({ path: testInfo.outputPath('history-after-price-change.png') });

  // A new order sells at the new price.
  await till.byTestId('nav-till').click();
  await till.newOrder('Bar 2');
  await till.category('Bar').click();
  await expect(till.menuItem('Cola')).toContainText('$4.50');
  await till.menuItem('Cola').click();
  await expect(till.line('Cola').getByTestId('line-total')).toHaveText('$4.50');
  await expect(till.byTestId('order-total')).toHaveText('$4.95');
});

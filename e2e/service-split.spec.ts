import { expect, test } from '@playwright/test';
import { queryTill } from './helpers/bridge-admin';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { setUpServiceMenu } from './helpers/service-menu';
import { TillPage } from './helpers/till-page';

/**
 * The other two ways to split a bill: evenly (the cents shared out so the
 * parts add up exactly) and by chosen lines; each part paid on its own, with
 * a voucher among the tenders, and a split undone before any money is taken.
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('split evenly in three, undo it, split by lines and pay each part (cash, voucher)', async ({ page }, testInfo) => {
  server = await serve();
  await setUpServiceMenu(server.url);
  const till = new TillPage(page);
  await till.open(server.url);
  await till.openShift();

  // Soup 6.50 + tax 0.54, two colas 3.00 + tax 0.30 each: 7.04 + 3.30 + 3.30 = 13.64.
  await till.newOrder('Booth');
  await till.category('Grill').click();
  await till.menuItem('Soup').click();
  await till.category('Bar').click();
  await till.menuItem('Cola').click();
  await till.menuItem('Cola').click();
  await expect(till.byTestId('order-total')).toHaveText('$13.64');

  await till.byTestId('pay-button').click();
  const pay = till.byTestId('pay-dialog');
  await pay.getByTestId('pay-split-even').click();
  await pay.getByRole('button', { name: 'More parts' }).click();
  await expect(pay.getByTestId('pay-split-count')).toHaveText('3 parts');
  await pay.getByTestId('pay-split-even-apply').click();
  const parts = pay.getByTestId('pay-part');
  // 13.64 / 3: 4.55 + 4.55 + 4.54, never a cent lost or made up.
  await expect(parts).toHaveCount(3);
  await expect(parts.nth(0)).toContainText('Part 1 of 3');
  await expect(parts.locator('.part-amount')).toHaveText(['$4.55', '$4.55', '$4.54']);

  // Changed our minds before paying: undo, then split by lines (soup | both colas).
  await pay.getByTestId('pay-split-clear').click();
  await expect(parts).toHaveCount(0);
  await pay.getByTestId('pay-split-lines').click();
  const lines = pay.getByTestId('split-line');
  await expect(lines).toHaveCount(3);
  await expect(pay.getByTestId('split-lines-apply')).toBeDisabled(); // part 2 has no line yet
  await lines.nth(1).locator('[data-testid="split-line-part"][data-part="2"]').click();
  await lines.nth(2).locator('[data-testid="split-line-part"][data-part="2"]').click();
  await page.screenshot({ path: testInfo.outputPath('payment-split-lines.png') });
  await pay.getByTestId('split-lines-apply').click();
  await expect(parts.locator('.part-amount')).toHaveText(['$7.04', '$6.60']);

  // Part 1 in cash, exactly; part 2 with a voucher.
  await pay.getByTestId('pay-exact').click();
  await pay.getByTestId('pay-submit').click();
  await expect(parts.nth(0).getByTestId('pay-part-due')).toHaveText('Paid');
  await expect(pay.getByTestId('pay-due')).toHaveText('$6.60');
  await pay.getByTestId('pay-tender-voucher').click();
  // A voucher, like a card, gives no change: more than is due is refused before it is sent.
  await pay.getByTestId('pay-amount').fill('10');
  await pay.getByTestId('pay-submit').click();
  await expect(pay.getByTestId('pay-error')).toContainText('Only cash');
  await pay.getByTestId('pay-amount').fill('6.60');
  await pay.getByTestId('pay-submit').click();
  await pay.getByTestId('pay-close-order').click();
  await expect(till.byTestId('receipt-number')).toHaveText('Receipt T1-1');

  const orderId = (await queryTill(server.url, { type: 'ListClosedOrders' }))[0]?.orderId as string;
  const order = await queryTill(server.url, { type: 'GetOrder', orderId });
  expect(order.split?.mode).toBe('lines');
  expect(order.payments.map((p) => [p.tender, p.amount, p.partId])).toEqual([
    ['cash', 704, '1'],
    ['voucher', 660, '2'],
  ]);
});

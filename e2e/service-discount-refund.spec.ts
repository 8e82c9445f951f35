import { expect, test } from '@playwright/test';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { setUpServiceMenu } from './helpers/service-menu';
import { TillPage } from './helpers/till-page';

/**
 * Discounts (a line under the threshold, the order above it with a manager),
 * then after closing: a refund of one line and a reopen, each approved by a
 * manager's PIN from the closed order's detail.
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('discounts with and without approval; refund a line and reopen an order from the closed orders', async ({ page }, testInfo) => {
  server = await serve();
  await setUpServiceMenu(server.url);
  const till = new TillPage(page);
  await till.open(server.url);
  await till.openShift();

  // Counter order: soup 6.50 + cola 3.00.
  await till.newOrder('Window');
  await till.category('Grill').click();
  await till.menuItem('Soup').click();
  await till.category('Bar').click();
  await till.menuItem('Cola').click();
  await expect(till.byTestId('order-subtotal')).toHaveText('$9.50');

  // 5 % off the soup: under the 10 % threshold, no manager needed.
  await till.byTestId('discount-button').click();
  const dialog = till.byTestId('discount-dialog');
  await dialog.getByTestId('discount-target-line').filter({ hasText: 'Soup' }).click();
  await dialog.getByRole('button', { name: '5%', exact: true }).click();
  await dialog.getByRole('button', { name: 'Regular guest' }).click();
  await page.screenshot({ path: testInfo.outputPath('discount-dialog.png') });
  await dialog.getByTestId('discount-submit').click();
  await expect(dialog).toBeHidden();
  await expect(till.byTestId('approval-dialog')).toBeHidden();
  await expect(till.byTestId('order-discount')).toHaveText('-$0.33'); // 650 × 5 % = 32.5 → 33, half up

  // 2.00 off the whole order (over 10 % of what is left): a manager approves.
  await till.byTestId('discount-button').click();
  await dialog.getByTestId('discount-kind-amount').click();
  await dialog.getByTestId('discount-value').fill('2');
  await dialog.getByTestId('discount-reason').fill('Long wait');
  await dialog.getByTestId('discount-submit').click();
  const approval = till.byTestId('approval-dialog');
  await expect(approval.getByTestId('approval-reason')).toContainText('needs a manager');
  await page.keyboard.type('1234');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(till.byTestId('order-discount-item')).toHaveCount(2);
  await expect(till.byTestId('order-discount')).toHaveText('-$2.33');
  const total = await till.byTestId('order-total').textContent();

  // Pay by card for exactly the total, then close.
  await till.byTestId('pay-button').click();
  await till.byTestId('pay-tender-card').click();
  await till.byTestId('pay-reference').fill('C-42');
  await till.byTestId('pay-submit').click();
  await till.byTestId('pay-close-order').click();
  await expect(till.byTestId('receipt-number')).toHaveText('Receipt T1-1');
  await expect(till.byTestId('order-paid')).toHaveText(total ?? '');

  // From the closed orders: refund the cola to the card, with Ana's PIN.
  await till.byTestId('nav-orders').click();
  await till.byTestId('closed-order').filter({ hasText: 'Receipt T1-1' }).click();
  await till.byTestId('closed-refund').click();
  const refund = till.byTestId('refund-dialog');
  await refund.getByTestId('refund-line').filter({ hasText: 'Soup' }).click(); // leave only the cola chosen
  await expect(refund.getByTestId('refund-line').filter({ hasText: 'Cola' })).toHaveAttribute('aria-pressed', 'true');
  await refund.getByTestId('refund-tender-card').click();
  await refund.getByRole('button', { name: 'Wrong item served' }).click();
  await page.screenshot({ path: testInfo.outputPath('refund-dialog.png') });
  await refund.getByTestId('refund-submit').click();
  await expect(approval).toBeVisible();
  await page.keyboard.type('1234');
  await page.keyboard.press('Enter');
  await expect(refund).toBeHidden();
  const detail = till.byTestId('closed-detail');
  await expect(detail.getByTestId('order-refunded')).not.toHaveText('$0.00');
  // A refunded order is never reopened.
  await expect(detail.getByTestId('closed-reopen')).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('history-refunded.png') });

  // A second order, closed, then reopened with approval: it is back on the order screen to change.
  await till.byTestId('nav-till').click();
  await till.newOrder('Take-away');
  await till.category('Bar').click();
  await till.menuItem('Cola').click();
  await till.byTestId('pay-button').click();
  await till.byTestId('pay-exact').click();
  await till.byTestId('pay-submit').click();
  await till.byTestId('pay-close-order').click();
  await expect(till.byTestId('receipt-number')).toHaveText('Receipt T1-2');
  await till.byTestId('nav-orders').click();
  await till.byTestId('closed-order').filter({ hasText: 'Receipt T1-2' }).click();
  await till.byTestId('closed-reopen').click();
  const reopen = till.byTestId('reopen-dialog');
  await reopen.getByRole('button', { name: 'An item was left off' }).click();
  await reopen.getByTestId('reason-submit').click();
  // The PIN goes to the approval dialog once it has the focus (typed earlier, it would land nowhere).
  await expect(till.byTestId('approval-dialog').getByTestId('pin-input')).toBeFocused();
  await page.keyboard.type('1234');
  await page.keyboard.press('Enter');
  await expect(till.byTestId('ticket-title')).toHaveText('Table Take-away');
  await expect(till.byTestId('pay-button')).toBeVisible();
  await till.menuItem('Cola').click();
  await expect(till.lines()).toHaveCount(2);
  await expect(till.byTestId('order-due')).toHaveText('$3.30');
});

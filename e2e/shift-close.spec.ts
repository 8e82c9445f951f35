import { expect, test } from '@playwright/test';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { TillPage } from './helpers/till-page';
import { expectTouchTargets } from './helpers/touch-targets';

/**
 * A cash shift step by step against a real `docket serve` (issue 3, e2e c):
 * open with a float, pay in, pay out with a manager's PIN, a no-sale, an X
 * report, one cash order, then a close 2.70 short: the Z report says -$2.70.
 * Demo menu: Pizza › Margherita 11.50 (USD). Ben serves, Ana manages (1234).
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('open a shift, move cash, sell, and close 2.70 short: the Z report shows the variance', async ({ page }, testInfo) => {
  server = await serve();
  const till = new TillPage(page);
  await till.open(server.url);

  // Money cannot be taken before a shift is open: the shift screen offers to open one.
  await till.byTestId('nav-shift').click();
  await expect(till.byTestId('shift-open-form')).toBeVisible();
  await till.byTestId('shift-float-input').fill('1.234');
  await till.byTestId('shift-open').click();
  await expect(till.byTestId('shift-float-error')).toContainText('decimal places');
  await till.byTestId('shift-float-input').fill('100');
  await till.byTestId('shift-open').click();
  const current = till.byTestId('shift-current');
  await expect(current).toBeVisible();
  await expect(current.getByTestId('shift-opened-by')).toHaveText('Ben');
  await expect(current.getByTestId('shift-float')).toHaveText('$100.00');
  await expectTouchTargets(page);

  // Pay in 20.00, by keyboard: Enter submits the dialog.
  await till.byTestId('shift-payIn').click();
  const dialog = till.byTestId('shift-dialog');
  await expect(dialog.getByTestId('shift-amount')).toBeFocused();
  await page.keyboard.type('20');
  await dialog.getByTestId('shift-reason').fill('change from the bank');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(current.getByTestId('shift-paid-in')).toHaveText('$20.00');

  // Pay out 5.00: Ben is a server, so the till asks for a manager's PIN.
  await till.byTestId('shift-payOut').click();
  await dialog.getByTestId('shift-amount').fill('5');
  await dialog.getByTestId('shift-reason').fill('window cleaner');
  await dialog.getByTestId('shift-dialog-submit').click();
  const approval = till.byTestId('approval-dialog');
  await expect(approval.getByTestId('approval-reason')).toContainText('manager');
  await expect(approval.getByTestId('pin-input')).toBeFocused();
  await page.keyboard.type('1234');
  await page.keyboard.press('Enter');
  await expect(approval).toBeHidden();
  await expect(dialog).toBeHidden();
  await expect(current.getByTestId('shift-paid-out')).toHaveText('$5.00');

  // A no-sale drawer opening needs a reason and is counted.
  await till.byTestId('shift-drawer').click();
  await dialog.getByTestId('shift-dialog-submit').click();
  await expect(dialog.getByTestId('shift-dialog-error')).toBeVisible();
  await dialog.getByTestId('shift-reason').fill('customer needed change for the car park');
  await dialog.getByTestId('shift-dialog-submit').click();
  await expect(dialog).toBeHidden();
  await expect(current.getByTestId('shift-drawer-openings')).toHaveText('1');

  // X report at any time: 100 + 20 - 5 expected so far.
  await till.byTestId('shift-x').click();
  const report = till.byTestId('shift-report');
  await expect(report).toHaveAttribute('data-kind', 'X');
  await expect(report.getByTestId('z-expected')).toHaveText('$115.00');
  await expect(report.getByTestId('z-variance')).toHaveCount(0);

  // One order, paid in cash.
  await till.byTestId('nav-till').click();
  await till.waitConnected();
  await till.newOrder('5');
  await till.menuItem('Margherita').click();
  await expect(till.byTestId('order-due')).toHaveText('$11.50');
  expect(await till.payCashAndClose('20')).toBe('$8.50');
  await expect(till.byTestId('receipt-number')).toHaveText('Receipt T1-1');

  // The X report follows the sale: 115 + 11.50 = 126.50 expected.
  await till.byTestId('nav-shift').click();
  await till.byTestId('shift-x').click();
  await expect(report.getByTestId('z-expected')).toHaveText('$126.50');

  // Close with 123.80 counted: 2.70 short.
  await till.byTestId('shift-close').click();
  await expect(dialog.getByTestId('shift-amount')).toBeFocused();
  await page.keyboard.type('123.80');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(report).toHaveAttribute('data-kind', 'Z');
  await expect(report.getByTestId('shift-report-title')).toHaveText('Z report no. 1');
  await expect(report.getByTestId('shift-report-title')).toBeFocused();
  await expect(report.getByTestId('z-cash-float')).toHaveText('$100.00');
  await expect(report.getByTestId('z-cash-sales')).toHaveText('$11.50');
  await expect(report.getByTestId('z-cash-paidIn')).toHaveText('$20.00');
  await expect(report.getByTestId('z-cash-paidOut')).toHaveText('$5.00');
  await expect(report.getByTestId('z-expected')).toHaveText('$126.50');
  await expect(report.getByTestId('z-counted')).toHaveText('$123.80');
  await expect(report.getByTestId('z-variance')).toHaveText('-$2.70');
  await expect(report.getByTestId('z-variance-label')).toHaveText('(short)');
  await expect(report.getByTestId('z-orders')).toHaveText('1');
  await expect(report.getByTestId('z-categories').locator('tbody tr')).toHaveText([/Pizza\s*1\s*\$11\.50/]);
  await expect(report.getByTestId('z-tenders').locator('tbody tr')).toHaveText([/Cash\s*1\s*\$11\.50\s*\$0\.00/]);
  await expect(report.getByTestId('z-receipts')).toHaveText('No. 1 to no. 1');
  await expect(report.getByTestId('z-chain-head')).toHaveText(/^[0-9a-f]{64}$/);
  await expectTouchTargets(page, till.byTestId('shift-screen'));
  await page.screenshot({ path: testInfo.outputPath('z-report-en.png') });

  // No shift is open now; the Z report opens again from the past shifts, exactly as stored.
  await expect(till.byTestId('shift-open-form')).toBeVisible();
  await till.byTestId('shift-report-close').click();
  await expect(report).toHaveCount(0);
  await till.byTestId('shift-list-item').filter({ hasText: 'Z report no. 1' }).click();
  await expect(report.getByTestId('z-variance')).toHaveText('-$2.70');

  // After a reload, still there (read from the log, not from the page).
  await page.reload();
  await till.waitOnline();
  await till.byTestId('nav-shift').click();
  await till.byTestId('shift-list-item').first().click();
  await expect(till.byTestId('shift-report').getByTestId('z-variance')).toHaveText('-$2.70');
});

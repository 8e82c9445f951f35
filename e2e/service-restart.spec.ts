import { expect, test } from '@playwright/test';
import { queryTill } from './helpers/bridge-admin';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { setUpServiceMenu } from './helpers/service-menu';
import { TillPage } from './helpers/till-page';

/**
 * Issue 3, e2e (e): the server goes down in the middle of an open order (a
 * power cut: SIGKILL, no clean shutdown) and comes back on the same data
 * folder. The order, its course state (course 2 still held) and the shift
 * are all still there, and the service carries on from where it was.
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('a restart mid-order keeps the order, its held course and the shift', async ({ page }, testInfo) => {
  server = await serve();
  await setUpServiceMenu(server.url);
  const till = new TillPage(page);
  await till.open(server.url);
  await till.openShift();
  const shift = await queryTill(server.url, { type: 'GetCurrentShift' });
  expect(shift?.status).toBe('open');

  // Table 4, three guests: soup now, the steak in course 2, held.
  await till.byTestId('nav-floor').click();
  await page.locator('[data-testid="floor-table"][data-table-name="4"]').click();
  await page.locator('[data-testid="covers-option"][data-covers="3"]').click();
  await page.locator('[data-testid="seat-option"][data-seat="1"]').click();
  await till.category('Grill').click();
  await till.menuItem('Soup').click();
  await page.locator('[data-testid="course-option"][data-course="2"]').click();
  await till.menuItem('Steak').click();
  await till.byTestId('modifier-dialog').getByTestId('modifier-option').filter({ hasText: 'Medium' }).click();
  await till.byTestId('modifier-add').click();
  await till.byTestId('order-send-hold').click();
  await till.byTestId('send-confirm').click();
  await expect(till.line('Soup')).toHaveAttribute('data-status', 'sent');
  await expect(till.line('Steak')).toHaveAttribute('data-status', 'held');

  // Power cut, then the till comes back on the same folder and port.
  const { dataDir, port } = server;
  await server.kill();
  await expect(till.byTestId('connection-status')).not.toHaveAttribute('data-status', 'open');
  server = await serve({ dataDir, port });
  await till.waitConnected();
  await page.reload();
  await till.waitConnected();
  await expect(till.byTestId('staff-name')).toHaveText('Ben');

  // The shift is the same one, still open.
  expect(await queryTill(server.url, { type: 'GetCurrentShift' })).toMatchObject({ shiftId: shift?.shiftId, status: 'open' });

  // The floor still shows table 4 taken; its order has the soup sent and the steak held.
  await till.byTestId('nav-floor').click();
  const table4 = page.locator('[data-testid="floor-table"][data-table-name="4"]');
  await expect(table4).toHaveAttribute('data-status', 'occupied');
  await expect(table4).toContainText('3 guests');
  await table4.click();
  await expect(till.byTestId('ticket-title')).toHaveText('Table 4');
  await expect(till.line('Soup')).toHaveAttribute('data-status', 'sent');
  await expect(till.line('Steak')).toHaveAttribute('data-status', 'held');
  await expect(till.line('Steak').getByTestId('line-modifiers')).toHaveText('Medium');
  await page.screenshot({ path: testInfo.outputPath('order-after-restart.png') });

  // Carry on: fire the held course, pay and close inside the same shift.
  await page.locator('[data-testid="order-fire"][data-course="2"]').click();
  await expect(till.line('Steak')).toHaveAttribute('data-status', 'sent');
  await till.byTestId('pay-button').click();
  await till.byTestId('pay-exact').click();
  await till.byTestId('pay-submit').click();
  await till.byTestId('pay-close-order').click();
  await expect(till.byTestId('receipt-number')).toHaveText('Receipt T1-1');
  // The order was paid in the shift opened before the power cut.
  const x = await queryTill(server.url, { type: 'GetShiftReport', shiftId: shift?.shiftId as string });
  expect(x.kind).toBe('X');
  expect(x.report).toMatchObject({ orders: 1, receipts: { first: 1, last: 1 } });
});

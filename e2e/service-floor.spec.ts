import { expect, test } from '@playwright/test';
import { BEN, newUuid, sendAs } from './helpers/bridge-admin';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { setUpServiceMenu } from './helpers/service-menu';
import { TillPage } from './helpers/till-page';

/**
 * The floor: move an order to another table, merge another table's order
 * into this one, pick between two parties seated at one table, and a
 * manager adds a table.
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('move, merge, two parties at one table, and a new table from the floor', async ({ page }, testInfo) => {
  server = await serve();
  const menu = await setUpServiceMenu(server.url);
  const till = new TillPage(page);
  await till.open(server.url);
  const table = (name: string) => page.locator(`[data-testid="floor-table"][data-table-name="${name}"]`);

  // A counter order with a cola moves to table 5 when the guests sit down.
  await till.byTestId('nav-floor').click();
  await till.byTestId('floor-counter-order').click();
  await expect(till.byTestId('ticket-title')).toHaveText('Order');
  await till.category('Bar').click();
  await till.menuItem('Cola').click();
  await till.byTestId('order-move').click();
  const move = till.byTestId('move-dialog');
  await move.locator('[data-testid="floor-table"][data-table-name="5"]').click();
  await expect(move).toBeHidden();
  await expect(till.byTestId('ticket-title')).toHaveText('Table 5');

  // Table 4 is seated; table 5's party joins it: its cola comes over and table 5 is free again.
  await till.byTestId('nav-floor').click();
  await expect(table('5')).toHaveAttribute('data-status', 'occupied');
  await table('4').click();
  await page.locator('[data-testid="covers-option"][data-covers="2"]').click();
  await till.category('Grill').click();
  await till.menuItem('Soup').click();
  await till.byTestId('order-merge').click();
  const merge = till.byTestId('merge-dialog');
  await merge.getByTestId('merge-source').filter({ hasText: 'Table 5' }).click();
  await expect(merge).toBeHidden();
  await expect(till.lines()).toHaveCount(2);
  await expect(till.line('Cola')).toBeVisible();
  await till.byTestId('nav-floor').click();
  await expect(table('5')).toHaveAttribute('data-status', 'free');
  await expect(table('4')).toHaveAttribute('data-status', 'occupied');

  // Another till seats a second party at table 4 (offline, say): both orders stay, staff pick one.
  await sendAs(server.url, BEN, { type: 'OpenOrder', orderId: newUuid(), tableId: menu.tables.t4, covers: 3 });
  await expect(table('4')).toContainText('2 orders');
  await expect(table('4')).toContainText('5 guests');
  await table('4').click();
  const pick = till.byTestId('pick-order-dialog');
  await expect(pick.getByTestId('pick-order')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('floor-pick-order.png') });
  await pick.getByTestId('pick-order').filter({ hasText: 'Party 1' }).click();
  await expect(till.line('Soup')).toBeVisible();

  // Printing the bill puts the table on "waiting to pay".
  await till.byTestId('order-print-bill').click();
  await till.byTestId('nav-floor').click();
  await expect(table('4')).toHaveAttribute('data-status', 'payment');
  await expect(table('4').getByTestId('table-status')).toHaveText('Waiting to pay');

  // A manager adds a table to the terrace.
  await till.byTestId('sign-out').click();
  await till.signIn('Ana', '1234');
  await till.byTestId('nav-floor').click();
  await till.byTestId('floor-add-table').click();
  const add = till.byTestId('add-table-dialog');
  await add.getByTestId('add-table-name').fill('T1');
  await add.getByTestId('add-table-seats').fill('6');
  await add.getByTestId('add-table-area').fill('Terrace');
  await add.getByTestId('add-table-submit').click();
  await expect(add).toBeHidden();
  await expect(table('T1')).toHaveAttribute('data-status', 'free');
  await expect(table('T1')).toContainText('6 seats');
  await expect(page.locator('.floor-area').filter({ has: table('T1') }).locator('.floor-area-title')).toHaveText('Terrace');
  await page.screenshot({ path: testInfo.outputPath('floor-statuses.png') });
});

import { expect, test } from '@playwright/test';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { setUpServiceMenu } from './helpers/service-menu';
import { TillPage } from './helpers/till-page';

/** The floor, the order, its options and the payment with the keyboard alone: Tab, arrows, Space and Enter. */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('seat a table, order with options, send and pay with the keyboard only', async ({ page }) => {
  server = await serve();
  await setUpServiceMenu(server.url);
  const till = new TillPage(page);
  await till.open(server.url);
  await till.openShift();

  await till.tabTo('nav-floor');
  await page.keyboard.press('Enter');
  await till.tabTo('floor-table', { hasText: '5' });
  await page.keyboard.press('Enter');
  await expect(till.byTestId('covers-input')).toBeFocused();
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(till.byTestId('ticket-title')).toHaveText('Table 5');
  // Seated: focus waits on the menu.
  await expect(till.byTestId('menu-item').first()).toBeFocused();

  await till.tabTo('category-tab', { hasText: 'Grill' });
  await page.keyboard.press('Enter');
  await till.tabTo('menu-item', { hasText: 'Steak' });
  await page.keyboard.press('Enter');
  // The options dialog starts on the first option; Space picks it, Tab moves on.
  await expect(till.byTestId('modifier-option').first()).toBeFocused();
  await page.keyboard.press('Space');
  await till.tabTo('modifier-option', { hasText: 'Fries' });
  await page.keyboard.press('Space');
  await till.tabTo('modifier-note');
  await page.keyboard.type('well rested');
  await page.keyboard.press('Enter');
  await expect(till.byTestId('modifier-dialog')).toBeHidden();
  await expect(till.line('Steak').getByTestId('line-modifiers')).toHaveText('Rare, Fries ($3.50)');
  await expect(till.line('Steak').getByTestId('line-note')).toHaveText('“well rested”');

  await till.tabTo('order-send');
  await page.keyboard.press('Enter');
  await expect(till.line('Steak')).toHaveAttribute('data-status', 'sent');

  // Pay: Enter on an empty amount takes exactly what is due; Enter again closes the order.
  await till.tabTo('pay-button');
  await page.keyboard.press('Enter');
  await expect(till.byTestId('pay-amount')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(till.byTestId('pay-close-order')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(till.byTestId('pay-dialog')).toBeHidden();
  await expect(till.byTestId('receipt-number')).toHaveText('Receipt T1-1');
});

import { expect, test } from '@playwright/test';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { TillPage } from './helpers/till-page';
import { expectTouchTargets } from './helpers/touch-targets';

/**
 * Admin screens against a real `docket serve`: hidden from servers; a
 * manager adds a tax category, an item, 86es it (the till shows it
 * unavailable), and adds a staff member who can then sign in.
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('a server cannot see the admin screens; a manager adds an item, 86es it and the till shows it unavailable', async ({ page }, testInfo) => {
  server = await serve();
  const till = new TillPage(page);
  await till.open(server.url);

  // Ben is a server: no Admin entry.
  await expect(till.byTestId('nav-shift')).toBeVisible();
  await expect(till.byTestId('nav-admin')).toHaveCount(0);

  await till.byTestId('sign-out').click();
  await till.signIn('Ana', '1234');
  await till.byTestId('nav-admin').click();
  await expect(till.byTestId('admin-screen')).toBeVisible();

  // A tax category: the rate typed as percent text, kept as basis points.
  await till.byTestId('admin-tab-pricing').click();
  await till.byTestId('tax-name').fill('Food');
  await till.byTestId('tax-rate').fill('8.255');
  await till.byTestId('tax-submit').click();
  await expect(till.byTestId('tax-error')).toBeVisible();
  await till.byTestId('tax-rate').fill('8.25');
  await till.byTestId('tax-submit').click();
  await expect(till.byTestId('tax-category').filter({ hasText: 'Food' })).toContainText('8.25%');
  await page.screenshot({ path: testInfo.outputPath('admin-pricing-en.png') });

  // A modifier group: one size to choose, a large one 3.00 more.
  await till.byTestId('admin-tab-modifiers').click();
  await till.byTestId('group-name').fill('Size');
  await till.byTestId('group-min').fill('1');
  await till.byTestId('option-name').fill('Regular');
  await till.byTestId('option-add').click();
  await till.byTestId('option-name').nth(1).fill('Large');
  await till.byTestId('option-delta').nth(1).fill('3');
  await till.byTestId('group-submit').click();
  await expect(till.byTestId('modifier-group').filter({ hasText: 'Size' })).toContainText('Large +$3.00');
  await expectTouchTargets(page, till.byTestId('admin-screen'));

  // A new item in Pizza, with that tax, that group and a price parsed to cents.
  await till.byTestId('admin-tab-menu').click();
  await till.byTestId('admin-category').filter({ hasText: 'Pizza' }).click();
  await till.byTestId('new-item-name').fill('Calzone');
  await till.byTestId('new-item-price').fill('14.25');
  await till.byTestId('new-item-tax').selectOption({ label: 'Food' });
  await till.byTestId('new-item-form').getByText('Size').click();
  await till.byTestId('new-item-submit').click();
  const calzone = till.byTestId('admin-item').filter({ hasText: 'Calzone' });
  await expect(calzone).toContainText('$14.25');
  await expect(calzone).toContainText('Food 8.25%');
  await expect(calzone).toContainText('Size');
  await expectTouchTargets(page, till.byTestId('admin-screen'));

  // 86 it.
  const toggle = calzone.getByTestId('admin-item-86');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: testInfo.outputPath('admin-menu-en.png') });

  // The till shows it, unavailable.
  await till.byTestId('nav-till').click();
  await till.newOrder();
  await expect(till.menuItem('Calzone')).toBeVisible();
  await expect(till.menuItem('Calzone')).toBeDisabled();
  await expect(till.menuItem('Margherita')).toBeEnabled();

  // Back on: the till can sell it again.
  await till.byTestId('nav-admin').click();
  await till.byTestId('admin-item').filter({ hasText: 'Calzone' }).getByTestId('admin-item-86').click();
  await till.byTestId('nav-till').click();
  await expect(till.menuItem('Calzone')).toBeEnabled();

  // Staff: Chen joins as a server and can sign in with his PIN.
  await till.byTestId('nav-admin').click();
  await till.byTestId('admin-tab-staff').click();
  await till.byTestId('staff-new-name').fill('Chen');
  await till.byTestId('staff-new-pin').fill('2468');
  await till.byTestId('staff-new-submit').click();
  await expect(till.byTestId('admin-staff').filter({ hasText: 'Chen' })).toContainText('Server');
  await page.screenshot({ path: testInfo.outputPath('admin-staff-en.png') });
  await till.byTestId('sign-out').click();
  await till.signIn('Chen', '2468');
  await expect(till.byTestId('nav-admin')).toHaveCount(0);
});

test('a manager changes a PIN, deactivates a member, and sets the restaurant locale that amounts follow', async ({ page }) => {
  server = await serve();
  const till = new TillPage(page);
  await till.open(server.url, { signIn: false });
  await till.signIn('Ana', '1234');
  await till.byTestId('nav-admin').click();

  // Ben's new PIN, typed on the pad by keyboard.
  await till.byTestId('admin-tab-staff').click();
  await till.byTestId('admin-staff').filter({ hasText: 'Ben' }).getByTestId('admin-staff-pin').click();
  await expect(till.byTestId('admin-pin-dialog').getByTestId('pin-input')).toBeFocused();
  await page.keyboard.type('2222');
  await page.keyboard.press('Enter');
  await expect(till.byTestId('admin-pin-dialog')).toBeHidden();
  await expect(till.byTestId('status-message')).toContainText('Ben');

  // Dana joins and leaves again: her tile goes from the sign-in screen, her row stays in admin.
  await till.byTestId('staff-new-name').fill('Dana');
  await till.byTestId('staff-new-role-manager').check();
  await till.byTestId('staff-new-pin').fill('13579');
  await till.byTestId('staff-new-submit').click();
  const dana = till.byTestId('admin-staff').filter({ hasText: 'Dana' });
  await expect(dana).toContainText('Manager');
  await dana.getByTestId('admin-staff-deactivate').click();
  await till.byTestId('admin-deactivate-confirm').click();
  await expect(dana).toContainText('Deactivated');
  await expectTouchTargets(page, till.byTestId('admin-screen'));

  // The restaurant's locale formats every amount, whatever language the screens speak.
  await till.byTestId('admin-tab-restaurant').click();
  await till.byTestId('restaurant-name').fill('Trattoria Docket');
  await till.byTestId('restaurant-locale').fill('xx-nonsense-');
  await till.byTestId('restaurant-submit').click();
  await expect(till.byTestId('restaurant-error')).toBeVisible();
  await expectTouchTargets(page, till.byTestId('admin-screen'));
  await till.byTestId('restaurant-locale').fill('zh-CN');
  await till.byTestId('restaurant-submit').click();
  await expect(till.byTestId('status-message')).toHaveText(/Saved/);
  await till.byTestId('nav-shift').click();
  await till.byTestId('shift-float-input').fill('100');
  await till.byTestId('shift-open').click();
  await expect(till.byTestId('shift-float')).toHaveText('US$100.00');

  // Ben signs in with the new PIN; Dana is not offered.
  await till.byTestId('sign-out').click();
  await expect(till.byTestId('staff-tile')).toHaveCount(2);
  await till.signIn('Ben', '2222');
});

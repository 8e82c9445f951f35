import { expect, test } from '@playwright/test';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { TillPage } from './helpers/till-page';

/**
 * Sign-in by PIN against a real `docket serve`. Demo staff: Ana (manager,
 * PIN 1234) and Ben (server, PIN 1111).
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('a wrong PIN is refused plainly, the right one opens the till, and signing out returns to the sign-in screen', async ({ page }, testInfo) => {
  server = await serve();
  const till = new TillPage(page);
  await till.open(server.url, { signIn: false });

  // Nothing of the till shows before someone signs in.
  const signIn = till.byTestId('sign-in');
  await expect(signIn).toBeVisible();
  await expect(till.byTestId('staff-tile')).toHaveText([/Ana\s*Manager/, /Ben\s*Server/]);
  await expect(till.byTestId('menu')).toHaveCount(0);
  await expect(till.byTestId('sign-out')).toHaveCount(0);

  // By touch: the tile, then the keys (every one at least 44 px square).
  await till.byTestId('staff-tile').filter({ hasText: 'Ben' }).click();
  await expect(till.byTestId('sign-in-name')).toHaveText('Ben');
  for (const key of await till.byTestId('pin-pad').getByRole('button').all()) {
    const box = await key.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThanOrEqual(44);
  }
  for (const d of '9999') await till.byTestId(`pin-key-${d}`).click();
  await expect(till.byTestId('pin-input')).toHaveValue('9999');
  await page.screenshot({ path: testInfo.outputPath('sign-in-pin.png') });
  await till.byTestId('pin-submit').click();
  await expect(till.byTestId('pin-error')).toHaveText('wrong PIN');
  await expect(till.byTestId('pin-input')).toHaveValue('');
  await expect(till.byTestId('menu')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('sign-in-wrong-pin.png') });

  // By keyboard: digits typed go into the PIN; Enter signs in.
  await expect(till.byTestId('pin-input')).toBeFocused();
  await page.keyboard.type('1111');
  await page.keyboard.press('Enter');
  await expect(till.byTestId('staff-name')).toHaveText('Ben');
  await expect(signIn).toBeHidden();
  await expect(till.byTestId('category-tab').first()).toBeVisible();

  // The session is the till's, not the page's: a reload finds Ben still signed in.
  await page.reload();
  await till.waitConnected();
  await expect(till.byTestId('staff-name')).toHaveText('Ben');

  await till.byTestId('sign-out').click();
  await expect(signIn).toBeVisible();
  await expect(till.byTestId('staff-tile')).toHaveCount(2);
  await expect(till.byTestId('staff-name')).toHaveCount(0);
  await expect(till.byTestId('menu')).toHaveCount(0);

  // Back from the PIN pad to the names, then Ana signs in with hers.
  await till.byTestId('staff-tile').filter({ hasText: 'Ben' }).click();
  await till.byTestId('sign-in-back').click();
  await till.signIn('Ana', '1234');
  await expect(till.byTestId('category-tab').first()).toBeVisible();
});

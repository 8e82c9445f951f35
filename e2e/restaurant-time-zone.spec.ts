import { expect, test } from '@playwright/test';
import { businessTime } from '../shared/domain/restaurant/business-time';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { TillPage } from './helpers/till-page';
import { expectTouchTargets } from './helpers/touch-targets';

/**
 * The restaurant's clock in Admin › Restaurant, against a real `docket
 * serve`: a manager picks a zone and the hour the business day ends; both
 * survive a reload, a cut-off past noon is refused, and Reports' "today" is
 * then the business day in that zone.
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('a manager sets the time zone and business-day end; they persist, and Reports count today in them', async ({ page }, testInfo) => {
  server = await serve();
  const till = new TillPage(page);
  await till.open(server.url, { signIn: false });
  await till.signIn('Ana', '1234');
  await till.byTestId('nav-admin').click();
  await till.byTestId('admin-tab-restaurant').click();

  // A new folder: UTC, the day ending at midnight.
  const zone = till.byTestId('restaurant-time-zone');
  const cutoff = till.byTestId('restaurant-day-cutoff');
  await expect(zone).toHaveValue('UTC');
  await expect(cutoff).toHaveValue('00:00');
  await expect(zone.locator('option[value="America/New_York"]')).toHaveCount(1);

  // Past noon is not an end of the day.
  await zone.selectOption('Pacific/Kiritimati');
  await cutoff.fill('13:00');
  await till.byTestId('restaurant-submit').click();
  await expect(till.byTestId('restaurant-error')).toHaveText('The business day ends between 00:00 and 12:00.');
  await cutoff.fill('04:00');
  await till.byTestId('restaurant-submit').click();
  await expect(till.byTestId('status-message')).toHaveText(/Saved/);
  await expectTouchTargets(page, till.byTestId('admin-screen'));
  await page.screenshot({ path: testInfo.outputPath('admin-restaurant-zone.png'), fullPage: true });

  // Read back from the till after a reload.
  await page.reload();
  await till.ready('Ana', '1234');
  await till.byTestId('nav-admin').click();
  await till.byTestId('admin-tab-restaurant').click();
  await expect(till.byTestId('restaurant-time-zone')).toHaveValue('Pacific/Kiritimati');
  await expect(till.byTestId('restaurant-day-cutoff')).toHaveValue('04:00');

  // Reports: "today" is the business day in Kiritimati (UTC+14), ending at 04:00 — not the browser's date.
  await till.byTestId('nav-reports').click();
  await expect(till.byTestId('reports-screen')).toBeVisible();
  const today = businessTime(Date.now(), { timeZone: 'Pacific/Kiritimati', dayCutoffMinutes: 240 }).day;
  await expect(till.byTestId('report-from')).toHaveValue(today);
  await expect(till.byTestId('report-to')).toHaveValue(today);
  await expect(till.byTestId('report-business-days')).toHaveText('Business days in Pacific/Kiritimati, each ending at 04:00.');
  await till.byTestId('report-preset-month').click();
  await expect(till.byTestId('report-from')).toHaveValue(`${today.slice(0, 7)}-01`);
});

import { expect, test } from '@playwright/test';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { TillPage } from './helpers/till-page';
import { expectTouchTargets } from './helpers/touch-targets';

/**
 * The language switch: Chinese text at once, kept after a reload (the
 * choice is the device's, in localStorage); amounts stay in the
 * restaurant's locale (en-US for the demo) whatever the screens speak.
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('switch to Chinese, keep it after a reload, and switch back', async ({ page }, testInfo) => {
  server = await serve();
  const till = new TillPage(page);
  await till.open(server.url, { signIn: false });

  // Even the sign-in screen switches.
  await till.byTestId('language-zh-CN').click();
  await expect(till.byTestId('language-zh-CN')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(till.byTestId('sign-in')).toContainText('请选择登录员工');
  await expect(till.byTestId('staff-tile').filter({ hasText: 'Ana' })).toContainText('经理');
  await page.screenshot({ path: testInfo.outputPath('sign-in-zh.png') });

  await till.signIn('Ana', '1234');
  await expect(till.byTestId('nav-shift')).toHaveText('班次');
  await expect(till.byTestId('nav-admin')).toHaveText('管理');

  // The shift screen in Chinese; the float still formatted for the restaurant's en-US locale.
  await till.byTestId('nav-shift').click();
  await expect(till.byTestId('shift-open')).toHaveText('开班');
  await till.byTestId('shift-float-input').fill('50');
  await till.byTestId('shift-open').click();
  await expect(till.byTestId('shift-float')).toHaveText('$50.00');
  await till.byTestId('shift-x').click();
  await expect(till.byTestId('shift-report-title')).toHaveText('X 报表 — 本班至今');
  await page.screenshot({ path: testInfo.outputPath('shift-x-zh.png') });
  await expectTouchTargets(page);

  // After a reload the till still speaks Chinese.
  await page.reload();
  await till.waitOnline();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(till.byTestId('nav-shift')).toHaveText('班次');
  await expect(till.byTestId('language-zh-CN')).toHaveAttribute('aria-pressed', 'true');

  // The admin screens too.
  await till.byTestId('nav-admin').click();
  await expect(till.byTestId('admin-tab-menu')).toHaveText('菜单');
  await page.screenshot({ path: testInfo.outputPath('admin-menu-zh.png') });
  await till.byTestId('admin-tab-staff').click();
  await page.screenshot({ path: testInfo.outputPath('admin-staff-zh.png') });

  // And back to English, by keyboard.
  await till.byTestId('language-en').focus();
  await page.keyboard.press('Enter');
  await expect(till.byTestId('nav-shift')).toHaveText('Shift');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

import { expect, test } from '@playwright/test';
import { queryTill } from './helpers/bridge-admin';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { setUpServiceMenu } from './helpers/service-menu';
import { expectTouchTargets } from './helpers/touch-targets';
import { TillPage } from './helpers/till-page';

/**
 * Issue 4, the history screen on a fresh till: a manager reads the whole
 * log newest first with readable rows, filters it with the filter language
 * (a wrong filter points at its column), opens an event whole and its
 * order's timeline; a server never sees the screen.
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('a manager reads, filters and follows the log; a server does not see it', async ({ page }, testInfo) => {
  server = await serve();
  await setUpServiceMenu(server.url);
  const till = new TillPage(page);
  await till.open(server.url);
  await till.openShift();

  // Ben sells at table 5, sends, and voids the Cola with Ana's PIN.
  await till.byTestId('nav-floor').click();
  await page.locator('[data-testid="floor-table"][data-table-name="5"]').click();
  await page.locator('[data-testid="covers-option"][data-covers="2"]').click();
  await till.category('Bar').click();
  await till.menuItem('Cola').click();
  await till.category('Grill').click();
  await till.menuItem('Soup').click();
  await till.byTestId('order-send').click();
  const cola = till.line('Cola');
  await expect(cola).toHaveAttribute('data-status', 'sent');
  await cola.getByTestId('line-void').click();
  const voidDialog = till.byTestId('void-dialog');
  await voidDialog.getByRole('button', { name: 'Dropped or spilled' }).click();
  await voidDialog.getByTestId('reason-submit').click();
  await expect(till.byTestId('approval-dialog').getByTestId('pin-input')).toBeFocused();
  await page.keyboard.type('1234');
  await page.keyboard.press('Enter');
  await expect(cola).toHaveAttribute('data-status', 'voided');

  // A server has the closed orders but no History.
  await expect(till.byTestId('nav-orders')).toBeVisible();
  await expect(till.byTestId('nav-history')).toHaveCount(0);

  await till.byTestId('sign-out').click();
  await till.signIn('Ana', '1234');
  await till.byTestId('nav-history').click();

  // The whole log, newest first: the count is the last position, the first row is that event.
  const last = (await queryTill(server.url, { type: 'GetTillInfo' })).position;
  const list = till.byTestId('history-list');
  await expect(till.byTestId('history-row-count')).toHaveAttribute('data-count', String(last));
  await expect(list).toHaveAttribute('data-row-count', String(last));
  const rows = till.byTestId('history-row');
  await expect(rows.first()).toHaveAttribute('data-position', String(last));
  await expect(list).toHaveAttribute('data-first-painted', 'true');
  await expect(page.locator('[data-testid="history-row"][data-type="ShiftOpened"]').getByTestId('history-row-stream')).toHaveText('Shift #1 (T1)');
  await expectTouchTargets(page, till.byTestId('history-screen'));
  await page.screenshot({ path: testInfo.outputPath('history-log.png') });

  // Keyboard: into the list, down two rows, Enter opens that event.
  await list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(till.byTestId('history-detail')).toHaveAttribute('data-position', String(last - 1));
  await till.byTestId('history-detail-close').click();

  // A filter that does not read: the error names the column and the place is marked; nothing runs.
  const input = till.byTestId('history-filter-input');
  await input.fill('type = ItemVoided and staff =');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(till.byTestId('history-filter-error')).toHaveText("Column 30: expected a value after '=', found the end");
  await expect(till.byTestId('history-filter-mark')).toHaveAttribute('data-column', '30');
  await expect(till.byTestId('history-filter-apply')).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('history-filter-error.png') });
  await input.press('Enter');
  await expect(list).toHaveAttribute('data-mode', 'all');

  // The help's examples go into the field at a tap.
  await till.byTestId('history-filter-help').click();
  await till.byTestId('history-filter-example').filter({ hasText: 'approver != null' }).click();
  await expect(input).toHaveValue('approver != null and at >= yesterday');
  await expect(input).toBeFocused();
  await expectTouchTargets(page, till.byTestId('history-screen'));
  await till.byTestId('history-filter-help').click();

  // The void: one match, its order by table, who did it and who approved it.
  await input.fill('type = ItemVoided');
  await expect(input).toHaveAttribute('aria-invalid', 'false');
  await input.press('Enter');
  await expect(list).toHaveAttribute('data-mode', 'filter');
  await expect(till.byTestId('history-row-count')).toHaveAttribute('data-count', '1');
  await expect(till.byTestId('history-row-count')).toHaveText('1 match');
  await expect(rows).toHaveCount(1);
  const voided = rows.first();
  await expect(voided).toHaveAttribute('data-type', 'ItemVoided');
  await expect(voided.getByTestId('history-row-stream')).toHaveText(/^Order …[0-9a-f]{6} \(no receipt yet\), table 5$/);
  await expect(voided.getByTestId('history-row-staff')).toHaveText('Ben');
  await expect(voided.getByTestId('history-row-approver')).toHaveText('Ana');

  // Export… hands the filter to the export dialog.
  await till.byTestId('history-export').click();
  const exportDialog = till.byTestId('export-dialog');
  await expect(exportDialog.getByTestId('export-filter')).toContainText('type = ItemVoided');
  await exportDialog.getByTestId('export-close').click();
  await expect(exportDialog).toBeHidden();

  // The event whole: its metadata, its data, its neighbours in the order.
  await voided.click();
  const detail = till.byTestId('history-detail');
  await expect(detail.getByTestId('history-detail-staff')).toHaveText('Ben');
  await expect(detail.getByTestId('history-detail-approver')).toHaveText('Ana');
  await expect(detail.getByTestId('history-detail-hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(detail.getByTestId('history-detail-data')).toContainText('Dropped or spilled');
  await expect(detail.getByTestId('history-detail-after-none')).toHaveText('None');
  const before = detail.getByTestId('history-detail-before');
  await expect(before).toBeVisible();
  await expectTouchTargets(page, till.byTestId('history-screen'));
  await page.screenshot({ path: testInfo.outputPath('history-detail.png') });
  // Following the neighbour opens the event before it in the order.
  const voidPosition = Number(await detail.getAttribute('data-position'));
  await before.click();
  await expect(detail).not.toHaveAttribute('data-position', String(voidPosition));
  await expect(detail.getByTestId('history-detail-after')).toContainText('ItemVoided');
  await detail.getByTestId('history-detail-after').click();
  await expect(detail).toHaveAttribute('data-position', String(voidPosition));

  // Its order's timeline: the steps in order, the void chosen, what it changed.
  await detail.getByTestId('history-open-stream').click();
  const timeline = till.byTestId('history-timeline');
  await expect(timeline.getByTestId('history-step').first()).toHaveAttribute('data-type', 'OrderOpened');
  await expect(timeline.getByTestId('history-milestone')).toHaveText([/opened/, /sent to the kitchen/]);
  const step = timeline.locator('[data-testid="history-step"][data-type="ItemVoided"]');
  await expect(step).toHaveAttribute('aria-pressed', 'true');
  await expect(timeline.locator('[data-testid="history-diff-row"][data-path$=".status"]')).toContainText('voided');
  await timeline.getByTestId('history-side-before').click();
  await expect(timeline.getByTestId('history-state-title')).toHaveText(`State before ItemVoided (position ${voidPosition})`);
  await expectTouchTargets(page, till.byTestId('history-screen'));
  await page.screenshot({ path: testInfo.outputPath('history-timeline.png') });
  await timeline.getByTestId('history-timeline-back').click();
  await expect(till.byTestId('history-list')).toBeVisible();

  // The till at this moment: table 5's order is open.
  await till.byTestId('history-tab-tillAt').click();
  const now = new Date(Date.now() + 60_000);
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
  await till.byTestId('history-till-at-input').fill(local);
  await till.byTestId('history-till-at-show').click();
  await expect(till.byTestId('history-till-at-order')).toHaveCount(1);
  await expect(till.byTestId('history-till-at-order')).toContainText('5');
  await expect(till.byTestId('history-till-at-shift')).toHaveCount(1);
  await expectTouchTargets(page, till.byTestId('history-screen'));

  // From an event straight to the whole till as it stood right after it.
  await till.byTestId('history-tab-log').click();
  await till.byTestId('history-detail').getByTestId('history-till-at-event').click();
  await expect(till.byTestId('history-till-at-result')).toHaveAttribute('data-position', String(voidPosition));
  await expect(till.byTestId('history-till-at-order')).toHaveCount(1);
});

import { expect, test } from '@playwright/test';
import { queryTill } from './helpers/bridge-admin';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { setUpServiceMenu } from './helpers/service-menu';
import { TillPage } from './helpers/till-page';

/**
 * Issue 3, e2e (b): void a line that went to the kitchen. Refused without a
 * manager's PIN, done with one; the kitchen gets a void ticket, and the log
 * records the server and the approving manager.
 *
 * The rest of (b), "the Z report lists server and approver", is checked by
 * the shift screen's own spec (the other half of the screens of issue 3).
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('void a sent line: refused without a manager, done with one, and a void ticket appears', async ({ page }, testInfo) => {
  server = await serve();
  await setUpServiceMenu(server.url);
  const till = new TillPage(page);
  await till.open(server.url);
  await till.openShift();

  await till.byTestId('nav-floor').click();
  await page.locator('[data-testid="floor-table"][data-table-name="5"]').click();
  await page.locator('[data-testid="covers-option"][data-covers="2"]').click();
  await till.category('Bar').click();
  await till.menuItem('Cola').click();
  await till.category('Grill').click();
  await till.menuItem('Soup').click();
  await expect(till.lines()).toHaveCount(2);
  // A line not yet sent is simply removed; once sent, it can only be voided.
  await expect(till.line('Cola').getByTestId('line-remove')).toBeVisible();
  await till.byTestId('order-send').click();
  const cola = till.line('Cola');
  await expect(cola).toHaveAttribute('data-status', 'sent');
  await expect(cola.getByTestId('line-remove')).toHaveCount(0);

  // Without a manager: the server asks, nobody approves, nothing changes.
  await cola.getByTestId('line-void').click();
  const voidDialog = till.byTestId('void-dialog');
  await expect(voidDialog.getByTestId('reason-submit')).toBeDisabled();
  await voidDialog.getByRole('button', { name: 'Dropped or spilled' }).click();
  await expect(voidDialog.getByTestId('reason-input')).toHaveValue('Dropped or spilled');
  await voidDialog.getByTestId('reason-submit').click();
  const approval = till.byTestId('approval-dialog');
  await expect(approval.getByTestId('approval-reason')).toHaveText('voiding Cola after it was sent needs a manager');
  await page.screenshot({ path: testInfo.outputPath('void-approval.png') });
  await approval.getByTestId('approval-cancel').click();
  await expect(approval).toBeHidden();
  await expect(voidDialog.getByTestId('dialog-error')).toHaveText('voiding Cola after it was sent needs a manager');
  await expect(cola).toHaveAttribute('data-status', 'sent');

  // A wrong PIN is refused; Ana's PIN approves.
  await voidDialog.getByTestId('reason-submit').click();
  await expect(approval.getByTestId('pin-input')).toBeFocused();
  await page.keyboard.type('0000');
  await page.keyboard.press('Enter');
  await expect(approval.getByTestId('pin-error')).toContainText("not a manager's PIN");
  await page.keyboard.type('1234');
  await page.keyboard.press('Enter');
  await expect(approval).toBeHidden();
  await expect(voidDialog).toBeHidden();
  await expect(cola).toHaveAttribute('data-status', 'voided');
  await expect(cola.getByTestId('line-status')).toHaveText('Voided');
  await expect(cola).toContainText('Voided: Dropped or spilled');
  await expect(till.byTestId('order-subtotal')).toHaveText('$6.50');
  await page.screenshot({ path: testInfo.outputPath('void-done.png') });

  // The bar gets a void ticket, struck through, with the reason.
  await till.byTestId('nav-kitchen').click();
  await page.locator('[data-testid="kitchen-station"][data-station="bar"]').click();
  const tickets = till.byTestId('kitchen-ticket');
  await expect(tickets).toHaveCount(2);
  await expect(tickets.nth(0)).toHaveAttribute('data-kind', 'order');
  const voidTicket = tickets.nth(1);
  await expect(voidTicket).toHaveAttribute('data-kind', 'void');
  await expect(voidTicket.getByTestId('kitchen-void-mark')).toHaveText('VOID');
  await expect(voidTicket.getByTestId('kitchen-line-name')).toHaveText('Cola');
  await expect(voidTicket.getByTestId('kitchen-void-reason')).toHaveText('Void: Dropped or spilled');
  await expect(voidTicket.locator('.kitchen-line-main')).toHaveCSS('text-decoration-line', 'line-through');
  await page.screenshot({ path: testInfo.outputPath('kitchen-void.png') });

  // The log: Ben voided it, Ana approved it.
  const staff = await queryTill(server.url, { type: 'ListStaff' });
  const orderId = (await queryTill(server.url, { type: 'ListOpenOrders' }))[0]?.orderId;
  const events = await queryTill(server.url, { type: 'ListEvents', stream: `order-${orderId}` });
  const voided = events.find((e) => e.type === 'ItemVoided');
  expect(voided?.meta.staff).toBe(staff.find((s) => s.name === 'Ben')?.staffId);
  expect(voided?.meta.approvedBy).toBe(staff.find((s) => s.name === 'Ana')?.staffId);
});

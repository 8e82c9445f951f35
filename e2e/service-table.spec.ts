import { expect, test, type Page } from '@playwright/test';
import { queryTill } from './helpers/bridge-admin';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { setUpServiceMenu } from './helpers/service-menu';
import { TillPage } from './helpers/till-page';
import { expectTouchTargets } from './helpers/touch-targets';

/**
 * Issue 3, e2e (a): a table for 4 through a whole service, step by step on
 * the screens: seat from the floor, a steak with two modifiers and a note in
 * course 2, send course 1 (course 2 held), fire course 2, split by seat, pay
 * seat 1 cash and seat 2 by card with a 10 % tip, close; the totals, tax, tip
 * and kitchen tickets are right and the table is free again.
 *
 * Money (tax added on top, half up per line):
 *   seat 1: soup 6.50 + tax 8.25 % 0.54; cola 3.00 + tax 10 % 0.30  → 10.34
 *   seat 2: steak 24.00 + peppercorn 2.00 = 26.00 + tax 2.15        → 28.15
 *   subtotal 35.50, tax 2.69 (food) + 0.30 (drinks), total 38.49; tip 10 % of 28.15 = 2.82
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

async function shot(page: Page, name: string, testInfo: { outputPath: (n: string) => string }): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

test('a table for 4: courses, modifiers, split by seat, cash and card with a tip, kitchen tickets, table free again', async ({ page }, testInfo) => {
  server = await serve();
  await setUpServiceMenu(server.url);
  const till = new TillPage(page);
  await till.open(server.url);
  await till.openShift();

  // Floor: both tables free; seat 4 guests at table 4.
  await till.byTestId('nav-floor').click();
  const table4 = page.locator('[data-testid="floor-table"][data-table-name="4"]');
  await expect(table4).toHaveAttribute('data-status', 'free');
  await expect(table4.getByTestId('table-status')).toHaveText('Free');
  await shot(page, 'floor-free', testInfo);
  await expectTouchTargets(page);
  await table4.click();
  await expect(till.byTestId('covers-dialog')).toBeVisible();
  await shot(page, 'floor-covers', testInfo);
  await page.locator('[data-testid="covers-option"][data-covers="4"]').click();
  await expect(till.byTestId('ticket-title')).toHaveText('Table 4');
  await expect(till.byTestId('ticket-covers')).toHaveText('4 guests');

  // Seat 1, course 1: soup and a cola.
  await page.locator('[data-testid="seat-option"][data-seat="1"]').click();
  await till.category('Grill').click();
  await till.menuItem('Soup').click();
  await expect(till.lines()).toHaveCount(1);
  await till.category('Bar').click();
  await till.menuItem('Cola').click();
  await expect(till.lines()).toHaveCount(2);

  // Seat 2, course 2: a steak, rare, with peppercorn sauce, and a note.
  await page.locator('[data-testid="seat-option"][data-seat="2"]').click();
  await page.locator('[data-testid="course-option"][data-course="2"]').click();
  await till.category('Grill').click();
  await till.menuItem('Steak').click();
  const modifiers = till.byTestId('modifier-dialog');
  await expect(modifiers).toBeVisible();
  await expect(modifiers.getByTestId('modifier-add')).toBeDisabled(); // Doneness is required
  await modifiers.getByTestId('modifier-option').filter({ hasText: 'Rare' }).click();
  await modifiers.getByTestId('modifier-option').filter({ hasText: 'Peppercorn sauce' }).click();
  await expect(modifiers.getByTestId('modifier-price')).toHaveText('$26.00');
  await modifiers.getByTestId('modifier-note').fill('no salt');
  await shot(page, 'order-modifiers', testInfo);
  await expectTouchTargets(page, modifiers);
  await modifiers.getByTestId('modifier-add').click();
  await expect(modifiers).toBeHidden();
  const steak = till.line('Steak');
  await expect(steak.getByTestId('line-modifiers')).toHaveText('Rare, Peppercorn sauce ($2.00)');
  await expect(steak.getByTestId('line-note')).toHaveText('“no salt”');
  await expect(page.locator('[data-testid="course-group"][data-course="2"]')).toContainText('Seat 2');

  // Send course 1 now, hold course 2.
  await till.byTestId('order-send-hold').click();
  const send = till.byTestId('send-dialog');
  await expect(send.locator('[data-course="1"]')).toHaveText('Send now');
  await expect(send.locator('[data-course="2"]')).toHaveText('Hold');
  await send.getByTestId('send-confirm').click();
  await expect(till.line('Soup')).toHaveAttribute('data-status', 'sent');
  await expect(till.line('Cola')).toHaveAttribute('data-status', 'sent');
  await expect(steak).toHaveAttribute('data-status', 'held');
  await expect(steak.getByTestId('line-status')).toHaveText('Held');
  await expect(till.byTestId('order-subtotal')).toHaveText('$35.50');
  await expect(till.byTestId('order-tax')).toHaveText(['$2.69', '$0.30']);
  await expect(till.byTestId('order-total')).toHaveText('$38.49');
  await shot(page, 'order-held', testInfo);
  await expectTouchTargets(page, page.getByRole('main'));

  // Fire course 2: the steak goes to the kitchen.
  await page.locator('[data-testid="order-fire"][data-course="2"]').click();
  await expect(steak).toHaveAttribute('data-status', 'sent');
  await expect(till.byTestId('order-fire')).toHaveCount(0);

  // Kitchen: three tickets (soup and steak in the kitchen, cola at the bar), the steak with its seat, course, options and note.
  await till.byTestId('nav-kitchen').click();
  const tickets = till.byTestId('kitchen-ticket');
  await expect(tickets).toHaveCount(3);
  await expect(tickets.getByTestId('kitchen-line-name')).toHaveText(['Soup', 'Cola', 'Steak']);
  const steakTicket = tickets.filter({ hasText: 'Steak' });
  await expect(steakTicket.getByTestId('kitchen-ticket-table')).toHaveText('Table 4');
  await expect(steakTicket.getByTestId('kitchen-line-where')).toHaveText('Seat 2 · Course 2');
  await expect(steakTicket.getByTestId('kitchen-modifiers').locator('li')).toHaveText(['Rare', 'Peppercorn sauce']);
  await expect(steakTicket.getByTestId('kitchen-note')).toHaveText('“no salt”');
  await page.locator('[data-testid="kitchen-station"][data-station="bar"]').click();
  await expect(tickets.getByTestId('kitchen-line-name')).toHaveText(['Cola']);
  await page.locator('[data-testid="kitchen-station"][data-station="kitchen"]').click();
  await expect(tickets.getByTestId('kitchen-line-name')).toHaveText(['Soup', 'Steak']);
  // Printed once (the ticket page in the print preview), then a reprint, which the ticket and its page mark.
  await steakTicket.getByTestId('kitchen-print').click();
  const ticketPage = page.frameLocator('[data-testid="kitchen-ticket-frame"]').locator('body');
  await expect(ticketPage).toContainText('Table 4');
  await expect(ticketPage).toContainText('Peppercorn sauce');
  await expect(ticketPage).not.toContainText('REPRINT');
  await page.getByTestId('kitchen-ticket-preview-close').click();
  await expect(steakTicket.getByTestId('kitchen-printed')).toHaveText('Printed');
  await expect(steakTicket.getByTestId('kitchen-reprint-mark')).toHaveCount(0);
  await steakTicket.getByTestId('kitchen-print').click();
  await expect(ticketPage).toContainText('REPRINT (2)');
  await page.getByTestId('kitchen-ticket-preview-close').click();
  await expect(steakTicket.getByTestId('kitchen-reprint-mark')).toHaveText('REPRINT');
  await shot(page, 'kitchen', testInfo);
  await expectTouchTargets(page, page.getByRole('main'));

  // Pay: split by seat; seat 1 in cash (20.00, change 9.66), seat 2 by card with a 10 % tip.
  await till.byTestId('nav-till').click();
  await till.byTestId('pay-button').click();
  const pay = till.byTestId('pay-dialog');
  await pay.getByTestId('pay-split-seats').click();
  const parts = pay.getByTestId('pay-part');
  await expect(parts).toHaveCount(2);
  await expect(parts.nth(0)).toContainText('Seat 1');
  await expect(parts.nth(0)).toContainText('$10.34');
  await expect(parts.nth(1)).toContainText('$28.15');
  await expect(parts.nth(0)).toHaveAttribute('aria-pressed', 'true');
  await expect(pay.getByTestId('pay-due')).toHaveText('$10.34');
  await pay.getByTestId('pay-amount').fill('20');
  await shot(page, 'payment-split', testInfo);
  await expectTouchTargets(page, pay);
  await pay.getByTestId('pay-submit').click();
  await expect(pay.getByTestId('change-due')).toHaveText('$9.66');
  await expect(parts.nth(0).getByTestId('pay-part-due')).toHaveText('Paid');
  await expect(parts.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(pay.getByTestId('pay-due')).toHaveText('$28.15');

  await pay.getByTestId('pay-tender-card').click();
  await pay.getByTestId('pay-tip-10').click();
  await expect(pay.getByTestId('pay-tip-shown')).toHaveText('Tip $2.82');
  // A card needs the card terminal's reference: refused plainly without one.
  await pay.getByTestId('pay-submit').click();
  await expect(pay.getByTestId('pay-error')).toContainText('reference');
  await pay.getByTestId('pay-reference').fill('AUTH-77');
  await shot(page, 'payment-card', testInfo);
  await pay.getByTestId('pay-submit').click();
  await expect(pay.getByTestId('pay-order-tips')).toHaveText('$2.82');
  await expect(pay.getByTestId('pay-close-order')).toBeFocused();
  await pay.getByTestId('pay-close-order').click();
  await expect(pay).toBeHidden();

  await expect(till.byTestId('receipt-number')).toHaveText('Receipt T1-1');
  await expect(till.byTestId('order-total')).toHaveText('$38.49');
  await expect(till.byTestId('order-paid')).toHaveText('$38.49');
  await expect(till.byTestId('order-due')).toHaveText('$0.00');
  await expect(till.byTestId('order-tips')).toHaveText('$2.82');
  await expect(till.byTestId('order-change')).toHaveText('$9.66');

  // What the till recorded, read back over the bridge: the same money, to the cent.
  const orderId = (await queryTill(server.url, { type: 'ListClosedOrders' }))[0]?.orderId as string;
  const order = await queryTill(server.url, { type: 'GetOrder', orderId });
  expect(order).toMatchObject({ status: 'closed', subtotal: 3550, tax: 299, total: 3849, paid: 3849, tips: 282, change: 966 });
  expect(order.payments.map((p) => [p.tender, p.amount, p.tip, p.partId, p.reference])).toEqual([
    ['cash', 1034, 0, 'seat-1', null],
    ['card', 2815, 282, 'seat-2', 'AUTH-77'],
  ]);

  // The receipt in the browser's print preview; Print prints the receipt's own frame.
  await till.byTestId('order-print-receipt').click();
  const preview = till.byTestId('receipt-preview');
  const receipt = page.frameLocator('[data-testid="receipt-frame"]');
  await expect(receipt.locator('body')).toContainText('Receipt T1-1');
  await expect(receipt.locator('body')).toContainText('$38.49');
  await expect(receipt.locator('body')).toContainText('AUTH-77');
  await shot(page, 'receipt-preview', testInfo);
  const frame = page.frames().find((f) => f.url().includes(`/receipt/${orderId}`));
  await frame?.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await preview.getByTestId('receipt-print').click();
  await expect(receipt.locator('body')).toHaveAttribute('data-printed', 'yes');
  await preview.getByTestId('receipt-preview-close').click();

  // The table is free again.
  await till.byTestId('nav-floor').click();
  await expect(table4).toHaveAttribute('data-status', 'free');
});

import { expect, test } from '@playwright/test';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { TillPage } from './helpers/till-page';

/**
 * The till in Chromium against a real `docket serve` and data folder. Each
 * test starts its own server on a fresh folder, so receipt numbers start at 1.
 * Demo menu: Pizza › Margherita 11.50, Pepperoni 13.50 (USD).
 */
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

test('take an order by touch, pay cash with change, close, and find it again after a restart', async ({ page }, testInfo) => {
  server = await serve();
  const till = new TillPage(page);
  await till.open(server.url);
  await till.openShift();

  await till.newOrder('4');
  await expect(till.byTestId('ticket-title')).toHaveText('Table 4');
  await till.menuItem('Margherita').click();
  await till.menuItem('Pepperoni').click();
  await expect(till.lines()).toHaveCount(2);
  await expect(till.byTestId('order-total')).toHaveText('$25.00');
  await page.screenshot({ path: testInfo.outputPath('till-1280x800.png') });

  await till.line('Pepperoni').getByTestId('line-remove').click();
  await expect(till.lines()).toHaveCount(1);
  await expect(till.byTestId('order-total')).toHaveText('$11.50');
  await expect(till.byTestId('order-due')).toHaveText('$11.50');

  await till.byTestId('pay-button').click();
  const dialog = till.byTestId('pay-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('pay-exact')).toContainText('$11.50');
  await dialog.getByTestId('pay-amount').fill('20');
  await page.screenshot({ path: testInfo.outputPath('pay-dialog-open.png') });
  await dialog.getByTestId('pay-submit').click();
  await expect(dialog.getByTestId('change-due')).toHaveText('$8.50');
  await page.screenshot({ path: testInfo.outputPath('pay-dialog.png') });
  await dialog.getByTestId('pay-close-order').click();
  await expect(dialog).toBeHidden();
  await expect(till.byTestId('receipt-number')).toHaveText('Receipt T1-1');
  await expect(till.byTestId('order-paid')).toHaveText('$11.50');
  await expect(till.byTestId('order-due')).toHaveText('$0.00');
  await expect(till.byTestId('open-order')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('receipt.png') });

  // Restart on the same folder and port: the page reconnects by itself, and a reload reads everything from disk.
  const { dataDir, port } = server;
  await server.stop();
  await expect(till.byTestId('connection-status')).not.toHaveAttribute('data-status', 'open');
  server = await serve({ dataDir, port });
  await till.waitConnected();
  await page.reload();
  await till.waitConnected();

  await till.byTestId('nav-orders').click();
  const closed = till.byTestId('closed-order').filter({ hasText: 'Receipt T1-1' });
  await expect(closed).toHaveCount(1);
  await closed.click();
  const detail = till.byTestId('closed-detail');
  await expect(detail.getByTestId('closed-receipt')).toHaveText('Receipt T1-1');
  await expect(detail.getByTestId('line-name')).toHaveText(['Margherita']);
  await expect(detail.getByTestId('event-type')).toHaveText([
    'OrderOpened',
    'ItemAdded',
    'ItemAdded',
    'ItemRemoved',
    'PaymentTaken',
    'OrderClosed',
  ]);
  // Positions are the till's global order: strictly increasing down the list.
  const positions = (await detail.getByTestId('event-position').allTextContents()).map(Number);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(new Set(positions).size).toBe(6);
  await page.screenshot({ path: testInfo.outputPath('history.png') });
});

test('take and pay an order with the keyboard only', async ({ page }) => {
  server = await serve();
  const till = new TillPage(page);
  await till.open(server.url);
  await till.openShift();

  await till.tabTo('table-input');
  await page.keyboard.type('K9');
  await page.keyboard.press('Enter');
  await expect(till.byTestId('ticket-title')).toHaveText('Table K9');

  // Opening an order puts focus on the first menu item; arrows move through the grid.
  await expect(till.menuItem('Margherita')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(till.lines()).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(till.menuItem('Pepperoni')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(till.lines()).toHaveCount(2);
  await expect(till.byTestId('order-due')).toHaveText('$25.00');

  // Escape leaves the pay dialog without paying and gives focus back.
  await till.tabTo('pay-button');
  await page.keyboard.press('Enter');
  await expect(till.byTestId('pay-amount')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(till.byTestId('pay-dialog')).toBeHidden();
  await expect(till.byTestId('pay-button')).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(till.byTestId('pay-amount')).toBeFocused();
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  await expect(till.byTestId('change-due')).toHaveText('$5.00');
  await expect(till.byTestId('pay-close-order')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(till.byTestId('pay-dialog')).toBeHidden();
  await expect(till.byTestId('receipt-number')).toHaveText('Receipt T1-1');
});

test('malformed, oversized and wrongly typed frames are refused with Validation and change nothing', async ({ page }) => {
  server = await serve();
  const till = new TillPage(page);
  await till.open(server.url);
  await till.newOrder();
  const orderId = await page.getByTestId('open-order').first().getAttribute('data-order-id');
  expect(orderId).toBeTruthy();

  // A raw socket from the page (same origin, so the server accepts it), outside the app's own client.
  const replies = await page.evaluate(async (orderId) => {
    const ws = new WebSocket(`ws://${location.host}/bridge`);
    await new Promise<void>((resolve, reject) => {
      ws.onopen = () => resolve();
      ws.onerror = () => reject(new Error('bridge socket failed'));
    });
    const inbox: unknown[] = [];
    const waiters: ((m: unknown) => void)[] = [];
    ws.onmessage = (ev) => {
      const msg: unknown = JSON.parse(String(ev.data));
      if (typeof msg === 'object' && msg !== null && 'push' in msg) return; // pushes are not replies
      const w = waiters.shift();
      if (w) w(msg);
      else inbox.push(msg);
    };
    const next = (): Promise<unknown> =>
      inbox.length ? Promise.resolve(inbox.shift()) : new Promise((resolve) => waiters.push(resolve));
    const ask = async (frame: string): Promise<unknown> => {
      ws.send(frame);
      return next();
    };
    const uuid = (n: number): string => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
    const state = async (id: number) =>
      // The log's last position (the log itself is the managers'; a server is signed in here).
      ask(JSON.stringify({ id, kind: 'query', body: { type: 'GetTillInfo' } })).then((r) => {
        const info = (r as { result: { position: number } }).result;
        return { count: info.position };
      });

    const before = await state(1);
    const malformed = await ask('{"id": 2, "kind": "command", "body": ');
    const oversized = await ask(
      JSON.stringify({ id: 3, kind: 'query', body: { type: 'GetMenu', pad: 'x'.repeat(70 * 1024) } }),
    );
    const wrongType = await ask(
      JSON.stringify({
        id: 4,
        kind: 'command',
        body: { type: 'AddItem', commandId: uuid(4), orderId, lineId: uuid(5), itemId: uuid(6), qty: 'two' },
      }),
    );
    const after = await state(5);
    const order = await ask(JSON.stringify({ id: 6, kind: 'query', body: { type: 'GetOrder', orderId } }));
    ws.close();
    return { before, after, malformed, oversized, wrongType, order };
  }, orderId);

  for (const [name, reply] of Object.entries({
    malformed: replies.malformed,
    oversized: replies.oversized,
    wrongType: replies.wrongType,
  })) {
    expect(reply, name).toMatchObject({ ok: false, error: { code: 'Validation' } });
  }
  expect(replies.malformed).toMatchObject({ id: null });
  expect(replies.wrongType).toMatchObject({ id: 4 });
  expect(replies.after.count).toBe(replies.before.count);
  expect(replies.order).toMatchObject({ ok: true, result: { lines: [], version: 1 } });
  // The app's own connection is unharmed.
  await expect(till.byTestId('connection-status')).toHaveAttribute('data-status', 'open');
  await expect(till.lines()).toHaveCount(0);
});

test('refusals are shown in plain words and change nothing', async ({ page }) => {
  server = await serve();
  const till = new TillPage(page);
  await till.open(server.url);
  await till.openShift();
  await till.newOrder();
  await till.menuItem('Margherita').click();
  await expect(till.byTestId('order-due')).toHaveText('$11.50');

  // Typed amounts are parsed to cents at the edge: a third decimal is refused, never rounded.
  await till.byTestId('pay-button').click();
  const dialog = till.byTestId('pay-dialog');
  await dialog.getByTestId('pay-amount').fill('1.234');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('pay-error')).toContainText('decimal places');
  await expect(dialog.getByTestId('pay-due')).toHaveText('$11.50');

  // A part payment leaves the dialog open for the rest.
  await dialog.getByTestId('pay-amount').fill('5');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('pay-due')).toHaveText('$6.50');
  await expect(dialog.getByTestId('change-due')).toHaveText('$0.00');
  await expect(dialog.getByTestId('pay-amount')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(till.byTestId('close-button')).toBeDisabled();

  // The core refuses to remove a line that is partly paid for; the toast says why.
  await till.line('Margherita').getByTestId('line-remove').click();
  const status = till.byTestId('status-message');
  await expect(status).toHaveAttribute('data-kind', 'error');
  await expect(status).toContainText('more paid than owed');
  await expect(till.lines()).toHaveCount(1);
  await status.getByRole('button').click();
  await expect(status).toBeHidden();
});

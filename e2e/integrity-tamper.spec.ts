import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { flipRecordByte, journalRecords, recordOf, tamperSnapshotEvent } from '../electron/core/integrity/tamper-kit';
import { BEN, Bridge, ensureShift, newUuid, queryTill, sendAs } from './helpers/bridge-admin';
import { removeDataDir, serve, type Served } from './helpers/serve';
import { TillPage } from './helpers/till-page';

/**
 * Issue 4, tampering: a till sells, is stopped cleanly twice (so a retained
 * journal segment holds records the newest snapshot holds too), and its
 * folder is tampered with from outside — an event changed with SQLite in the
 * snapshot, or one byte flipped in a journal record. On restart the alert
 * names the event on every screen, `docket verify` names the same position,
 * a server cannot acknowledge it and a manager does, and the alert goes.
 */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let server: Served | undefined;

test.afterEach(async () => {
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
  server = undefined;
});

/** One order sold and closed through the bridge, as Ben; answers the position of its first ItemAdded. */
async function sellOne(url: string): Promise<number> {
  await ensureShift(url);
  const menu = await queryTill(url, { type: 'GetMenu' });
  const item = menu.items[0];
  if (!item) throw new Error('empty menu');
  const orderId = newUuid();
  await sendAs(url, BEN, { type: 'OpenOrder', orderId }, { type: 'AddItem', orderId, lineId: newUuid(), itemId: item.itemId, qty: 2 });
  const order = await queryTill(url, { type: 'GetOrder', orderId });
  await sendAs(url, BEN, { type: 'TakePayment', orderId, paymentId: newUuid(), tender: 'cash', amount: order.due }, { type: 'CloseOrder', orderId });
  const events = await queryTill(url, { type: 'ListEvents', stream: `order-${orderId}` });
  return events.find((e) => e.type === 'ItemAdded')?.position as number;
}

/** Two runs, each selling one order, each stopped cleanly; answers the folder and the second sale's ItemAdded. */
async function twiceStoppedTill(): Promise<{ dataDir: string; position: number }> {
  server = await serve();
  const { dataDir } = server;
  await sellOne(server.url);
  await server.stop();
  server = await serve({ dataDir });
  const position = await sellOne(server.url);
  await server.stop();
  server = undefined;
  return { dataDir, position };
}

function docketVerify(dataDir: string): { code: number | null; firstBad: { position: number; id: string } | null } {
  const r = spawnSync(process.execPath, ['bin/docket.mjs', 'verify', '--data', dataDir, '--json'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, firstBad: (JSON.parse(r.stdout) as { firstBad: { position: number; id: string } | null }).firstBad };
}

test('an event changed in the snapshot with SQLite: the alert names it until a manager acknowledges', async ({ page }, testInfo) => {
  const { dataDir, position } = await twiceStoppedTill();
  const tampered = await tamperSnapshotEvent(dataDir, position);
  server = await serve({ dataDir });

  const till = new TillPage(page);
  await till.open(server.url, { signIn: false });
  const alert = till.byTestId('integrity-alert');
  await expect(till.byTestId('sign-in')).toBeVisible();
  await expect(alert).toContainText(`Event #${position} (ItemAdded, order `);
  await expect(alert).toContainText('does not match its hash — found at start-up');
  await expect(till.byTestId('integrity-alert-sign-in')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('alert-at-sign-in.png') });

  const verified = docketVerify(dataDir);
  expect(verified.code).toBe(1);
  expect(verified.firstBad).toMatchObject({ position, id: tampered.id });

  // Ben (a server) tries: the till asks for a manager's PIN; without one, nothing is acknowledged.
  await till.signIn('Ben', '1111');
  await till.byTestId('integrity-acknowledge').click();
  await till.byTestId('integrity-confirm').click();
  await expect(till.byTestId('approval-dialog')).toBeVisible();
  await till.byTestId('approval-cancel').click();
  await expect(till.byTestId('integrity-error')).toContainText('needs a manager');
  await expect(alert).toBeVisible();

  // Ana (a manager) acknowledges with a note; the alert goes, and the acknowledgement is an event.
  await till.byTestId('sign-out').click();
  await till.signIn('Ana', '1234');
  await expect(alert).toBeVisible();
  await till.byTestId('integrity-acknowledge').click();
  await till.byTestId('integrity-note').fill('Snapshot restored from backup');
  await till.byTestId('integrity-confirm').click();
  await expect(alert).toBeHidden();
  const integrity = await queryTill(server.url, { type: 'GetIntegrity' });
  expect(integrity.issues).toHaveLength(1);
  expect(integrity.issues[0]?.acknowledged).toMatchObject({ staffName: 'Ana', note: 'Snapshot restored from backup' });
  await page.reload();
  await till.waitOnline();
  await expect(till.byTestId('staff-name')).toHaveText('Ana');
  await expect(alert).toBeHidden();

  // The history screen's Integrity tab: the checks, Verify now, and the issue with who acknowledged it.
  await till.byTestId('nav-history').click();
  await till.byTestId('history-tab-integrity').click();
  const panel = till.byTestId('integrity-panel');
  await expect(panel.getByTestId('integrity-startup')).toContainText(`Event #${position} (ItemAdded`);
  await expect(panel.getByTestId('integrity-background')).toHaveAttribute('data-ok', 'false');
  await panel.getByTestId('integrity-verify-now').click();
  await expect(panel.getByTestId('integrity-manual')).toContainText(`Problem: Event #${position} (ItemAdded`);
  await expect(panel.getByTestId('integrity-issue')).toHaveCount(1);
  await expect(panel.getByTestId('integrity-issue-ack')).toContainText('Acknowledged by Ana');
  await expect(panel.getByTestId('integrity-issue-place')).toContainText(/Seen in journal\/\d{12}\.log at byte \d+/);
  await expect(alert).toBeHidden(); // Verify now found the same event: nothing new to acknowledge
  await page.screenshot({ path: testInfo.outputPath('integrity-panel.png') });
});

test('two events changed in the snapshot: Verify now lists both under the check, in log order, in either language', async ({ page }, testInfo) => {
  const { dataDir, position } = await twiceStoppedTill();
  // Two separate edits: each is a finding of its own (the check resynchronises on the stored event), not a cascade.
  await tamperSnapshotEvent(dataDir, position);
  await tamperSnapshotEvent(dataDir, position + 1);
  server = await serve({ dataDir });

  const till = new TillPage(page);
  await till.open(server.url, { signIn: false });
  await till.signIn('Ana', '1234');
  await till.byTestId('nav-history').click();
  await till.byTestId('history-tab-integrity').click();
  const panel = till.byTestId('integrity-panel');
  const verify = panel.getByTestId('integrity-verify-now');
  await verify.click();
  const manual = panel.getByTestId('integrity-manual');
  const findings = manual.getByTestId('integrity-finding');
  await expect(findings).toHaveCount(2);
  await expect(manual).toContainText('2 breaks found, in log order:');
  await expect(findings.nth(0)).toHaveAttribute('data-position', String(position));
  await expect(findings.nth(0)).toContainText(`Event #${position} (ItemAdded, order `);
  await expect(findings.nth(0)).toContainText('does not match its hash');
  await expect(findings.nth(0)).toContainText('Reason: ');
  await expect(findings.nth(1)).toHaveAttribute('data-position', String(position + 1));
  expect((await verify.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);

  await till.byTestId('language-zh-CN').click();
  await expect(manual).toContainText('发现 2 处断裂（按日志顺序）：');
  await expect(findings.nth(0)).toContainText(`事件 #${position}（ItemAdded，order `);
  await expect(findings.nth(0)).toContainText('与其哈希不符');
  await page.screenshot({ path: testInfo.outputPath('integrity-findings-zh.png') });
});

test("a byte flipped in a journal record: the alert names the record's event; a server acknowledges with a manager's PIN", async ({ page }) => {
  const { dataDir, position } = await twiceStoppedTill();
  const rec = await recordOf(dataDir, position);
  const first = rec.payload.events[0];
  await flipRecordByte(rec, 'body');
  server = await serve({ dataDir });

  const till = new TillPage(page);
  await till.open(server.url, { signIn: false });
  const alert = till.byTestId('integrity-alert');
  await expect(alert).toContainText(`Event #${first?.position} (${first?.type}, `);
  await expect(alert).toContainText('is in a damaged journal record — found at start-up');
  expect(docketVerify(dataDir).firstBad).toMatchObject({ position: first?.position, id: first?.id });

  await till.signIn('Ben', '1111');
  await till.byTestId('integrity-acknowledge').click();
  await till.byTestId('integrity-confirm').click();
  await expect(till.byTestId('approval-dialog')).toBeVisible();
  await page.keyboard.type('1234');
  await page.keyboard.press('Enter');
  await expect(alert).toBeHidden();
  const integrity = await queryTill(server.url, { type: 'GetIntegrity' });
  expect(integrity.issues[0]?.acknowledged).toMatchObject({ staffName: 'Ben', approverName: 'Ana' });
});

test('a byte flipped in the journal tail no snapshot holds: the till stays shut and serves a page naming the record', async ({ page }) => {
  server = await serve();
  await sellOne(server.url);
  const { dataDir } = server;
  await server.kill(); // no closing snapshot: every record is only in the journal
  const records = await journalRecords(dataDir);
  const rec = records[Math.floor(records.length / 2)] as (typeof records)[number];
  const first = rec.payload.events[0];
  await flipRecordByte(rec, 'body');

  server = await serve({ dataDir });
  await page.goto(server.url);
  const message = page.getByTestId('damage-message');
  await expect(message).toContainText(`damaged at byte ${rec.offset} (checksum mismatch)`);
  await expect(message).toContainText(`record ${rec.payload.lsn} holds event #${first?.position} (${first?.type}`);
  const bridge = await Bridge.connect(server.url);
  try {
    await expect(bridge.query({ type: 'GetTillInfo' })).rejects.toThrow(/data folder is damaged and was not opened/);
  } finally {
    bridge.close();
  }
  const r = spawnSync(process.execPath, ['bin/docket.mjs', 'verify', '--data', dataDir], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(1);
  expect(r.stdout).toContain(`record ${rec.payload.lsn} holds event #${first?.position}`);
});

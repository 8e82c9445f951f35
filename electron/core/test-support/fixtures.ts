import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Reply } from '../../../shared/contract/api';
import { uuidv7From, type IdSource } from '../../../shared/kernel/ids';
import { openTill, type Till } from '../open-till';
import { JOURNAL_DIR } from '../store/journal-files';

import { DEMO_MANAGER, DEMO_SERVER, ensureShift, newId, signIn, signInAsManager, signInAsServer, unwrap } from './fixtures-lite';

export { DEMO_MANAGER, DEMO_SERVER, ensureShift, newId, signIn, signInAsManager, signInAsServer, unwrap };

/** Ids that are the same on every run: two tills fed the same commands write identical logs. */
export function seededIds(seed: number): IdSource {
  let n = 0;
  return () => {
    n += 1;
    const bytes = new Uint8Array(10);
    new DataView(bytes.buffer).setUint32(0, seed);
    new DataView(bytes.buffer).setUint32(4, n);
    return uuidv7From(1_800_000_000_000 + n, bytes);
  };
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A temp folder removed after the test. */
export async function tempDir(prefix = 'docket-test-'): Promise<string> {
  const d = await mkdtemp(path.join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

export function expectError(r: Reply<unknown>, code: string): void {
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
}

/** Opens a till on a folder and signs Ben (the demo server) in: ready to sell. */
export async function openSignedInTill(opts: Parameters<typeof openTill>[0]): Promise<Till> {
  const till = await openTill(opts);
  await signInAsServer(till);
  return till;
}

/** Opens, fills, pays and closes one order on a till someone is signed in to; returns its id. */
export async function sellOrder(till: Till, ids: IdSource = newId, items = 2): Promise<string> {
  const menu = unwrap(await till.query({ type: 'GetMenu' }));
  const orderId = ids();
  unwrap(await till.command({ type: 'OpenOrder', commandId: ids(), orderId }));
  for (let i = 0; i < items; i++) {
    const item = menu.items[i % menu.items.length];
    if (!item) throw new Error('empty menu');
    unwrap(await till.command({ type: 'AddItem', commandId: ids(), orderId, lineId: ids(), itemId: item.itemId, qty: 1 + (i % 3) }));
  }
  const order = unwrap(await till.query({ type: 'GetOrder', orderId }));
  await ensureShift(till, ids);
  unwrap(await till.command({ type: 'TakePayment', commandId: ids(), orderId, paymentId: ids(), tender: 'cash', amount: order.due }));
  unwrap(await till.command({ type: 'CloseOrder', commandId: ids(), orderId }));
  return orderId;
}

/**
 * A data folder as a crash leaves it: one order sold, copied while the till
 * was still open (everything acknowledged is on disk, no closing snapshot).
 * Returns the copy and the path of its journal segment.
 */
export async function crashedFolderWithOneSale(): Promise<{ dataDir: string; segment: string }> {
  const live = await tempDir();
  const till = await openSignedInTill({ dataDir: live });
  await sellOrder(till);
  const dataDir = await tempDir();
  await cp(live, dataDir, { recursive: true });
  await till.close();
  // The copied lock names this (running) process: make it a dead one, as after a crash.
  await writeFile(path.join(dataDir, 'LOCK'), '999999999');
  const [name] = await readdir(path.join(dataDir, JOURNAL_DIR));
  return { dataDir, segment: path.join(dataDir, JOURNAL_DIR, name as string) };
}

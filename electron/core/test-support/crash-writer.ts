/**
 * A child process for the crash test: opens a till and sells orders as fast
 * as it can, several at once, printing each acknowledged command with its
 * event ids. The test kills it with SIGKILL at a random moment.
 * Usage: node --import tsx crash-writer.ts <dataDir>
 */
import { openTill } from '../open-till';
import { ensureShift, newId, signInAsServer, unwrap } from './fixtures-lite';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-writer.ts <dataDir>');

// Small snapshot threshold: kills also land in the middle of snapshots and journal rotations.
const till = await openTill({ dataDir, snapshotAfter: { records: 40, bytes: 1 << 20 } });
// Every run signs in again, as staff would after a restart (a no-op event-wise when the session survived).
await signInAsServer(till);
await ensureShift(till);
const menu = unwrap(await till.query({ type: 'GetMenu' }));
const itemIds = menu.items.map((i) => i.itemId);
process.stdout.write('ready\n');

async function send(command: Parameters<typeof till.command>[0]): Promise<void> {
  const result = unwrap(await till.command(command));
  // One write per ack: stdout to a pipe is synchronous, so a printed ack was acknowledged before the kill.
  process.stdout.write(`ack ${result.commandId} ${result.events.map((e) => e.id).join(',')}\n`);
}

async function sellForever(lane: number): Promise<never> {
  for (let n = 0; ; n++) {
    const orderId = newId();
    await send({ type: 'OpenOrder', commandId: newId(), orderId, table: `L${lane}` });
    const qty = 1 + (n % 3);
    await send({ type: 'AddItem', commandId: newId(), orderId, lineId: newId(), itemId: itemIds[n % itemIds.length] as string, qty });
    await send({ type: 'AddItem', commandId: newId(), orderId, lineId: newId(), itemId: itemIds[(n + 5) % itemIds.length] as string, qty: 1 });
    await send({ type: 'TakePayment', commandId: newId(), orderId, paymentId: newId(), tender: 'cash', amount: 100_000 });
    await send({ type: 'CloseOrder', commandId: newId(), orderId });
  }
}

await Promise.all(Array.from({ length: 8 }, (_, lane) => sellForever(lane)));

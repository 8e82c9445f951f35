import type { Command } from '../../../shared/contract/commands';
import type { MenuView } from '../../../shared/contract/views';
import { openTill, type OpenTillOptions, type Till } from '../../core/open-till';
import { DEMO_SERVER } from '../../core/seed/demo-staff';
import { newId } from './bench-kit';
import type { WorkItem } from './order-workload';

/**
 * Drives the real till the way a client does: through `till.command` (zod
 * parsing and all), never around it. A refused command stops the bench,
 * because a figure measured on refusals would flatter the till.
 */

/** Snapshots only when the bench asks: the figures must not depend on where an automatic one lands. */
export const NO_AUTO_SNAPSHOT = { records: Number.MAX_SAFE_INTEGER, bytes: Number.MAX_SAFE_INTEGER };

/** Opens a till, signs the demo server in once (a PIN check costs one scrypt, never part of a timed loop) and opens a shift. */
export async function openBenchTill(dataDir: string, opts: Partial<OpenTillOptions> = {}): Promise<{ till: Till; menu: MenuView }> {
  const till = await openTill({ dataDir, ...opts });
  // The session is in the log: a till reopened on this folder (open.100k) is still signed in.
  await send(till, { type: 'SignIn', commandId: newId(), staffId: DEMO_SERVER.staffId, pin: DEMO_SERVER.pin });
  // Money is only taken inside a shift; a reopened folder already has its shift open.
  const shift = await till.query({ type: 'GetCurrentShift' });
  if (shift.ok && shift.value === null) await send(till, { type: 'OpenShift', commandId: newId(), shiftId: newId(), float: 0 });
  const menu = await till.query({ type: 'GetMenu' });
  if (!menu.ok) throw new Error(`GetMenu failed: ${menu.error.message}`);
  return { till, menu: menu.value };
}

export async function send(till: Till, command: Command): Promise<void> {
  const reply = await till.command(command);
  if (!reply.ok) throw new Error(`${command.type} was refused: ${reply.error.code} ${reply.error.message}`);
}

/**
 * Keeps `inFlight` commands outstanding: as soon as one is answered the next
 * is sent. Unlike Promise.all over fixed windows, the queue never runs dry
 * while an fsync is in progress, which is the situation group commit is for
 * (many terminals or screens sending at once). Commands are submitted in
 * order and the writer runs them in order, so an order's AddItem may be in
 * flight together with its OpenOrder.
 */
export async function sendWindowed(till: Till, items: readonly WorkItem[], inFlight: number): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async (): Promise<void> => {
    while (next < items.length && failure === undefined) {
      const item = items[next++] as WorkItem;
      try {
        await send(till, item.command);
      } catch (e) {
        failure ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
  if (failure !== undefined) throw failure;
}

/** One command at a time, each awaited; returns each command's latency in ms. */
export async function sendSequential(till: Till, items: readonly WorkItem[]): Promise<number[]> {
  const latencies: number[] = [];
  for (const item of items) {
    const t0 = performance.now();
    await send(till, item.command);
    latencies.push(performance.now() - t0);
  }
  return latencies;
}

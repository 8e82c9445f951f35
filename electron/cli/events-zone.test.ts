import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/kernel/clock';
import { newId, openSignedInTill, sellOrder, signInAsManager, signInAsServer, tempDir, unwrap } from '../core/test-support/fixtures';

const DOCKET = fileURLToPath(new URL('../../bin/docket.mjs', import.meta.url));
const docket = (...args: string[]) => spawnSync(process.execPath, [DOCKET, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('docket events --filter and the restaurant clock', () => {
  it("reads a day without a zone as the restaurant's business day, unless --utc-offset gives one", async () => {
    const dataDir = await tempDir();
    const clock = manualClock(Date.parse('2026-11-01T14:00:00Z'));
    const till = await openSignedInTill({ dataDir, clock });
    await signInAsManager(till);
    const details = { name: 'Late Night Slice', address: '', phone: '', taxId: '', locale: 'en-US', footer: '' };
    unwrap(await till.command({ type: 'SetRestaurantDetails', commandId: newId(), ...details, timeZone: 'America/New_York', dayCutoffMinutes: 240 }));
    await signInAsServer(till);
    clock.set(Date.parse('2026-11-02T06:30:00Z')); // 01:30 on the 2nd in New York: the 1st's business day
    const orderId = await sellOrder(till);
    await till.close();

    const closes = (...extra: string[]) => {
      const r = docket('events', '--data', dataDir, '--filter', 'type = OrderClosed and at = 2026-11-01', ...extra);
      expect(r.stderr).toBe('');
      return r.stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { stream: string }).stream);
    };
    expect(closes()).toEqual([`order-${orderId}`]);
    expect(closes('--utc-offset', '0')).toEqual([]);
  }, 60_000);
});

import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocketApi } from '../../shared/contract/api';
import { exportEvents } from '../../renderer/export/export-events';
import { exportLog } from '../../renderer/export/export-log';
import { ExportCancelled, type ExportProgress } from '../../renderer/export/export-progress';
import { verifyExportFile } from '../core/export/verify-export';
import type { Till } from '../core/open-till';
import { openSignedInTill, sellOrder, signInAsManager, tempDir } from '../core/test-support/fixtures';

const DOCKET = fileURLToPath(new URL('../../bin/docket.mjs', import.meta.url));
const docket = (...args: string[]) => spawnSync(process.execPath, [DOCKET, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;

const text = (parts: Blob[]): Promise<string> => new Blob(parts).text();

/**
 * The till as the screens see it, except that after each answer to `type` one
 * more order is sold (the till keeps trading), up to `max` orders (an export
 * that ran on with the log would otherwise never end).
 */
function sellingWhileAsked(till: Till, type: 'FilterEvents' | 'ExportLog', max = 12): { api: Pick<DocketApi, 'query'>; sold: () => number } {
  let sold = 0;
  const api: Pick<DocketApi, 'query'> = {
    query: async (q) => {
      const r = await till.query(q);
      if (q.type === type && sold < max) {
        await sellOrder(till);
        sold += 1;
      }
      return r;
    },
  };
  return { api, sold: () => sold };
}

const nonDecreasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x >= (xs[i - 1] as number));

/**
 * The screens' export code (renderer/export) run in Node against a real till
 * (the till's query method is the DocketApi the screens call): a filter's
 * events paged a few at a time come out byte for byte as `docket events`
 * prints them, the whole log as a file `verifyExportFile` accepts, and a
 * cancel stops it with nothing to save. Here, beside the CLI, because only
 * the shells may import both the renderer and the core.
 */
describe("the renderer's exports against a real till", () => {
  it('writes what the CLI writes, one Blob per page, with progress; the log file verifies; a cancel stops it', async () => {
    const dataDir = await tempDir();
    const till = await openSignedInTill({ dataDir });
    for (let i = 0; i < 4; i++) await sellOrder(till);
    await signInAsManager(till);
    const filter = 'type = PaymentTaken or type = OrderClosed';
    const signal = new AbortController().signal;

    for (const format of ['csv', 'ndjson'] as const) {
      const seen: ExportProgress[] = [];
      const { parts, written } = await exportEvents({ api: till, filter, format, pageSize: 3, signal, onProgress: (p) => seen.push(p) });
      expect(written).toBe(8);
      // The header, then one part per page: nothing is held as one long string.
      expect(parts).toHaveLength(1 + 3);
      expect(parts.every((p) => p instanceof Blob)).toBe(true);
      expect(await text(parts)).toBe(docket('events', '--data', dataDir, '--filter', filter, '--format', format));
      expect(seen.map((p) => p.written)).toEqual([3, 6, 8]);
      expect(seen.at(-1)?.percent).toBe(100);
    }

    const log = await exportLog({ api: till, pageSize: 10, signal, onProgress: () => undefined });
    const file = path.join(await tempDir(), 'log.ndjson');
    await writeFile(file, Buffer.from(await new Blob(log.parts).arrayBuffer()));
    expect(await verifyExportFile(file)).toMatchObject({ ok: true, events: log.written });

    const stop = new AbortController();
    const cancelled = exportLog({ api: till, pageSize: 2, signal: stop.signal, onProgress: (p) => p.written >= 4 && stop.abort() });
    await expect(cancelled).rejects.toBeInstanceOf(ExportCancelled);
    await till.close();
  });

  it("ends a filter's export where the log ended when it started, though the till sells meanwhile; the bar never goes back", async () => {
    const dataDir = await tempDir();
    const till = await openSignedInTill({ dataDir });
    for (let i = 0; i < 5; i++) await sellOrder(till);
    // A manager may sell too: the session stays hers, so every FilterEvents page is answered.
    await signInAsManager(till);
    const filter = 'type = PaymentTaken or type = OrderClosed';
    const before = docket('events', '--data', dataDir, '--filter', filter, '--format', 'csv');
    const selling = sellingWhileAsked(till, 'FilterEvents');
    const seen: number[] = [];
    const signal = new AbortController().signal;
    const { parts, written } = await exportEvents({ api: selling.api, filter, format: 'csv', pageSize: 2, signal, onProgress: (p) => seen.push(p.percent) });
    expect(selling.sold()).toBeGreaterThanOrEqual(5);
    expect(written).toBe(10);
    expect(await text(parts)).toBe(before);
    expect(nonDecreasing(seen)).toBe(true);
    expect(seen.at(-1)).toBe(100);
    // What was sold meanwhile is there for the next export.
    expect(docket('events', '--data', dataDir, '--filter', filter, '--format', 'csv')).not.toBe(before);

    const logSelling = sellingWhileAsked(till, 'ExportLog');
    const logSeen: number[] = [];
    const log = await exportLog({ api: logSelling.api, pageSize: 50, signal, onProgress: (p) => logSeen.push(p.percent) });
    const file = path.join(await tempDir(), 'log.ndjson');
    await writeFile(file, Buffer.from(await new Blob(log.parts).arrayBuffer()));
    expect(await verifyExportFile(file)).toMatchObject({ ok: true, events: log.written });
    expect(logSelling.sold()).toBeGreaterThan(1);
    expect(nonDecreasing(logSeen)).toBe(true);
    await till.close();
  });
});

import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportEvents } from '../../renderer/export/export-events';
import { exportLog } from '../../renderer/export/export-log';
import { ExportCancelled, type ExportProgress } from '../../renderer/export/export-progress';
import { verifyExportFile } from '../core/export/verify-export';
import { openSignedInTill, sellOrder, signInAsManager, tempDir } from '../core/test-support/fixtures';

const DOCKET = fileURLToPath(new URL('../../bin/docket.mjs', import.meta.url));
const docket = (...args: string[]) => spawnSync(process.execPath, [DOCKET, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;

/**
 * The screens' export code (renderer/export) run in Node against a real till
 * (the till's query method is the DocketApi the screens call): a filter's
 * events paged a few at a time come out byte for byte as `docket events`
 * prints them, the whole log as a file `verifyExportFile` accepts, and a
 * cancel stops it with nothing to save. Here, beside the CLI, because only
 * the shells may import both the renderer and the core.
 */
describe("the renderer's exports against a real till", () => {
  it('writes what the CLI writes, page by page, with progress; the log file verifies; a cancel stops it', async () => {
    const dataDir = await tempDir();
    const till = await openSignedInTill({ dataDir });
    for (let i = 0; i < 4; i++) await sellOrder(till);
    await signInAsManager(till);
    const filter = 'type = PaymentTaken or type = OrderClosed';
    const signal = new AbortController().signal;

    for (const format of ['csv', 'ndjson'] as const) {
      const seen: ExportProgress[] = [];
      const { parts, written } = await exportEvents({ api: till, filter, format, utcOffsetMinutes: 0, pageSize: 3, signal, onProgress: (p) => seen.push(p) });
      expect(written).toBe(8);
      expect(parts.join('')).toBe(docket('events', '--data', dataDir, '--filter', filter, '--format', format));
      expect(seen.map((p) => p.written)).toEqual([3, 6, 8]);
      expect(seen.at(-1)?.percent).toBe(100);
    }

    const log = await exportLog({ api: till, pageSize: 10, signal, onProgress: () => undefined });
    const file = path.join(await tempDir(), 'log.ndjson');
    await writeFile(file, log.parts.join(''));
    expect(await verifyExportFile(file)).toMatchObject({ ok: true, events: log.written });

    const stop = new AbortController();
    const cancelled = exportLog({ api: till, pageSize: 2, signal: stop.signal, onProgress: (p) => p.written >= 4 && stop.abort() });
    await expect(cancelled).rejects.toBeInstanceOf(ExportCancelled);
    await till.close();
  });
});

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newLogExport } from '../../../shared/export/log-export-format';
import type { Recorded } from '../../../shared/kernel/recorded';
import { openSignedInTill, sellOrder, signInAsManager, tempDir, unwrap } from '../test-support/fixtures';
import { redactSecrets } from '../history/redact-secrets';
import { verifyExportFile } from './verify-export';

/**
 * ExportLog pages the log as recorded, and a file built from its pages the
 * way the renderer builds one (LogExportWriter) is what verify accepts.
 */
describe('ExportLog', () => {
  it('pages the whole log as recorded up to the position the export started at, and the file it makes verifies', async () => {
    const till = await openSignedInTill({ dataDir: await tempDir() });
    for (let i = 0; i < 2; i++) await sellOrder(till);
    await signInAsManager(till);
    const all = unwrap(await till.query({ type: 'ListEvents', limit: 1000 }));
    const end = all.length;

    const first = unwrap(await till.query({ type: 'ExportLog', afterPosition: 0, limit: 7, upToPosition: end }));
    expect(first).toMatchObject({ terminal: 'T1', nextAfter: 7, lastPosition: end });
    const writer = newLogExport(first.terminal, end, new Date());
    let text = writer.headerLine();
    let page = first;
    let pages = 1;
    // The till sells on while the export runs: what comes after its start is not in this file.
    await sellOrder(till);
    await signInAsManager(till);
    for (;;) {
      text += page.events.map((e) => writer.eventLine(e as Recorded)).join('');
      if (page.nextAfter === null) break;
      page = unwrap(await till.query({ type: 'ExportLog', afterPosition: page.nextAfter, limit: 7, upToPosition: end }));
      pages += 1;
    }
    text += writer.trailerLine();
    expect(pages).toBe(Math.ceil(end / 7));
    expect(page.lastPosition).toBeGreaterThan(end);
    // The file holds the events as recorded, PIN hashes included (the chain covers them); every other answer redacts them.
    expect(text).toContain('"pinHash":"scrypt$');
    expect(JSON.stringify(all)).not.toContain('scrypt$');
    expect(redactSecrets(text.split('\n').slice(1, -2).map((l) => JSON.parse(l)))).toEqual(all);

    const file = path.join(await tempDir(), 'log.ndjson');
    await writeFile(file, text);
    expect(await verifyExportFile(file)).toMatchObject({ ok: true, events: end, firstBad: null, problem: null });
    // The file as a whole: a line after the trailer, a newer version, an event given twice, an empty file.
    const lines = text.split('\n').slice(0, -1);
    const check = async (body: string) => {
      await writeFile(file, body);
      return verifyExportFile(file);
    };
    expect(await check(`${text}{"more":1}\n`)).toMatchObject({ ok: false, problem: expect.stringMatching(/after the trailer/) });
    expect(await check(text.replace('"version":1', '"version":2'))).toMatchObject({ ok: false, problem: expect.stringMatching(/version 2/) });
    const twice = [...lines.slice(0, 4), lines[3], ...lines.slice(4)].join('\n');
    expect(await check(`${twice}\n`)).toMatchObject({ ok: false, firstBad: { line: 5, reason: expect.stringMatching(/repeats/) } });
    expect(await check('')).toMatchObject({ ok: false, problem: expect.stringMatching(/empty/) });
    // Past the end: an empty last page, not an error.
    expect(unwrap(await till.query({ type: 'ExportLog', afterPosition: end + 100 }))).toMatchObject({ events: [], nextAfter: null });
    await till.close();
  });
});

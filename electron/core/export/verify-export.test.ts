import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newLogExport } from '../../../shared/export/log-export-format';
import type { Recorded } from '../../../shared/kernel/recorded';
import { openSignedInTill, sellOrder, signInAsManager, tempDir, unwrap } from '../test-support/fixtures';
import { verifyExportFile } from './verify-export';

/**
 * `docket verify --file` on a real export of a real till, changed the ways
 * an editor would: every event line must be the recorded envelope exactly.
 */
let lines: string[] = [];

beforeAll(async () => {
  const till = await openSignedInTill({ dataDir: await tempDir('docket-verify-export-') });
  for (let i = 0; i < 2; i++) await sellOrder(till);
  await signInAsManager(till);
  const page = unwrap(await till.query({ type: 'ExportLog', afterPosition: 0 }));
  await till.close();
  const writer = newLogExport(page.terminal, page.events.length, new Date());
  const text = writer.headerLine() + page.events.map((e) => writer.eventLine(e as Recorded)).join('') + writer.trailerLine();
  lines = text.split('\n').slice(0, -1);
});

async function verifyLines(body: string[]) {
  const file = path.join(await tempDir(), 'log.ndjson');
  await writeFile(file, `${body.join('\n')}\n`);
  return verifyExportFile(file);
}

/** The file with event line `line` (1-based, as verify names lines) changed. */
function changed(line: number, change: (e: Record<string, unknown> & { meta: Record<string, unknown> }) => void): string[] {
  const out = [...lines];
  const e = JSON.parse(out[line - 1] as string) as Record<string, unknown> & { meta: Record<string, unknown> };
  change(e);
  out[line - 1] = JSON.stringify(e);
  return out;
}

const eventAt = (line: number) => JSON.parse(lines[line - 1] as string) as Recorded;

describe('verifyExportFile', () => {
  it('accepts the file as written', async () => {
    expect(await verifyLines(lines)).toMatchObject({ ok: true, firstBad: null, badEvents: [], problem: null, events: lines.length - 2 });
  });

  it('names an event with a key added at its top level, though its hash still matches', async () => {
    const e = eventAt(6);
    const r = await verifyLines(changed(6, (x) => (x.note = 'added later')));
    expect(r.ok).toBe(false);
    expect(r.firstBad).toEqual({ line: 6, position: e.position, id: e.id, stream: e.stream, reason: expect.stringMatching(/not an event: .*note/) });
    expect(r.badEvents).toHaveLength(1); // the chain after it is in step: one edit, one bad event
  });

  it('names an event with a key added to its meta', async () => {
    const e = eventAt(9);
    const r = await verifyLines(changed(9, (x) => (x.meta.approvedBy = 'someone-else')));
    // A known key added where there was none changes the hash…
    expect(r.firstBad).toMatchObject({ line: 9, position: e.position, reason: expect.stringMatching(/hash/) });
    // …an unknown one is refused by name.
    const extra = await verifyLines(changed(9, (x) => (x.meta.device = 'tablet')));
    expect(extra.firstBad).toEqual({ line: 9, position: e.position, id: e.id, stream: e.stream, reason: expect.stringMatching(/not an event: meta: .*device/) });
    expect(extra.badEvents).toHaveLength(1);
  });

  it('goes on past a bad event: a second edit further on is named too', async () => {
    const body = changed(4, (x) => (x.data = { ...(x.data as object), qty: 99 }));
    const second = JSON.parse(body[11] as string) as Record<string, unknown>;
    second.type = 'SomethingElse';
    body[11] = JSON.stringify(second);
    const r = await verifyLines(body);
    expect(r.badEvents.map((b) => [b.line, b.position])).toEqual([
      [4, eventAt(4).position],
      [12, eventAt(12).position],
    ]);
    expect(r.firstBad?.line).toBe(4);
  });

  it('names a repeated line and a line out of order by their position', async () => {
    const twice = [...lines.slice(0, 5), lines[4] as string, ...lines.slice(5)];
    expect((await verifyLines(twice)).firstBad).toMatchObject({ line: 6, position: eventAt(5).position, reason: expect.stringMatching(/repeats/) });
    const swapped = [...lines];
    [swapped[4], swapped[5]] = [swapped[5] as string, swapped[4] as string];
    expect((await verifyLines(swapped)).firstBad).toMatchObject({ line: 5, position: eventAt(6).position, reason: expect.stringMatching(/position/) });
  });
});

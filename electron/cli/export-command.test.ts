import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSignedInTill, sellOrder, tempDir } from '../core/test-support/fixtures';

const DOCKET = fileURLToPath(new URL('../../bin/docket.mjs', import.meta.url));

/** Runs the real `docket` command in a child process. */
function docket(...args: string[]) {
  const r = spawnSync(process.execPath, [DOCKET, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A closed folder with three sales, exported once; `lines` is the file's lines without the final newline. */
async function exported() {
  const dataDir = await tempDir();
  const till = await openSignedInTill({ dataDir });
  for (let i = 0; i < 3; i++) await sellOrder(till);
  await till.close();
  const file = path.join(await tempDir(), 'till.docket-log');
  const r = docket('export', '--data', dataDir, '--out', file);
  expect(r.code, r.err).toBe(0);
  const lines = (await readFile(file, 'utf8')).split('\n').slice(0, -1);
  return { dataDir, file, lines, err: r.err };
}

const verify = (file: string) => docket('verify', '--file', file);

describe('docket export and docket verify --file', () => {
  it('writes a header, every event as recorded and a trailer; verify says OK', async () => {
    const { dataDir, file, lines, err } = await exported();
    const events = docket('events', '--data', dataDir).out.split('\n').slice(0, -1);
    expect(events.length).toBeGreaterThan(15);
    expect(err).toContain(`exported ${events.length} events`);
    const header = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(header).toMatchObject({ format: 'docket-log', version: 1, terminal: 'T1', lastPosition: events.length });
    expect(Date.parse(header.exportedAt as string)).not.toBeNaN();
    // The events lines are the log exactly as `docket events` prints it: every field, hash and meta included.
    expect(lines.slice(1, -1)).toEqual(events);
    const last = JSON.parse(events.at(-1) as string) as { meta: { seq: number }; hash: string };
    expect(JSON.parse(lines.at(-1) as string)).toEqual({ end: 'docket-log', count: events.length, heads: { T1: { seq: last.meta.seq, hash: last.hash } } });

    const r = verify(file);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(new RegExp(`^OK: ${events.length} events verified \\(T1: seq ${last.meta.seq}, head ${last.hash.slice(0, 16)}…\\)$`, 'm'));
  });

  it("names the event whose data was changed in the file, by line, position and id", async () => {
    const { file, lines } = await exported();
    const at = lines.findIndex((l) => l.includes('"type":"PaymentTaken"'));
    const event = JSON.parse(lines[at] as string) as { position: number; id: string; data: { tendered: number } };
    event.data.tendered += 1;
    lines[at] = JSON.stringify(event);
    await writeFile(file, `${lines.join('\n')}\n`);
    const r = docket('verify', '--file', file, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({
      ok: false,
      firstBad: { line: at + 1, position: event.position, id: event.id, reason: expect.stringMatching(/hash/) },
    });
    expect(verify(file).out).toMatch(new RegExp(`^DAMAGED: first bad event on line ${at + 1} at position ${event.position} \\(id ${event.id}`, 'm'));
  });

  it('names a file cut off in the middle of a line, and one cut at a line end (no trailer)', async () => {
    const { file, lines } = await exported();
    const whole = `${lines.join('\n')}\n`;
    const cut = whole.slice(0, whole.indexOf(lines[10] as string) + 25);
    await writeFile(file, cut);
    let r = verify(file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^DAMAGED: first bad event on line 11: not a whole JSON line/m);

    await writeFile(file, `${lines.slice(0, -3).join('\n')}\n`); // the trailer and the last two events gone
    r = verify(file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`DAMAGED: the file ends after ${lines.length - 4} events without its trailer: it was cut short`);

    await writeFile(file, `${[...lines.slice(0, 5), ...lines.slice(6)].join('\n')}\n`); // one event taken out of the middle
    r = docket('verify', '--file', file, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ firstBad: { line: 6, reason: expect.stringMatching(/position/) } });
  });

  it('refuses what it cannot do plainly: usage errors exit 2, an existing output file is left alone', async () => {
    const { dataDir, file } = await exported();
    expect(verify(path.join(dataDir, 'nope.log')).code).toBe(2);
    expect(docket('verify', '--file', file, '--data', dataDir).code).toBe(2);
    const before = await readFile(file, 'utf8');
    const again = docket('export', '--data', dataDir, '--out', file);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);
    expect(await readFile(file, 'utf8')).toBe(before);
    await writeFile(file, 'hello\n');
    expect(verify(file)).toMatchObject({ code: 1, out: expect.stringMatching(/not a docket-log header/) });
  });
});

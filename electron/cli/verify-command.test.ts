import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSqlJs } from '../core/store/sql-db';
import { crashedFolderWithOneSale, openSignedInTill, sellOrder, tempDir } from '../core/test-support/fixtures';

const DOCKET = fileURLToPath(new URL('../../bin/docket.mjs', import.meta.url));

/** Runs the real `docket` command in a child process. */
function docket(...args: string[]) {
  const r = spawnSync(process.execPath, [DOCKET, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A closed folder with three sales; `events` is how many events its log holds (seed and sign-in included). */
async function folderWithSales(): Promise<{ dataDir: string; events: number }> {
  const dataDir = await tempDir();
  const till = await openSignedInTill({ dataDir });
  for (let i = 0; i < 3; i++) await sellOrder(till);
  const info = await till.query({ type: 'GetTillInfo' });
  await till.close(); // writes a snapshot holding everything
  return { dataDir, events: info.ok ? info.value.position : -1 };
}

describe('docket verify', () => {
  it('exits 0 on an intact folder and prints the chain heads', async () => {
    const { dataDir, events } = await folderWithSales();
    expect(events).toBeGreaterThan(15);
    const r = docket('verify', '--data', dataDir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^OK: ${events} events verified \\(T1: ${events} events, head [0-9a-f]{16}…\\)$`, 'm'));
  });

  it('names the first bad event when one stored event was changed in the snapshot with SQLite', async () => {
    const { dataDir } = await folderWithSales();
    const [snapshot] = (await readdir(dataDir)).filter((f) => f.startsWith('snapshot-'));
    const file = path.join(dataDir, snapshot as string);
    const SQL = await loadSqlJs();
    const db = new SQL.Database(await readFile(file));
    db.run(`UPDATE events SET data = json_set(data, '$.tendered', 1) WHERE type = 'PaymentTaken' AND position = (SELECT min(position) FROM events WHERE type = 'PaymentTaken')`);
    const tampered = db.exec(`SELECT position, id FROM events WHERE type = 'PaymentTaken' ORDER BY position LIMIT 1`)[0]?.values[0];
    await writeFile(file, db.export());
    db.close();

    const r = docket('verify', '--data', dataDir, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { ok: boolean; firstBad: { position: number; id: string; reason: string } };
    expect(report.ok).toBe(false);
    expect(report.firstBad).toMatchObject({ position: tampered?.[0], id: tampered?.[1], reason: expect.stringMatching(/hash/) });
  });

  it('names every changed event, not only the first: the first as firstBad, the later ones after it', async () => {
    const { dataDir } = await folderWithSales();
    const [snapshot] = (await readdir(dataDir)).filter((f) => f.startsWith('snapshot-'));
    const file = path.join(dataDir, snapshot as string);
    const SQL = await loadSqlJs();
    const db = new SQL.Database(await readFile(file));
    db.run(`UPDATE events SET data = json_set(data, '$.tendered', 1) WHERE type = 'PaymentTaken'`);
    const paid = (db.exec(`SELECT position, id FROM events WHERE type = 'PaymentTaken' ORDER BY position`)[0]?.values ?? []) as [number, string][];
    await writeFile(file, db.export());
    db.close();
    expect(paid).toHaveLength(3);

    const json = docket('verify', '--data', dataDir, '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as { firstBad: { position: number }; findings: { position: number; eventId: string }[] };
    expect(report.firstBad.position).toBe(paid[0]?.[0]);
    expect(report.findings.map((f) => [f.position, f.eventId])).toEqual(paid);
    const text = docket('verify', '--data', dataDir).out;
    expect(text).toMatch(new RegExp(`^DAMAGED: first bad event at position ${paid[0]?.[0]} `, 'm'));
    for (const [position] of paid.slice(1)) expect(text).toMatch(new RegExp(`^DAMAGED: also event #${position} \\(PaymentTaken`, 'm'));
  });

  it('reports a torn tail as a note, not damage, and exits 0', async () => {
    const { dataDir, segment } = await crashedFolderWithOneSale();
    await writeFile(segment, 'DKJ1\x10\x00', { flag: 'a' });
    const r = docket('verify', '--data', dataDir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/note: a torn last record \(6 bytes/);
  });

  it('exits non-zero and names the place when a journal record in the middle is damaged', async () => {
    const { dataDir, segment } = await crashedFolderWithOneSale();
    const bytes = await readFile(segment);
    bytes[100] = (bytes[100] as number) ^ 1;
    await writeFile(segment, bytes);
    const r = docket('verify', '--data', dataDir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/DAMAGED: journal .* is damaged at byte 0 \(checksum mismatch\)/);
  });
});

describe('docket events', () => {
  it('prints the events of one stream as JSON lines', async () => {
    const dataDir = await tempDir();
    const till = await openSignedInTill({ dataDir });
    const orderId = await sellOrder(till);
    await till.close();
    const r = docket('events', '--data', dataDir, '--stream', `order-${orderId}`);
    expect(r.code).toBe(0);
    const events = r.out.trim().split('\n').map((l) => JSON.parse(l) as { type: string; version: number });
    expect(events.map((e) => e.type)).toEqual(['OrderOpened', 'ItemAdded', 'ItemAdded', 'PaymentTaken', 'OrderClosed']);
    expect(events.map((e) => e.version)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses an unknown flag plainly', () => {
    const r = docket('events', '--dta', 'x');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Unknown option '--dta'/);
  });
});

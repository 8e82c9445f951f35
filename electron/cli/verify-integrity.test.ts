import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openTill } from '../core/open-till';
import { flipRecordByte, recordOf, tamperSnapshotEvent } from '../core/integrity/tamper-kit';
import { openSignedInTill, sellOrder, tempDir, unwrap } from '../core/test-support/fixtures';

const DOCKET = fileURLToPath(new URL('../../bin/docket.mjs', import.meta.url));

function docket(...args: string[]) {
  const r = spawnSync(process.execPath, [DOCKET, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Two sessions, two clean closes: the second session's records are in a retained segment the newest snapshot holds too. */
async function twiceClosed(): Promise<{ dataDir: string; position: number }> {
  const dataDir = await tempDir();
  const first = await openSignedInTill({ dataDir });
  await sellOrder(first);
  await first.close();
  const second = await openSignedInTill({ dataDir });
  await sellOrder(second);
  const position = unwrap(await second.query({ type: 'GetTillInfo' })).position - 2;
  await second.close();
  return { dataDir, position };
}

describe('docket verify and the till agree', () => {
  it('reads every retained segment: a flipped byte in a record the snapshot holds names its event, as the till does', async () => {
    const { dataDir, position } = await twiceClosed();
    const rec = await recordOf(dataDir, position);
    await flipRecordByte(rec, 'body');
    const r = docket('verify', '--data', dataDir);
    expect(r.code).toBe(1);
    const first = rec.payload.events[0];
    expect(r.out).toMatch(new RegExp(`DAMAGED: first bad event at position ${first?.position} \\(${first?.type}, id ${first?.id}.*checksum mismatch.*byte ${rec.offset}, record ${rec.payload.lsn}`));
    expect(r.out).toMatch(/^journal: 2 segment\(s\), \d+ record\(s\) read/m);

    const till = await openTill({ dataDir });
    expect(unwrap(await till.query({ type: 'GetIntegrity' })).startup?.finding).toMatchObject({ position: first?.position, eventId: first?.id });
    await till.close();
  });

  it('an event changed in the snapshot: the JSON answer names the position the till names', async () => {
    const { dataDir, position } = await twiceClosed();
    const tampered = await tamperSnapshotEvent(dataDir, position);
    const r = docket('verify', '--data', dataDir, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { firstBad: { position: number; id: string; type: string }; finding: { kind: string } };
    expect(report.firstBad).toMatchObject({ position, id: tampered.id, type: tampered.type });
    const till = await openTill({ dataDir });
    await till.integrity.settled();
    expect(unwrap(await till.query({ type: 'GetIntegrity' })).issues[0]?.finding).toMatchObject({ position, eventId: tampered.id });
    await till.close();
  });
});

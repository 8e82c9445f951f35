import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openTill } from './open-till';
import { openStore } from './store/open-store';
import { verifyDataDir } from './verify';
import { tempDir, unwrap } from './test-support/fixtures';

const WRITER = fileURLToPath(new URL('./test-support/crash-writer.ts', import.meta.url));
const KILLS = 24;

interface Ack {
  commandId: string;
  eventIds: string[];
}

/** Starts the writer, lets it run for `ms` after it is ready, kills it with SIGKILL; returns what it acknowledged. */
function runAndKill(dataDir: string, ms: number): Promise<{ acks: Ack[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Ack[] = [];
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), ms);
      const m = /^ack (\S+) (\S*)$/.exec(line);
      if (m) acks.push({ commandId: m[1] as string, eventIds: (m[2] as string).split(',').filter(Boolean) });
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ acks, signal, stderr }));
  });
}

describe('crash safety (real child processes, SIGKILL)', () => {
  it(`loses no acknowledged event over ${KILLS} kills at random moments`, async () => {
    const dataDir = await tempDir('docket-crash-');
    const acked: Ack[] = [];
    let torn = 0;
    for (let i = 0; i < KILLS; i++) {
      const run = await runAndKill(dataDir, 20 + Math.floor(Math.random() * 400));
      expect(run.signal, run.stderr).toBe('SIGKILL');
      acked.push(...run.acks);

      // Read-only first: what the crash left, exactly as it is on disk.
      const report = await verifyDataDir(dataDir);
      expect(report.damage).toBeNull();
      expect(report.firstBad).toBeNull();
      if (report.droppedTail) torn += 1;

      const { db, log } = await openStore({ dataDir, terminal: 'T1', readOnly: true });
      const ids = new Set<string>();
      let count = 0;
      log.forEach(0, (e) => {
        ids.add(e.id);
        count += 1;
      });
      db.close();
      expect(ids.size).toBe(count); // no event twice
      const missing = acked.flatMap((a) => a.eventIds).filter((id) => !ids.has(id));
      expect(missing).toEqual([]);

      // Then a real open (which cuts a torn tail) and a resend of acknowledged commands: applied once only.
      const till = await openTill({ dataDir });
      // The writer signed in before it sold anything: that session is in the log, so it survives the kill.
      expect(unwrap(await till.query({ type: 'GetSession' })).staff?.name).toBe('Ben');
      for (const a of acked.slice(-3)) {
        const again = unwrap(await till.command({ type: 'OpenOrder', commandId: a.commandId, orderId: a.commandId }));
        expect(again.duplicate).toBe(true);
      }
      expect((await till.verify()).firstBad).toBeNull();
      await till.close();
    }
    expect(acked.length).toBeGreaterThan(KILLS * 10);
    // Not asserted (it depends on timing), but worth seeing when the test is read in a log.
    console.info(`crash test: ${acked.length} acknowledged commands over ${KILLS} kills, ${torn} torn tails dropped`);
  });
});

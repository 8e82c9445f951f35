import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { DocketError } from '../../shared/kernel/errors';

/**
 * One writer per data folder. The lock file holds the owner's pid; a lock left
 * by a process that no longer runs (a crash, kill -9) is taken over. A second
 * open in the same process is refused too: two writers in one process corrupt
 * the journal just as surely as two processes.
 */
export interface DataDirLock {
  release(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const file = path.join(dataDir, 'LOCK');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fsp.writeFile(file, String(process.pid), { flag: 'wx' });
      return { release: () => fsp.rm(file, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number((await fsp.readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isSafeInteger(pid) && pid > 0 && isRunning(pid)) {
        throw new DocketError('IllegalState', `the data folder ${dataDir} is in use by process ${pid}`);
      }
      await fsp.rm(file, { force: true });
    }
  }
  throw new DocketError('IllegalState', `could not lock the data folder ${dataDir}`);
}

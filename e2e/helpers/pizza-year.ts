import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every source file the imported folder depends on: the core and the shared domain. */
function sourceKey(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (file.endsWith('.ts') && !file.endsWith('.test.ts')) hash.update(file).update(readFileSync(file));
    }
  };
  for (const dir of ['electron/core', 'shared']) walk(path.join(REPO_ROOT, dir));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A data folder holding the whole pizza-place 2015 year (21,350 orders,
 * ~113k events), imported through the real `docket import` once per version
 * of the core and kept under the OS temp folder; each caller gets its own
 * copy to change. The first call takes the import's time (~20–40 s here).
 */
export function pizzaYearDataDir(): string {
  const cache = path.join(os.tmpdir(), `docket-e2e-pizza-year-${sourceKey()}`);
  if (!existsSync(cache)) {
    const building = `${cache}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    const run = spawnSync(process.execPath, ['bin/docket.mjs', 'import', 'pizza-place', '--data', building, '--orders'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`docket import pizza-place failed (${run.status}):\n${run.stdout}\n${run.stderr.slice(-4000)}`);
    rmSync(path.join(building, 'LOCK'), { force: true });
    renameSync(building, cache);
  }
  const copy = path.join(os.tmpdir(), `docket-e2e-pizza-${process.pid}-${Date.now()}`);
  cpSync(cache, copy, { recursive: true });
  return copy;
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openTill } from '../core/open-till';
import { StoreDamagedError } from '../core/store/open-store';
import { flags, requireData, wholeNumber } from './cli-args';
import { startBridgeServer } from './serve/bridge-server';
import { startDamagedServer } from './serve/damaged-till';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RENDERER_DIST = path.join(REPO_ROOT, 'dist', 'renderer');

/** Builds the renderer once if it has not been built: `npx docket serve` works straight after `npm ci`. */
async function ensureRendererBuilt(): Promise<void> {
  if (existsSync(path.join(RENDERER_DIST, 'index.html'))) return;
  process.stderr.write('docket serve: building the renderer (first run)…\n');
  const { build } = await import('vite');
  await build({ configFile: path.join(REPO_ROOT, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
}

/** `docket serve`: the till in a browser, against a real core and data folder. */
export async function runServe(argv: string[]): Promise<number> {
  const f = flags(argv, { data: { type: 'string' }, port: { type: 'string' }, terminal: { type: 'string' } });
  const dataDir = path.resolve(requireData(f.data));
  const port = wholeNumber(f.port, 'port', 5177);
  await ensureRendererBuilt();
  let till;
  try {
    till = await openTill({ dataDir, ...(f.terminal ? { terminal: f.terminal } : {}) });
  } catch (e) {
    if (!(e instanceof StoreDamagedError)) throw e;
    return serveDamaged(e.message, port);
  }
  const dropped = till.openReport.droppedTail;
  if (dropped) process.stderr.write(`docket serve: dropped a torn last journal record (${dropped.bytes} bytes: ${dropped.reason})\n`);
  const server = await startBridgeServer(till, { port, staticRoot: RENDERER_DIST });
  process.stdout.write(`listening ${server.url}\n`);

  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await till.close();
  return 0;
}

/** The folder cannot be opened without skipping an acknowledged record: say so on a page, and wait to be stopped. */
async function serveDamaged(message: string, port: number): Promise<number> {
  process.stderr.write(`docket serve: DAMAGED: ${message}\n`);
  const server = await startDamagedServer(message, port);
  process.stdout.write(`listening ${server.url}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 1;
}

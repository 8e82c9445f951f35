import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DocketApi } from '../../../shared/contract/api';
import type { DocketErrorShape } from '../../../shared/kernel/errors';
import { startBridgeServer, type BridgeServer } from './bridge-server';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Stands in for a till whose folder cannot be opened: every command and query is refused with the damage message. */
export function damagedTill(message: string): DocketApi {
  const error: DocketErrorShape = { code: 'Internal', message: `the data folder is damaged and was not opened: ${message}` };
  return {
    command: async () => ({ ok: false, error }),
    query: async () => ({ ok: false, error }),
    onPush: () => () => undefined,
  };
}

/**
 * `docket serve` on a folder whose journal is damaged where no snapshot
 * holds it: the till is not opened (an acknowledged record is never skipped),
 * but staff see why instead of a dead page. Every path serves a plain page
 * naming the damage; the bridge answers every request with the same error.
 */
export async function startDamagedServer(message: string, port: number): Promise<BridgeServer> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'docket-damaged-'));
  await writeFile(
    path.join(root, 'index.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Docket: data folder damaged</title></head>
<body>
<h1>The till's data folder is damaged</h1>
<p data-testid="damage-message">${escapeHtml(message)}</p>
<p>Nothing was changed and nothing was skipped. Keep the folder as it is and call the person who looks after this till:
<code>docket verify --data FOLDER</code> names the same place.</p>
</body></html>
`,
  );
  const server = await startBridgeServer(damagedTill(message), { port, staticRoot: root });
  return {
    url: server.url,
    async close() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

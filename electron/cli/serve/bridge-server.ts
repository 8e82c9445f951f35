import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DocketApi } from '../../../shared/contract/api';
import { BRIDGE_PATH, type BridgeMessage } from '../../../shared/contract/bridge';
import { handleBridgeFrame } from './bridge-handler';
import { printableRoute } from './printable-route';
import { staticFiles } from './static-files';

/** Frames above this close the connection; between MAX_MESSAGE_BYTES and this they get a Validation reply. */
const HARD_FRAME_LIMIT = 1024 * 1024;

export interface BridgeServer {
  url: string;
  close(): Promise<void>;
}

/** HTTP for the renderer's files plus the WebSocket bridge, on 127.0.0.1 only. */
export async function startBridgeServer(till: DocketApi, opts: { port: number; staticRoot: string }): Promise<BridgeServer> {
  const files = staticFiles(opts.staticRoot);
  const server: Server = createServer((req, res) => {
    void printableRoute(till, req, res).then((handled) => (handled ? undefined : files(req, res)));
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: HARD_FRAME_LIMIT });

  server.on('upgrade', (req, socket, head) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const origin = req.headers.origin;
    const own = `http://${req.headers.host ?? ''}`;
    // Browsers always send Origin on WebSocket upgrades: a page from anywhere else may not drive the till.
    if (pathname !== BRIDGE_PATH || (origin !== undefined && origin !== own)) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const send = (ws: WebSocket, msg: BridgeMessage): void => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
  };

  wss.on('connection', (ws) => {
    ws.on('message', (data, isBinary) => {
      const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      const frame = isBinary ? '\u0000binary' : buf.toString('utf8');
      void handleBridgeFrame(till, frame, buf.length).then((reply) => send(ws, reply));
    });
  });

  const unsubscribe = till.onPush((push) => {
    for (const ws of wss.clients) send(ws, { push });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      unsubscribe();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

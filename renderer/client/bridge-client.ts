import type { DocketApi, Reply } from '../../shared/contract/api';
import { BRIDGE_PATH } from '../../shared/contract/bridge';
import { PushSchema, type Push } from '../../shared/contract/pushes';
import { ErrorCodes, type DocketErrorShape } from '../../shared/kernel/errors';

/** Where the page's own server answers the bridge (docs/bridge.md). */
export const bridgeUrl = (loc: Pick<Location, 'protocol' | 'host'>): string =>
  `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}${BRIDGE_PATH}`;

export type ConnectionStatus = 'connecting' | 'open' | 'closed';

/** A DocketApi that also tells the screens whether the till can be reached. */
export interface ConnectedApi extends DocketApi {
  readonly status: () => ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  /** Stops reconnecting and fails whatever is still waiting. */
  close(): void;
}

export interface BridgeClientOptions {
  WebSocketImpl?: typeof WebSocket;
  /** First retry delay and the cap; delays double per failed attempt, with jitter. */
  backoff?: { initialMs: number; maxMs: number };
  random?: () => number;
}

const LOST: Reply<never> = { ok: false, error: { code: 'Internal', message: 'connection lost' } };

interface Pending {
  frame: string;
  sent: boolean;
  resolve: (reply: Reply<unknown>) => void;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The server's error as it came, or an Internal one when it is not of the contract's shape. */
function toError(v: unknown): DocketErrorShape {
  if (isRecord(v) && typeof v.message === 'string' && (ErrorCodes as readonly unknown[]).includes(v.code)) {
    return v as unknown as DocketErrorShape;
  }
  return { code: 'Internal', message: 'the till sent an unreadable error' };
}

/**
 * The browser transport: one WebSocket to `docket serve`. Replies are matched
 * by request id. When the socket drops, every request still waiting is
 * answered "connection lost" (a command may or may not have been applied;
 * re-sending it with the same commandId is safe) and the client reconnects
 * with capped, jittered exponential backoff.
 */
export function createBridgeClient(url: string, opts: BridgeClientOptions = {}): ConnectedApi {
  const WS = opts.WebSocketImpl ?? WebSocket;
  const { initialMs, maxMs } = opts.backoff ?? { initialMs: 250, maxMs: 5000 };
  const random = opts.random ?? Math.random;
  const pending = new Map<number, Pending>();
  const pushListeners = new Set<(push: Push) => void>();
  const statusListeners = new Set<(status: ConnectionStatus) => void>();
  let socket: WebSocket | null = null;
  let status: ConnectionStatus = 'connecting';
  let nextId = 1;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  function setStatus(next: ConnectionStatus): void {
    if (next === status) return;
    status = next;
    for (const l of statusListeners) l(next);
  }

  function failPending(): void {
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.resolve(LOST);
  }

  function connect(): void {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    setStatus('connecting');
    const ws = new WS(url);
    socket = ws;
    ws.onopen = () => {
      if (socket !== ws) return;
      attempt = 0;
      setStatus('open');
      for (const p of pending.values()) {
        if (!p.sent) {
          ws.send(p.frame);
          p.sent = true;
        }
      }
    };
    ws.onmessage = (ev: MessageEvent) => {
      if (socket === ws && typeof ev.data === 'string') receive(ev.data);
    };
    // 'error' is always followed by 'close'; the close handler does the work.
    ws.onerror = () => undefined;
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      failPending();
      setStatus('closed');
      if (!stopped) scheduleReconnect();
    };
  }

  function scheduleReconnect(): void {
    const base = Math.min(maxMs, initialMs * 2 ** attempt);
    attempt = Math.min(attempt + 1, 16);
    // Jitter spreads the retries of many tabs so a restarted server is not hit all at once.
    retryTimer = setTimeout(connect, Math.round(base * (0.5 + random() * 0.5)));
  }

  function receive(text: string): void {
    let msg: unknown;
    try {
      msg = JSON.parse(text);
    } catch {
      return;
    }
    if (!isRecord(msg)) return;
    if ('push' in msg) {
      const push = PushSchema.safeParse(msg.push);
      if (push.success) for (const l of pushListeners) l(push.data);
      return;
    }
    // A reply with id null answers a frame the server could not read; none of ours is unreadable.
    if (typeof msg.id !== 'number') return;
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    p.resolve(msg.ok === true ? { ok: true, value: msg.result } : { ok: false, error: toError(msg.error) });
  }

  function request(kind: 'command' | 'query', body: unknown): Promise<Reply<unknown>> {
    if (stopped) return Promise.resolve(LOST);
    const id = nextId++;
    const frame = JSON.stringify({ id, kind, body });
    return new Promise((resolve) => {
      const p: Pending = { frame, sent: false, resolve };
      pending.set(id, p);
      if (socket && socket.readyState === WS.OPEN) {
        socket.send(frame);
        p.sent = true;
      } else if (status === 'closed') {
        // Someone is waiting: try now rather than at the end of the backoff.
        connect();
      }
    });
  }

  connect();

  return {
    command: (command) => request('command', command) as ReturnType<DocketApi['command']>,
    query: (query) => request('query', query) as never,
    onPush(listener) {
      pushListeners.add(listener);
      return () => pushListeners.delete(listener);
    },
    status: () => status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    close() {
      stopped = true;
      clearTimeout(retryTimer);
      const ws = socket;
      socket = null;
      ws?.close();
      failPending();
      setStatus('closed');
    },
  };
}

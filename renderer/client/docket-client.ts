import type { DocketApi } from '../../shared/contract/api';
import { bridgeUrl, createBridgeClient, type ConnectedApi } from './bridge-client';

/** Inside Electron the preload's IPC is always there: it is never "disconnected". */
function fromPreload(api: DocketApi): ConnectedApi {
  return {
    command: (c) => api.command(c),
    query: (q) => api.query(q),
    onPush: (l) => api.onPush(l),
    status: () => 'open',
    onStatus: () => () => undefined,
    close: () => undefined,
  };
}

/** Picks the transport: the preload's `window.docket` in Electron, else the WebSocket bridge of `docket serve`. */
export function connectDocket(win: Window = window): ConnectedApi {
  return win.docket ? fromPreload(win.docket) : createBridgeClient(bridgeUrl(win.location));
}

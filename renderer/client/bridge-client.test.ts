import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeUrl, createBridgeClient } from './bridge-client';

/** A WebSocket stand-in the test drives by hand: open, receive, drop. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 3;
  static all: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  sent: unknown[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(frame: string): void {
    this.sent.push(JSON.parse(frame));
  }
  close(): void {
    this.drop();
  }
  open(): void {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  receive(msg: unknown): void {
    this.onmessage?.({ data: typeof msg === 'string' ? msg : JSON.stringify(msg) });
  }
  drop(): void {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.();
  }
}

const last = (): FakeSocket => {
  const s = FakeSocket.all.at(-1);
  if (!s) throw new Error('no socket');
  return s;
};

const make = () =>
  createBridgeClient('ws://till/bridge', {
    WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    backoff: { initialMs: 100, maxMs: 1000 },
    random: () => 1,
  });

const ORDER = '01900000-0000-7000-8000-000000000001';

beforeEach(() => {
  FakeSocket.all = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('bridge client', () => {
  it('builds the bridge address from the page location', () => {
    expect(bridgeUrl({ protocol: 'http:', host: '127.0.0.1:5177' })).toBe('ws://127.0.0.1:5177/bridge');
    expect(bridgeUrl({ protocol: 'https:', host: 'till.local' })).toBe('wss://till.local/bridge');
  });

  it('holds requests until the socket opens, then matches replies by id in any order', async () => {
    const api = make();
    expect(api.status()).toBe('connecting');
    const menu = api.query({ type: 'GetMenu' });
    const order = api.query({ type: 'GetOrder', orderId: ORDER });
    expect(last().sent).toEqual([]);
    last().open();
    expect(api.status()).toBe('open');
    expect(last().sent).toEqual([
      { id: 1, kind: 'query', body: { type: 'GetMenu' } },
      { id: 2, kind: 'query', body: { type: 'GetOrder', orderId: ORDER } },
    ]);
    last().receive({ id: 2, ok: false, error: { code: 'NotFound', message: 'no such order' } });
    last().receive({ id: 1, ok: true, result: { currency: 'USD' } });
    await expect(order).resolves.toEqual({ ok: false, error: { code: 'NotFound', message: 'no such order' } });
    await expect(menu).resolves.toEqual({ ok: true, value: { currency: 'USD' } });
  });

  it('turns an error of unknown shape into an Internal one and ignores unreadable frames', async () => {
    const api = make();
    last().open();
    const r = api.query({ type: 'GetMenu' });
    last().receive('not json');
    last().receive({ id: null, ok: false, error: { code: 'Validation', message: 'x' } });
    last().receive({ id: 1, ok: false, error: { code: 'Boom' } });
    await expect(r).resolves.toMatchObject({ ok: false, error: { code: 'Internal' } });
  });

  it('delivers valid pushes to listeners until they unsubscribe', () => {
    const api = make();
    last().open();
    const seen: unknown[] = [];
    const off = api.onPush((p) => seen.push(p));
    const push = { type: 'ViewsChanged', position: 3, streams: ['menu'] };
    last().receive({ push });
    last().receive({ push: { type: 'Nonsense' } });
    off();
    last().receive({ push });
    expect(seen).toEqual([push]);
  });

  it('answers waiting requests "connection lost" when the socket drops, then reconnects with backoff', async () => {
    const api = make();
    const statuses: string[] = [];
    api.onStatus((s) => statuses.push(s));
    last().open();
    const pending = api.command({ type: 'CloseOrder', commandId: ORDER, orderId: ORDER });
    last().drop();
    await expect(pending).resolves.toEqual({ ok: false, error: { code: 'Internal', message: 'connection lost' } });
    expect(api.status()).toBe('closed');

    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(FakeSocket.all).toHaveLength(2);
    last().drop();
    // Second failure: the delay doubles.
    vi.advanceTimersByTime(199);
    expect(FakeSocket.all).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(3);
    last().open();
    expect(statuses).toEqual(['open', 'closed', 'connecting', 'closed', 'connecting', 'open']);
  });

  it('tries at once when a request arrives while waiting to retry', async () => {
    const api = make();
    last().drop();
    expect(FakeSocket.all).toHaveLength(1);
    const r = api.query({ type: 'GetTillInfo' });
    expect(FakeSocket.all).toHaveLength(2);
    last().open();
    expect(last().sent).toEqual([{ id: 1, kind: 'query', body: { type: 'GetTillInfo' } }]);
    last().receive({ id: 1, ok: true, result: { terminal: 'T1' } });
    await expect(r).resolves.toMatchObject({ ok: true });
  });

  it('stops for good on close()', async () => {
    const api = make();
    last().open();
    const r = api.query({ type: 'GetMenu' });
    api.close();
    await expect(r).resolves.toMatchObject({ ok: false, error: { message: 'connection lost' } });
    vi.advanceTimersByTime(10_000);
    expect(FakeSocket.all).toHaveLength(1);
    await expect(api.query({ type: 'GetMenu' })).resolves.toMatchObject({ ok: false });
  });
});

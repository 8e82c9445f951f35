import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { openTill, type Till } from '../../core/open-till';
import { newId, signInAsServer } from '../../core/test-support/fixtures-lite';
import { startBridgeServer, type BridgeServer } from './bridge-server';

let till: Till;
let server: BridgeServer;
let dirs: string[] = [];

beforeAll(async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'docket-bridge-'));
  const staticRoot = await mkdtemp(path.join(tmpdir(), 'docket-static-'));
  dirs = [dataDir, staticRoot];
  await writeFile(path.join(staticRoot, 'index.html'), '<!doctype html><title>Docket</title>');
  till = await openTill({ dataDir });
  await signInAsServer(till);
  server = await startBridgeServer(till, { port: 0, staticRoot });
});

afterAll(async () => {
  await server.close();
  await till.close();
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** A real WebSocket client on loopback that collects replies and pushes. */
async function connect(headers: Record<string, string> = {}) {
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/bridge`, { headers });
  const inbox: Record<string, unknown>[] = [];
  ws.on('message', (m) => inbox.push(JSON.parse(String(m)) as Record<string, unknown>));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const reply = async (predicate: (m: Record<string, unknown>) => boolean) => {
    for (let i = 0; i < 200; i++) {
      const found = inbox.find(predicate);
      if (found) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('no reply');
  };
  return { ws, inbox, reply };
}

async function eventCount(): Promise<number> {
  const r = await till.query({ type: 'GetTillInfo' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.position;
}

describe('the WebSocket bridge', () => {
  it('answers queries and commands, and pushes ViewsChanged after a durable command', async () => {
    const c = await connect();
    c.ws.send(JSON.stringify({ id: 1, kind: 'query', body: { type: 'GetMenu' } }));
    expect(await c.reply((m) => m.id === 1)).toMatchObject({ ok: true, result: { currency: 'USD' } });
    const orderId = newId();
    c.ws.send(JSON.stringify({ id: 2, kind: 'command', body: { type: 'OpenOrder', commandId: newId(), orderId } }));
    expect(await c.reply((m) => m.id === 2)).toMatchObject({ ok: true, result: { duplicate: false } });
    expect(await c.reply((m) => m.push !== undefined)).toMatchObject({ push: { type: 'ViewsChanged', streams: [`order-${orderId}`] } });
    c.ws.close();
  });

  it('gives malformed, oversized and wrongly typed messages a Validation error and changes nothing', async () => {
    const c = await connect();
    const before = await eventCount();
    const orderId = newId();
    const frames: [string, number | null][] = [
      ['{not json', null],
      [JSON.stringify({ id: 10, kind: 'shout', body: {} }), 10],
      [JSON.stringify({ id: 11, kind: 'command' }), 11],
      [JSON.stringify({ id: 12, kind: 'command', body: { type: 'OpenOrder', commandId: newId(), orderId: 42 } }), 12],
      [JSON.stringify({ id: 13, kind: 'command', body: { type: 'OpenOrder', commandId: newId(), orderId, extra: 'x' } }), 13],
      [JSON.stringify({ id: 14, kind: 'command', body: { type: 'DropTables', commandId: newId() } }), 14],
      [JSON.stringify({ id: 15, kind: 'command', body: { type: 'OpenOrder', commandId: newId(), orderId, table: 'x'.repeat(70_000) } }), null],
      [JSON.stringify({ id: 16, kind: 'query', body: { type: 'ListEvents', limit: 10 ** 9 } }), 16],
      [JSON.stringify([1, 2, 3]), null],
    ];
    for (const [frame] of frames) c.ws.send(frame);
    await c.reply(() => c.inbox.length >= frames.length);
    for (const m of c.inbox) expect(m).toMatchObject({ ok: false, error: { code: 'Validation' } });
    expect(c.inbox.map((m) => m.id).sort()).toEqual(frames.map(([, id]) => id).sort());
    expect(await eventCount()).toBe(before);
    c.ws.close();
  });

  it('refuses a connection from another origin', async () => {
    await expect(connect({ Origin: 'http://evil.example' })).rejects.toThrow(/403/);
  });
});

describe('the static server', () => {
  it('serves index.html at / with the CSP, and nothing outside its folder', async () => {
    const root = await fetch(`${server.url}/`);
    expect(root.status).toBe(200);
    expect(root.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await root.text()).toMatch(/<title>Docket<\/title>/);
    const escape = await fetch(`${server.url}/%2e%2e/%2e%2e/etc/passwd`);
    expect(await escape.text()).not.toMatch(/root:/);
  });
});

describe('the printable pages route', () => {
  it('answers 404 for an order that does not exist, and leaves other paths to the files', async () => {
    const missing = await fetch(`${server.url}/receipt/01900000-0000-7000-8000-000000000000`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/no such order/);
    expect((await fetch(`${server.url}/receipt/not-an-id`)).status).toBe(200); // the app's index.html
    const ticket = await fetch(`${server.url}/kitchen-ticket/${encodeURIComponent('void:x')}`);
    expect(ticket.status).toBe(404);
    expect(ticket.headers.get('content-type')).toMatch(/text\/plain/);
  });
});

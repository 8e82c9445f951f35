import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import WebSocket from 'ws';
import type { Reply } from '../../shared/contract/api';
import type { CommandBody, CommandResult } from '../../shared/contract/commands';
import type { Query, QueryResult } from '../../shared/contract/queries';

/**
 * Test setup through the bridge (docs/bridge.md), from Node: what a manager
 * would do on an admin screen (menu, tables, prices) or what a spec needs
 * before its real steps (a shift). The session belongs to the till, not the
 * connection, so `sendAs` signs the given person in and afterwards signs
 * back in whoever was signed in before (demo staff only), or signs out.
 */

export interface StaffLogin {
  name: string;
  pin: string;
}

export const ANA: StaffLogin = { name: 'Ana', pin: '1234' };
export const BEN: StaffLogin = { name: 'Ben', pin: '1111' };
const DEMO_STAFF = [ANA, BEN];

/** Any command without its id (distributive, so each keeps its own fields). */
export type CommandInput = CommandBody;

export const newUuid = (): string => randomUUID();

/** One WebSocket to `docket serve`, request by request. */
export class Bridge {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: Reply<unknown>) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; ok?: boolean; result?: unknown; error?: unknown; push?: unknown };
      if (msg.push || typeof msg.id !== 'number') return;
      const resolve = this.waiting.get(msg.id);
      this.waiting.delete(msg.id);
      resolve?.(msg.ok ? { ok: true, value: msg.result } : ({ ok: false, error: msg.error } as Reply<unknown>));
    });
  }

  /** `target`: the server's base URL, or a page showing the till. */
  static async connect(target: string | Page): Promise<Bridge> {
    const base = typeof target === 'string' ? target : new URL(target.url()).origin;
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/bridge`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new Bridge(ws);
  }

  private ask<T>(kind: 'command' | 'query', body: unknown): Promise<Reply<T>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve as (r: Reply<unknown>) => void);
      this.ws.send(JSON.stringify({ id, kind, body }));
    });
  }

  /** The till's answer as it came, refusals included. */
  tryCommand(body: CommandInput): Promise<Reply<CommandResult>> {
    return this.ask<CommandResult>('command', { ...body, commandId: newUuid() });
  }

  async command(body: CommandInput): Promise<CommandResult> {
    const r = await this.tryCommand(body);
    if (!r.ok) throw new Error(`${body.type} refused: ${r.error.code} ${r.error.message}`);
    return r.value;
  }

  async query<Q extends Query>(query: Q): Promise<QueryResult<Q>> {
    const r = await this.ask<QueryResult<Q>>('query', query);
    if (!r.ok) throw new Error(`${query.type} refused: ${r.error.code} ${r.error.message}`);
    return r.value;
  }

  async signIn(who: StaffLogin): Promise<void> {
    const staff = await this.query({ type: 'ListStaff' });
    const member = staff.find((s) => s.name === who.name);
    if (!member) throw new Error(`no staff member called ${who.name}`);
    await this.command({ type: 'SignIn', staffId: member.staffId, pin: who.pin });
  }

  close(): void {
    this.ws.close();
  }
}

/**
 * Sends commands as `who` (signing them in), then puts the till's session
 * back as it was. Answers each command's result, in order.
 */
export async function sendAs(target: string | Page, who: StaffLogin, ...commands: CommandInput[]): Promise<CommandResult[]> {
  const bridge = await Bridge.connect(target);
  try {
    const before = (await bridge.query({ type: 'GetSession' })).staff;
    if (before?.name !== who.name) await bridge.signIn(who);
    const results: CommandResult[] = [];
    for (const c of commands) results.push(await bridge.command(c));
    if (before?.name !== who.name) {
      const previous = DEMO_STAFF.find((s) => s.name === before?.name);
      if (previous) await bridge.signIn(previous);
      else await bridge.command({ type: 'SignOut' });
    }
    return results;
  } finally {
    bridge.close();
  }
}

/** Runs one query over a short-lived connection. */
export async function queryTill<Q extends Query>(target: string | Page, query: Q): Promise<QueryResult<Q>> {
  const bridge = await Bridge.connect(target);
  try {
    return await bridge.query(query);
  } finally {
    bridge.close();
  }
}

/** Opens a shift with a float (minor units) unless one is open: money is taken only inside a shift. */
export async function ensureShift(target: string | Page, who: StaffLogin = BEN, float = 10_000): Promise<string> {
  const current = await queryTill(target, { type: 'GetCurrentShift' });
  if (current) return current.shiftId;
  const shiftId = newUuid();
  await sendAs(target, who, { type: 'OpenShift', shiftId, float });
  return shiftId;
}

import { createStore } from 'zustand/vanilla';
import type { Reply } from '../../shared/contract/api';
import type { IntegrityCheckView, IntegrityIssueView, IntegrityView } from '../../shared/contract/integrity-queries';
import type { ConnectedApi } from '../client/bridge-client';
import { newId } from '../client/new-id';

export interface IntegrityState {
  view: IntegrityView | null;
  /** A "Verify now" in flight. */
  checking: boolean;
  /** The answer of the last "Verify now" (or its refusal). */
  lastCheck: IntegrityCheckView | null;
  error: string | null;
  load(): Promise<void>;
  checkNow(): Promise<void>;
  /** Answers the refusal's message, or null once acknowledged. Sent through the approval flow (a server is asked for a manager's PIN). */
  acknowledge(issueId: string, note: string): Promise<string | null>;
}

/**
 * While a check runs (the background one, or a manager's "Verify now"), its
 * progress is read again this often: neither sends a push until it finds
 * something, and CheckIntegrity answers only at the end.
 */
const PROGRESS_POLL_MS = 1000;

export const unacknowledged = (view: IntegrityView | null): IntegrityIssueView[] => view?.issues.filter((i) => i.acknowledged === null) ?? [];

/** The till's integrity checks and issues, read with GetIntegrity; the alert banner and the panel share it. */
export function createIntegrityStore(api: ConnectedApi, opts: { pollMs?: number } = {}) {
  const pollMs = opts.pollMs ?? PROGRESS_POLL_MS;
  const store = createStore<IntegrityState>()((set, get) => {
    let seq = 0;
    let poll: ReturnType<typeof setTimeout> | undefined;
    return {
      view: null,
      checking: false,
      lastCheck: null,
      error: null,
      async load() {
        const mine = ++seq;
        const r = await api.query({ type: 'GetIntegrity' });
        if (mine !== seq) return;
        if (!r.ok) return set({ error: r.error.message });
        set({ view: r.value, error: null });
        clearTimeout(poll);
        if (r.value.background?.status === 'running' || get().checking) poll = setTimeout(() => void get().load(), pollMs);
      },
      async checkNow() {
        if (get().checking) return;
        // The last answer steps aside so the panel shows the run's progress (view.manual, read by the poll) meanwhile.
        set({ checking: true, lastCheck: null, error: null });
        const answer = api.query({ type: 'CheckIntegrity' });
        // The core marks the manual run as running when it starts it: read it now, then on every poll while checking.
        void get().load();
        // A transport that throws must not leave the button disabled and the poll running for good.
        const r = await answer.catch((e: unknown): Reply<never> => ({ ok: false, error: { code: 'Internal', message: e instanceof Error ? e.message : String(e) } }));
        set(r.ok ? { checking: false, lastCheck: r.value } : { checking: false, error: r.error.message });
        await get().load();
      },
      async acknowledge(issueId, note) {
        const trimmed = note.trim();
        const r = await api.command({ type: 'AcknowledgeIntegrityIssue', commandId: newId(), issueId, ...(trimmed && { note: trimmed }) });
        await get().load();
        return r.ok ? null : r.error.message;
      },
    };
  });
  api.onPush((push) => {
    if (push.type === 'ViewsChanged' && push.streams.includes('integrity')) void store.getState().load();
  });
  // Pushes sent while the socket was down are lost: read again on every (re)connection.
  api.onStatus((status) => {
    if (status === 'open') void store.getState().load();
  });
  if (api.status() === 'open') void store.getState().load();
  return store;
}

export type IntegrityStore = ReturnType<typeof createIntegrityStore>;

const stores = new WeakMap<ConnectedApi, IntegrityStore>();

/** One integrity store per connection, made on first use: the banner and the panel see the same state. */
export function integrityStoreFor(api: ConnectedApi): IntegrityStore {
  let s = stores.get(api);
  if (!s) {
    s = createIntegrityStore(api);
    stores.set(api, s);
  }
  return s;
}

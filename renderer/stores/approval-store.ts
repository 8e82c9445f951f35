import { createStore } from 'zustand/vanilla';
import type { Reply } from '../../shared/contract/api';
import type { Command, CommandResult } from '../../shared/contract/commands';
import type { ConnectedApi } from '../client/bridge-client';

/** What the approval dialog shows while it waits for a manager's PIN. */
export interface ApprovalRequest {
  /** The till's reason, as it refused the command ("voiding a sent line needs a manager's approval"). */
  reason: string;
  /** The refusal of the last PIN tried (a wrong PIN), if any. */
  error: string | null;
  /** Counts the tries, so the PIN pad starts empty after each one. */
  attempt: number;
  busy: boolean;
}

export interface ApprovalState {
  request: ApprovalRequest | null;
  /** Shows the dialog (or keeps it up with an error) and waits: a PIN, or null when cancelled. */
  ask(reason: string, error: string | null): Promise<string | null>;
  submit(pin: string): void;
  cancel(): void;
  /** Takes the dialog down once the approved command has its answer. */
  finish(): void;
}

export const createApprovalStore = () =>
  createStore<ApprovalState>()((set, get) => {
    let answer: ((pin: string | null) => void) | null = null;
    const reply = (pin: string | null): void => {
      const done = answer;
      answer = null;
      done?.(pin);
    };
    return {
      request: null,
      ask(reason, error) {
        reply(null); // a dialog still waiting for another command is cancelled, never left hanging
        const attempt = (get().request?.attempt ?? 0) + 1;
        set({ request: { reason, error, attempt, busy: false } });
        return new Promise((resolve) => (answer = resolve));
      },
      submit(pin) {
        const r = get().request;
        if (!r || r.busy) return;
        set({ request: { ...r, busy: true } });
        reply(pin);
      },
      cancel() {
        set({ request: null });
        reply(null);
      },
      finish: () => set({ request: null }),
    };
  });

export type ApprovalStore = ReturnType<typeof createApprovalStore>;

/**
 * Sends a command; when the till answers ApprovalRequired, asks for a
 * manager's PIN and sends the same command again (same commandId: a refused
 * command was never recorded) with `approval: { pin }`. A wrong PIN keeps the
 * dialog up with the till's message; cancelling returns the first refusal.
 */
export async function sendWithApproval(
  send: (command: Command) => Promise<Reply<CommandResult>>,
  approvals: ApprovalStore,
  command: Command,
): Promise<Reply<CommandResult>> {
  const first = await send(command);
  if (first.ok || first.error.code !== 'ApprovalRequired') return first;
  let error: string | null = null;
  for (;;) {
    const pin = await approvals.getState().ask(first.error.message, error);
    if (pin === null) return first;
    const again = await send({ ...command, approval: { pin } });
    if (!again.ok && again.error.code === 'Unauthorized') {
      error = again.error.message;
      continue;
    }
    approvals.getState().finish();
    return again;
  }
}

/** The same API with manager approval built into every command: the stores send through this one. */
export function withApproval(api: ConnectedApi, approvals: ApprovalStore): ConnectedApi {
  return {
    command: (command) => sendWithApproval((c) => api.command(c), approvals, command),
    query: (query) => api.query(query),
    onPush: (listener) => api.onPush(listener),
    status: () => api.status(),
    onStatus: (listener) => api.onStatus(listener),
    close: () => api.close(),
  };
}

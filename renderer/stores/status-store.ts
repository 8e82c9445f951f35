import { createStore } from 'zustand/vanilla';
import type { DocketErrorShape } from '../../shared/kernel/errors';

export type StatusKind = 'error' | 'info';

export interface StatusState {
  message: string | null;
  kind: StatusKind;
  /** Bumps on every message, so the same text twice still re-announces. */
  seq: number;
  info(message: string): void;
  error(error: DocketErrorShape | string): void;
  clear(): void;
}

/** The one place the till tells staff what went wrong (or right), in plain words. */
export const createStatusStore = () =>
  createStore<StatusState>()((set) => ({
    message: null,
    kind: 'info',
    seq: 0,
    info: (message) => set((s) => ({ message, kind: 'info', seq: s.seq + 1 })),
    error: (e) => set((s) => ({ message: typeof e === 'string' ? e : e.message, kind: 'error', seq: s.seq + 1 })),
    clear: () => set({ message: null }),
  }));

export type StatusStore = ReturnType<typeof createStatusStore>;

import { createStore } from 'zustand/vanilla';
import type { DocketApi } from '../../shared/contract/api';
import type { SessionView, StaffView } from '../../shared/contract/staff-views';
import { newId } from '../client/new-id';
import type { StatusStore } from './status-store';

export interface SessionState {
  /** Who is signed in at this terminal; null until read, and while nobody is. */
  session: SessionView | null;
  /** The active staff, for the sign-in tiles. */
  staff: StaffView[];
  loaded: boolean;
  load(): Promise<void>;
  /** Sends the PIN to the till, which checks it; answers the refusal's message, or null when signed in. */
  signIn(staffId: string, pin: string): Promise<string | null>;
  signOut(): Promise<void>;
}

/** The terminal's sign-in session. The till decides who is signed in; this store only shows it. */
export const createSessionStore = (api: DocketApi, status: StatusStore) =>
  createStore<SessionState>()((set, get) => {
    let seq = 0;
    return {
      session: null,
      staff: [],
      loaded: false,
      async load() {
        const mine = ++seq;
        const [session, staff] = await Promise.all([api.query({ type: 'GetSession' }), api.query({ type: 'ListStaff' })]);
        if (mine !== seq) return;
        if (!session.ok) return status.getState().error(session.error);
        if (!staff.ok) return status.getState().error(staff.error);
        set({ session: session.value, staff: staff.value, loaded: true });
      },
      async signIn(staffId, pin) {
        const r = await api.command({ type: 'SignIn', commandId: newId(), staffId, pin });
        if (!r.ok) return r.error.message;
        await get().load();
        return null;
      },
      async signOut() {
        const r = await api.command({ type: 'SignOut', commandId: newId() });
        if (!r.ok) status.getState().error(r.error);
        await get().load();
      },
    };
  });

export type SessionStore = ReturnType<typeof createSessionStore>;

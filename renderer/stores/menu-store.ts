import { createStore } from 'zustand/vanilla';
import type { DocketApi } from '../../shared/contract/api';
import type { MenuView } from '../../shared/contract/views';
import type { StatusStore } from './status-store';

export interface MenuState {
  menu: MenuView | null;
  categoryId: string | null;
  load(): Promise<void>;
  selectCategory(categoryId: string): void;
}

export const createMenuStore = (api: DocketApi, status: StatusStore) =>
  createStore<MenuState>()((set, get) => {
    let seq = 0;
    return {
      menu: null,
      categoryId: null,
      async load() {
        const mine = ++seq;
        const r = await api.query({ type: 'GetMenu' });
        // A slower, older answer must not overwrite a newer one.
        if (mine !== seq) return;
        if (!r.ok) return status.getState().error(r.error);
        const menu = r.value;
        const current = get().categoryId;
        const keep = current !== null && menu.categories.some((c) => c.categoryId === current);
        set({ menu, categoryId: keep ? current : (menu.categories[0]?.categoryId ?? null) });
      },
      selectCategory: (categoryId) => set({ categoryId }),
    };
  });

export type MenuStore = ReturnType<typeof createMenuStore>;

import { createStore } from 'zustand/vanilla';
import type { DocketApi } from '../../shared/contract/api';
import type { RestaurantView } from '../../shared/contract/restaurant-commands';
import type { StatusStore } from './status-store';

export interface LocaleState {
  /** The restaurant's details; its `locale` formats amounts and dates, whatever language the screens speak. */
  restaurant: RestaurantView | null;
  load(): Promise<void>;
}

/** The restaurant's details as the till has them (GetRestaurant), re-read when the 'restaurant' stream changes. */
export const createLocaleStore = (api: DocketApi, status: StatusStore) =>
  createStore<LocaleState>()((set) => {
    let seq = 0;
    return {
      restaurant: null,
      async load() {
        const mine = ++seq;
        const r = await api.query({ type: 'GetRestaurant' });
        if (mine !== seq) return;
        if (!r.ok) return status.getState().error(r.error);
        set({ restaurant: r.value });
      },
    };
  });

export type LocaleStore = ReturnType<typeof createLocaleStore>;

/** A BCP 47 tag Intl can use, or null: a bad stored locale must not break every amount on screen. */
export function usableLocale(tag: string | undefined | null): string | null {
  if (!tag) return null;
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : null;
  } catch {
    return null;
  }
}

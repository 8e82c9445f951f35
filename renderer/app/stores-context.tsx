import { createContext, useContext, type ReactNode } from 'react';
import type { TillStores } from '../stores/till-stores';

const StoresContext = createContext<TillStores | null>(null);

/** Hands the stores down; a context rather than module globals so tests can mount a screen with fakes. */
export function StoresProvider({ stores, children }: { stores: TillStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): TillStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores outside <StoresProvider>');
  return stores;
}

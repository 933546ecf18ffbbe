import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { AppStore, AppStoreApi } from './appStore.ts';
import { selectShownDay } from './selectors.ts';

const StoreContext = createContext<AppStoreApi | null>(null);

export function StoreProvider({ store, children }: { store: AppStoreApi; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for actions and for non-React subscribers created in effects. */
export function useAppStoreApi(): AppStoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi must be used inside <StoreProvider>');
  return store;
}

/** Reads the store through a named selector; re-renders only when its result changes. */
export function useApp<T>(selector: (state: AppStore) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** The day shown, its story and the reader's language: what most of the page is drawn from. */
export function useShownDay() {
  return useApp(useShallow(selectShownDay));
}

/**
 * Waiting for the map: the embed bridge tells its host once a map is on screen, and
 * the service worker downloads nothing before, so that it never competes with the
 * first load. The store holds the fact (`mapDrawnBy`); this is how to wait for it.
 */
import type { AppStoreApi } from './appStore.ts';
import { selectMapReady } from './selectors.ts';

/** Calls `then` once a map is ready (at once if it is); the returned function cancels the wait. */
export function onceMapReady(store: AppStoreApi, then: () => void): () => void {
  if (selectMapReady(store.getState())) {
    then();
    return () => {};
  }
  const unsubscribe = store.subscribe(selectMapReady, (ready) => {
    if (!ready) return;
    unsubscribe();
    then();
  });
  return unsubscribe;
}

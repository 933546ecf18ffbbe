/**
 * Installs the offline copy's service worker (sw.js at the build's root, next to
 * assets/) once the map has drawn, so that its precaching never competes with the
 * map's first load (registered at the page's load event, its downloads ran beside
 * those of the map engine's worker and fonts); only where `mayRegisterServiceWorker`
 * allows, and silently: a page without a worker works as before, online.
 */
import type { AppStoreApi } from '../store/appStore.ts';
import { onceMapReady } from '../store/mapReady.ts';
import { mayRegisterServiceWorker } from './mayRegister.ts';

function isFramed(win: Window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    // Reading `top` can only fail across origins: framed.
    return true;
  }
}

/** Registers once `store`'s map is ready; the returned function cancels a registration not yet made. */
export function registerServiceWorker(store: AppStoreApi, win: Window = window): () => void {
  const page = {
    framed: isFramed(win),
    origin: win.origin,
    protocol: win.location.protocol,
    embed: store.getState().embed,
  };
  if (!mayRegisterServiceWorker(page)) return () => {};
  const register = () => {
    try {
      if (!('serviceWorker' in win.navigator)) return;
      // The entry script is in assets/; the worker beside assets/, whatever the page's path.
      const url = new URL('../sw.js', import.meta.url);
      win.navigator.serviceWorker.register(url).catch(() => {
        // No worker (private window, blocked by policy): the map works online as before.
      });
    } catch {
      // Same.
    }
  };
  return onceMapReady(store, register);
}

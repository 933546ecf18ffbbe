/**
 * maplibre (about 290 kB gzip) and our controller arrive as their own chunk, so that
 * the page, the data and the SVG first paint never wait for them. `loadMapEngine` is
 * called as the page starts, in parallel with the data, and again by the map view;
 * both get the same download.
 */
export type MapEngine = typeof import('./MapController.ts');

let engine: Promise<MapEngine> | null = null;
let loaded: MapEngine | null = null;

export function loadMapEngine(): Promise<MapEngine> {
  if (!engine) {
    engine = import('./MapController.ts').then((module) => {
      loaded = module;
      return module;
    });
    // A failed download may be retried (the data's Try again button reloads the page state).
    engine.catch(() => {
      engine = null;
    });
  }
  return engine;
}

/** The engine if it has already arrived (the usual case by the time the data has). */
export function loadedMapEngine(): MapEngine | null {
  return loaded;
}

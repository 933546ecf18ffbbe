/**
 * maplibre (about 290 kB gzip, 1 MB of script to parse) and our controller arrive as
 * their own chunk, fetched only when a reader asks for what only the engine does: a
 * zoom or a pan (mapCamera.ts asks, MapView fetches). Until then, and for a reader who
 * never zooms, the SVG map the build wrote is the map.
 */
export type MapEngine = typeof import('./MapController.ts');

let engine: Promise<MapEngine> | null = null;

export function loadMapEngine(): Promise<MapEngine> {
  if (!engine) {
    engine = import('./MapController.ts');
    // A failed download may be retried (the data's Try again button reloads the page state).
    engine.catch(() => {
      engine = null;
    });
  }
  return engine;
}

/** A reader who asks the browser to save data (Save-Data) keeps the SVG map: it zooms too. */
export function engineAllowed(nav: Navigator | undefined = globalThis.navigator): boolean {
  const connection = (nav as { connection?: { saveData?: boolean } } | undefined)?.connection;
  return connection?.saveData !== true;
}

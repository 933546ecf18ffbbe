/**
 * maplibre 6 is ESM only and loads its worker relative to its own module, which a
 * bundler moves. Point it at the worker file the build emits, on our own origin.
 *
 * Then start the worker at once (`prewarm`), as soon as maplibre's chunk arrives:
 * it downloads and starts while the page draws its SVG first paint, instead of
 * after, when the map is created.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(new URL(workerUrl, import.meta.url).href);
prewarm();

/**
 * maplibre 6 is ESM only and loads its worker relative to its own module, which a
 * bundler moves. Point it at the worker file the build emits, on our own origin.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(new URL(workerUrl, import.meta.url).href);

/**
 * The map engine's worker in the offline copy (one HTML file opened from a USB stick):
 * there is no worker file beside the page, and a `file://` page may not load one, so
 * the worker's source travels inside the page's script and starts from a blob: URL.
 * The offline copy's build puts this module where src/map/worker.ts is imported.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerSource from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';

setWorkerUrl(URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' })));
prewarm();

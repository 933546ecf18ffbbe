/**
 * The one owner of the maplibre map: the only code that calls `map.*`. React creates
 * it once, feeds it what changed, and destroys it; a state change becomes one cheap
 * call here, never a new map, source or layer.
 */
import { AttributionControl, Map as MaplibreMap, NavigationControl } from 'maplibre-gl';
import './worker.ts';
import type { Lang } from '../domain/types.ts';
import { BASEMAP_LABEL_FIELDS, basemapStyle, type FontFiles } from './basemapStyle.ts';

/** Mali's extent with a little air: what "framed to fit Mali" means at any size. */
export const MALI_BOUNDS: [[number, number], [number, number]] = [
  [-12.4, 10.0],
  [4.4, 25.2],
];
/** How far a reader may pan: the basemap extracts' window. */
const MAX_BOUNDS: [[number, number], [number, number]] = [
  [-20, 4],
  [13, 31],
];

export interface MapControllerOptions {
  container: HTMLElement;
  lang: Lang;
  basemapUrl: string;
  fonts: FontFiles;
  attribution: string;
  /** Fired once, after the first complete render (all data loaded and drawn). */
  onReady?: () => void;
  onContextLost?: () => void;
  onContextRestored?: () => void;
  onError?: (message: string) => void;
}

/** Thrown when the browser cannot give maplibre a WebGL context. */
export class WebglUnavailableError extends Error {}

export class MapController {
  private readonly map: MaplibreMap;
  private lang: Lang;
  /** Whether the reader moved the map; until then a resize re-frames Mali. */
  private readerMoved = false;
  private readonly resizeObserver: ResizeObserver;

  constructor(private readonly options: MapControllerOptions) {
    this.lang = options.lang;
    try {
      this.map = new MaplibreMap({
        container: options.container,
        style: basemapStyle({
          dataUrl: options.basemapUrl,
          fonts: options.fonts,
          lang: options.lang,
        }),
        bounds: MALI_BOUNDS,
        fitBoundsOptions: { padding: this.padding() },
        maxBounds: MAX_BOUNDS,
        minZoom: 2.5,
        maxZoom: 10,
        renderWorldCopies: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        attributionControl: false,
        // Symbols appear and vanish at once: a date change must not start a fade.
        fadeDuration: 0,
      });
    } catch (error) {
      throw new WebglUnavailableError(error instanceof Error ? error.message : String(error));
    }
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(
      new AttributionControl({ compact: true, customAttribution: options.attribution }),
      'bottom-right',
    );
    this.map.once('idle', () => options.onReady?.());
    this.map.on('movestart', (event) => {
      if ('originalEvent' in event && event.originalEvent) this.readerMoved = true;
    });
    this.map.on('error', (event) => options.onError?.(event.error?.message ?? 'map error'));
    const canvas = this.map.getCanvas();
    canvas.addEventListener('webglcontextlost', () => options.onContextLost?.());
    canvas.addEventListener('webglcontextrestored', () => options.onContextRestored?.());
    this.resizeObserver = new ResizeObserver(() => this.frameMali());
    this.resizeObserver.observe(options.container);
  }

  /** Padding that keeps Mali clear of the map's controls at any size. */
  private padding(): number {
    const { clientWidth, clientHeight } = this.options.container;
    return Math.max(8, Math.min(48, Math.round(Math.min(clientWidth, clientHeight) * 0.05)));
  }

  /** Fits Mali in the window, unless the reader has moved the map themselves. */
  frameMali(force = false): void {
    if (this.readerMoved && !force) return;
    this.map.resize();
    this.map.fitBounds(MALI_BOUNDS, { padding: this.padding(), animate: false });
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    for (const [id, field] of Object.entries(BASEMAP_LABEL_FIELDS)) {
      this.map.setLayoutProperty(id, 'text-field', field(lang));
    }
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.map.remove();
  }
}

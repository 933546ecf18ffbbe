/**
 * The one owner of the maplibre map: the only code that calls `map.*`. React creates
 * it once, feeds it what changed, and destroys it; a date change becomes a handful of
 * `setFeatureState` calls and icon updates, never a new map, source or layer.
 */
import {
  AttributionControl,
  type GeoJSONSourceSpecification,
  type LayerSpecification,
  Map as MaplibreMap,
  NavigationControl,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './worker.ts';
import type { FeatureCollection, Point } from 'geojson';
import type { FlowBasis, Lang, SiteId, SiteKind, SiteStatus } from '../domain/types.ts';
import { BASEMAP_LABEL_FIELDS, basemapStyle, type FontFiles } from './basemapStyle.ts';
import { curvedLine } from './flowCurves.ts';
import { framePadding, MALI_BOUNDS } from './framing.ts';
import { SiteIcon } from './siteIcons.ts';
import {
  FLOW_DASH_STEPS,
  FLOW_MOTION_LAYER,
  FLOWS_SOURCE,
  HUB_RING_LAYER,
  SELECTED_RING_LAYER,
  SITE_ICON_LAYER,
  SITE_LABEL_LAYER,
  SITES_SOURCE,
  siteIconName,
  siteLabelField,
  siteLayers,
  siteSizes,
} from './siteLayers.ts';
import { SITE_LABEL_ANCHORS } from './symbols.ts';

/** How far a reader may pan: the basemap extracts' window. */
// Wide enough that it never constrains the initial framing, even on a 21:9 screen,
// so that the SVG first paint and the WebGL map agree.
const MAX_BOUNDS: [[number, number], [number, number]] = [
  [-40, -5],
  [32, 40],
];
const FLOW_STEP_MS = 70;
/**
 * How long the flows crawl after a new day is shown (during playback every day renews
 * it); then they rest, drawn still, so that a page left alone does no work.
 */
const FLOW_CRAWL_MS = 5000;
/**
 * How long the decorative motion (pulses, crawling flows) holds still after the reader
 * moves the date. Every frame then goes to showing the new day at once, which matters
 * most where frames are dear (phones, software WebGL); the motion resumes when the
 * slider rests. Playback is not scrubbing: it keeps its motion and cross-fades.
 */
const STILL_AFTER_SCRUB_MS = 500;

export interface MapSite {
  id: SiteId;
  kind: SiteKind;
  name: { fr: string; en: string };
  coordinates: [number, number];
}

export interface MapFlow {
  id: string;
  from: SiteId;
  to: SiteId;
  basis: FlowBasis;
}

/** What the map shows on one day: computed outside, applied here as state. */
export interface MapDayView {
  statuses: Readonly<Record<SiteId, SiteStatus>>;
  handoverToday: ReadonlySet<SiteId>;
  leftWithoutHandover: ReadonlySet<SiteId>;
  activeFlows: ReadonlySet<string>;
  hubs: ReadonlySet<SiteId>;
}

/**
 * Everything the map is asked to show. The controller keeps the latest wish and one
 * `sync` makes maplibre show it: on load, on every change and after a restored context,
 * so a wish made before the map has loaded is neither lost nor applied twice.
 */
export interface MapWanted {
  day: MapDayView;
  selected: SiteId | null;
  lang: Lang;
  /** How much larger than their reading size the sites and names are drawn (presentation mode). */
  typeScale: number;
}

/** What maplibre shows now; `undefined` where it is not known (before load, after a restore). */
type MapShown = { [K in keyof MapWanted]: MapWanted[K] | undefined };

export interface MapControllerOptions {
  container: HTMLElement;
  /** What to show first; the style is built with its language. */
  wanted: MapWanted;
  /** The embedded basemap, already loaded (the SVG first paint drew it too). */
  basemap: FeatureCollection;
  /** An online style to use instead of the embedded basemap (build-time option). */
  onlineStyleUrl?: string;
  fonts: FontFiles;
  attribution: string;
  sites: MapSite[];
  flows: MapFlow[];
  reducedMotion: () => boolean;
  onSiteClick?: (id: SiteId) => void;
  /** Fired once, after the first complete render (all data loaded and drawn). */
  onReady?: () => void;
  /** Fired after each frame that shows a new day (for tests and the benchmark). */
  onDayPainted?: () => void;
  onContextLost?: () => void;
  onContextRestored?: () => void;
}

/** Thrown when the browser cannot give maplibre a WebGL context. */
export class WebglUnavailableError extends Error {}

function sitesCollection(sites: MapSite[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: sites.map((site, index) => ({
      type: 'Feature',
      id: index,
      geometry: { type: 'Point', coordinates: site.coordinates },
      properties: {
        id: site.id,
        kind: site.kind,
        name_fr: site.name.fr,
        name_en: site.name.en,
        anchor: SITE_LABEL_ANCHORS[site.id] ?? 'left',
      },
    })),
  };
}

function flowsCollection(flows: MapFlow[], sites: MapSite[]): FeatureCollection {
  const at = new Map(sites.map((site) => [site.id, site.coordinates]));
  return {
    type: 'FeatureCollection',
    features: flows.flatMap((flow, index) => {
      const from = at.get(flow.from);
      const to = at.get(flow.to);
      if (!from || !to) return [];
      return [
        {
          type: 'Feature' as const,
          id: index,
          geometry: { type: 'LineString' as const, coordinates: curvedLine(from, to) },
          properties: { id: flow.id, basis: flow.basis, from: flow.from, to: flow.to },
        },
      ];
    }),
  };
}

export class MapController {
  private readonly map: MaplibreMap;
  /** Whether the reader moved the map; until then a resize re-frames Mali. */
  private readerMoved = false;
  private readonly resizeObserver: ResizeObserver;
  private readonly icons = new Map<SiteId, SiteIcon>();
  private readonly siteIndex: Map<SiteId, number>;
  private readonly flowIndex: Map<string, number>;
  private wanted: MapWanted;
  private shown: MapShown = {
    day: undefined,
    selected: undefined,
    lang: undefined,
    typeScale: undefined,
  };
  private flowTimer: number | null = null;
  private flowStep = 0;
  /** Until when (performance.now()) the flows crawl. */
  private crawlUntil = 0;
  private dayPending = false;
  /**
   * Set once on 'load'. Not `isStyleLoaded()`: that turns false for a moment whenever
   * a paint property changes (the flows' motion), and a day shown then would be lost.
   */
  private loaded = false;
  private insetLeft = 0;
  /** From a lost context until maplibre has drawn again after its restore. */
  private contextLost = false;
  /** Until when (performance.now()) the decorative motion holds still. */
  private stillUntil = 0;
  private resumeTimer: number | null = null;

  constructor(private readonly options: MapControllerOptions) {
    this.wanted = options.wanted;
    this.siteIndex = new Map(options.sites.map((site, index) => [site.id, index]));
    this.flowIndex = new Map(options.flows.map((flow, index) => [flow.id, index]));
    for (const site of options.sites) {
      this.icons.set(
        site.id,
        new SiteIcon(
          site.kind,
          {
            status: this.wanted.day.statuses[site.id],
            handoverToday: this.wanted.day.handoverToday.has(site.id),
            abandoned: this.wanted.day.leftWithoutHandover.has(site.id),
          },
          this.motionAllowed,
        ),
      );
    }
    try {
      this.map = new MaplibreMap({
        container: options.container,
        style: options.onlineStyleUrl ?? this.offlineStyle(),
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
    this.registerIcons();
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(
      new AttributionControl({ compact: true, customAttribution: options.attribution }),
      'bottom-right',
    );
    // On a phone the credits start folded behind their (i) button, as maplibre folds them
    // after a drag: open, they cover the south of Mali. The Sources panel gives them too.
    if (options.container.clientWidth <= 640) {
      const credits = options.container.querySelector('.maplibregl-ctrl-attrib');
      credits?.classList.remove('maplibregl-compact-show');
      credits?.removeAttribute('open');
    }
    this.map.on('load', () => {
      this.loaded = true;
      if (options.onlineStyleUrl) this.addSiteLayers();
      this.sync(false);
    });
    // "Ready" is the first frame drawn with the style, every source and every tile
    // loaded. Not 'idle': while a site pulses or a flow crawls, the map never idles.
    let ready = false;
    let sitesPainted = false;
    this.map.on('render', () => {
      // For the benchmark: the first frame drawn with the sites' source loaded.
      if (
        !sitesPainted &&
        this.map.getSource(SITES_SOURCE) &&
        this.map.isSourceLoaded(SITES_SOURCE)
      ) {
        sitesPainted = true;
        performance.mark('sites-painted');
      }
      if (!ready && this.map.isStyleLoaded() && this.map.areTilesLoaded()) {
        ready = true;
        this.wake();
        options.onReady?.();
      }
      if (!this.dayPending) return;
      this.dayPending = false;
      options.onDayPainted?.();
    });
    // For the benchmark, which checks that scrubbing reloads nothing: how many times a
    // source has started loading data or a tile, on the container (no global needed).
    let sourceLoads = 0;
    this.map.on('sourcedataloading', () => {
      options.container.dataset.sourceLoads = String(++sourceLoads);
    });
    this.map.on('movestart', (event) => {
      if ('originalEvent' in event && event.originalEvent) this.readerMoved = true;
    });
    this.map.on('click', SITE_ICON_LAYER, (event) => {
      const id = event.features?.[0]?.properties?.id;
      if (typeof id === 'string' && this.siteIndex.has(id as SiteId))
        options.onSiteClick?.(id as SiteId);
    });
    this.map.on('mouseenter', SITE_ICON_LAYER, () => {
      this.map.getCanvas().style.cursor = 'pointer';
    });
    this.map.on('mouseleave', SITE_ICON_LAYER, () => {
      this.map.getCanvas().style.cursor = '';
    });
    const canvas = this.map.getCanvas();
    canvas.addEventListener('webglcontextlost', () => {
      this.contextLost = true;
      this.updateFlowMotion();
      options.onContextLost?.();
    });
    canvas.addEventListener('webglcontextrestored', () => {
      // maplibre rebuilds its GPU state; once it has drawn again, put every site back.
      this.map.once('idle', () => {
        this.contextLost = false;
        this.shown = { ...this.shown, day: undefined, selected: undefined };
        this.sync(false);
        options.container.dataset.restored = String(
          Number(options.container.dataset.restored ?? 0) + 1,
        );
      });
      options.onContextRestored?.();
    });
    this.resizeObserver = new ResizeObserver(() => this.frameMali());
    this.resizeObserver.observe(options.container);
  }

  private sources(): Record<string, GeoJSONSourceSpecification> {
    return {
      [SITES_SOURCE]: { type: 'geojson', data: sitesCollection(this.options.sites) },
      [FLOWS_SOURCE]: {
        type: 'geojson',
        data: flowsCollection(this.options.flows, this.options.sites),
      },
    };
  }

  /** The style with the sites in the wanted language, at their reading size. */
  private offlineStyle(): StyleSpecification {
    const { lang } = this.wanted;
    const style = basemapStyle({ data: this.options.basemap, fonts: this.options.fonts, lang });
    this.shown = { ...this.shown, lang, typeScale: 1 };
    return {
      ...style,
      sources: { ...style.sources, ...this.sources() },
      layers: [...style.layers, ...siteLayers(lang)],
    };
  }

  private addSiteLayers(): void {
    const { lang } = this.wanted;
    for (const [id, source] of Object.entries(this.sources())) this.map.addSource(id, source);
    for (const layer of siteLayers(lang) as LayerSpecification[]) this.map.addLayer(layer);
    this.shown = { ...this.shown, lang, typeScale: 1 };
  }

  private registerIcons(): void {
    for (const [id, icon] of this.icons) {
      this.map.addImage(siteIconName(id), icon, { pixelRatio: 2 });
    }
  }

  private padding(): { top: number; right: number; bottom: number; left: number } {
    const { clientWidth, clientHeight } = this.options.container;
    const base = framePadding(clientWidth - this.insetLeft, clientHeight);
    return { top: base, right: base, bottom: base, left: base + this.insetLeft };
  }

  /**
   * Keeps Mali clear of a panel over the map's left side (presentation mode's
   * caption), and frames it again.
   */
  setInsetLeft(pixels: number): void {
    if (pixels === this.insetLeft) return;
    this.insetLeft = pixels;
    this.frameMali(true);
  }

  /** Fits Mali in the window, unless the reader has moved the map themselves. */
  frameMali(force = false): void {
    if (this.readerMoved && !force) return;
    this.map.resize();
    this.map.fitBounds(MALI_BOUNDS, { padding: this.padding(), animate: false });
    if (force) this.readerMoved = false;
  }

  /** Whether decorative motion may run now (not under reduced motion, not while scrubbing). */
  private readonly motionAllowed = (): boolean =>
    !this.options.reducedMotion() && performance.now() >= this.stillUntil;

  /**
   * Asks for a new state; only what differs from what is shown reaches maplibre.
   * `playing`: a new day came from playback (symbols cross-fade, motion goes on);
   * otherwise the reader moved it, and the next frame shows the new day outright.
   */
  want(change: Partial<MapWanted>, { playing = false }: { playing?: boolean } = {}): void {
    const dayChanged = change.day !== undefined && change.day !== this.wanted.day;
    this.wanted = { ...this.wanted, ...change };
    if (dayChanged) {
      this.crawlUntil = performance.now() + FLOW_CRAWL_MS;
      if (!playing) this.holdStill();
      // During playback, closing sites pulse for as long as it plays.
      else for (const icon of this.icons.values()) icon.pulse();
    }
    this.sync(playing);
  }

  /**
   * Makes maplibre show `wanted`: a no-op before 'load' and while the context is lost
   * (both end with a sync). `fade`: a new day's symbols cross-fade into it.
   */
  private sync(fade: boolean): void {
    if (!this.loaded || this.contextLost) return;
    const { wanted, shown } = this;
    if (wanted.day !== shown.day) {
      this.applyDay(wanted.day, shown.day ?? null, fade);
      this.dayPending = true;
      this.map.triggerRepaint();
    }
    if (wanted.selected !== shown.selected) {
      for (const [id, index] of this.siteIndex) {
        this.map.setFeatureState(
          { source: SITES_SOURCE, id: index },
          { selected: id === wanted.selected },
        );
      }
      this.options.container.dataset.selectedFeatures = this.selectedFeatures().join(' ');
    }
    if (wanted.lang !== shown.lang) {
      if (!this.options.onlineStyleUrl) {
        for (const [id, field] of Object.entries(BASEMAP_LABEL_FIELDS)) {
          this.map.setLayoutProperty(id, 'text-field', field(wanted.lang));
        }
      }
      this.map.setLayoutProperty(SITE_LABEL_LAYER, 'text-field', siteLabelField(wanted.lang));
    }
    // For the tests: the language the map's labels were last set in.
    if (this.options.container.dataset.labelLang !== wanted.lang)
      this.options.container.dataset.labelLang = wanted.lang;
    if (wanted.typeScale !== shown.typeScale) {
      // A layout change, so the symbols are placed again: fine for a change of mode,
      // never done on a date change.
      const sizes = siteSizes(wanted.typeScale);
      this.map.setLayoutProperty(SITE_ICON_LAYER, 'icon-size', sizes.icon);
      this.map.setLayoutProperty(SITE_LABEL_LAYER, 'text-size', sizes.text);
      this.map.setPaintProperty(HUB_RING_LAYER, 'circle-radius', sizes.hubRadius);
      this.map.setPaintProperty(SELECTED_RING_LAYER, 'circle-radius', sizes.selectedRadius);
    }
    this.shown = { ...wanted };
  }

  /** For the tests: the sites maplibre itself holds as selected. */
  private selectedFeatures(): SiteId[] {
    return [...this.siteIndex]
      .filter(([, index]) => this.map.getFeatureState({ source: SITES_SOURCE, id: index }).selected)
      .map(([id]) => id);
  }

  /** Stops the decorative motion for a moment; it resumes by itself. */
  private holdStill(): void {
    this.stillUntil = performance.now() + STILL_AFTER_SCRUB_MS;
    for (const icon of this.icons.values()) icon.settle();
    if (this.resumeTimer !== null) window.clearTimeout(this.resumeTimer);
    this.resumeTimer = window.setTimeout(() => {
      this.resumeTimer = null;
      this.wake();
    }, STILL_AFTER_SCRUB_MS + 20);
  }

  /**
   * The decorative motion's few seconds: closing sites pulse their few cycles and the
   * flows crawl, then both rest (after the first full render, and when the slider rests).
   */
  private wake(): void {
    this.crawlUntil = performance.now() + FLOW_CRAWL_MS;
    for (const icon of this.icons.values()) icon.pulse();
    this.updateFlowMotion();
    this.map.triggerRepaint();
  }

  /** Only what changed since `previous` becomes feature state or an icon update. */
  private applyDay(view: MapDayView, previous: MapDayView | null, fade: boolean): void {
    for (const [id, index] of this.siteIndex) {
      const status = view.statuses[id];
      const handoverToday = view.handoverToday.has(id);
      const abandoned = view.leftWithoutHandover.has(id);
      const hub = view.hubs.has(id);
      if (
        previous &&
        previous.statuses[id] === status &&
        previous.handoverToday.has(id) === handoverToday &&
        previous.leftWithoutHandover.has(id) === abandoned &&
        previous.hubs.has(id) === hub
      ) {
        continue;
      }
      this.icons.get(id)?.setState({ status, handoverToday, abandoned }, fade);
      this.map.setFeatureState({ source: SITES_SOURCE, id: index }, { status, hub });
    }
    for (const [id, index] of this.flowIndex) {
      const active = view.activeFlows.has(id);
      if (previous && previous.activeFlows.has(id) === active) continue;
      this.map.setFeatureState({ source: FLOWS_SOURCE, id: index }, { active });
    }
    this.updateFlowMotion();
  }

  /**
   * The flows crawl toward their hubs for a while after a new day is shown (all along
   * playback), unless motion is reduced; then the timer stops and they rest.
   */
  private updateFlowMotion(): void {
    const wanted =
      this.wanted.day.activeFlows.size > 0 &&
      !this.options.reducedMotion() &&
      !this.contextLost &&
      performance.now() < this.crawlUntil;
    if (wanted && this.flowTimer === null) {
      this.flowTimer = window.setInterval(() => {
        if (performance.now() >= this.crawlUntil) {
          this.updateFlowMotion();
          return;
        }
        // A style being rebuilt (after a lost context) refuses paint changes: skip a step.
        // While the reader scrubs, the flows hold still (see STILL_AFTER_SCRUB_MS).
        if (!this.map.isStyleLoaded() || !this.motionAllowed()) return;
        this.flowStep = (this.flowStep + 1) % FLOW_DASH_STEPS.length;
        this.map.setPaintProperty(
          FLOW_MOTION_LAYER,
          'line-dasharray',
          FLOW_DASH_STEPS[this.flowStep],
        );
      }, FLOW_STEP_MS);
    } else if (!wanted && this.flowTimer !== null) {
      window.clearInterval(this.flowTimer);
      this.flowTimer = null;
    }
  }

  /**
   * The map's canvas, freshly drawn: read it (drawImage, toBlob) in the same task,
   * while its drawing buffer is whole (the map does not keep it: that would slow
   * every frame).
   */
  drawNow(): HTMLCanvasElement {
    this.map.redraw();
    return this.map.getCanvas();
  }

  /**
   * Calls `listener` with the map's canvas after every frame the map draws, while its
   * drawing buffer is whole (for recording the animation); returns the unsubscribe.
   */
  onFrame(listener: (canvas: HTMLCanvasElement) => void): () => void {
    const handler = () => listener(this.map.getCanvas());
    this.map.on('render', handler);
    this.map.triggerRepaint();
    return () => {
      this.map.off('render', handler);
    };
  }

  destroy(): void {
    if (this.flowTimer !== null) window.clearInterval(this.flowTimer);
    if (this.resumeTimer !== null) window.clearTimeout(this.resumeTimer);
    this.resizeObserver.disconnect();
    this.map.remove();
  }
}

/**
 * The one owner of the maplibre map: the only code that calls `map.*`. React creates
 * it once, tells it what it wants shown, and destroys it; a date change becomes a
 * handful of `setFeatureState` calls and icon updates, never a new map, source or layer.
 * The data it draws, the motion, the framing and the test probes are modules of their
 * own, which never touch maplibre.
 */
import {
  AttributionControl,
  type GeoJSONSourceSpecification,
  type LayerSpecification,
  Map as MaplibreMap,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './worker.ts';
import type { FeatureCollection } from 'geojson';
import type { Lang, SiteId } from '../domain/types.ts';
import type { DayView } from '../domain/views.ts';
import { BASEMAP_LABEL_FIELDS, basemapStyle, type FontFiles } from './basemapStyle.ts';
import { controlLabels, maplibreLocale } from './controlTexts.ts';
import { EngineFraming } from './engineFraming.ts';
import type { Inset } from './freeArea.ts';
import { MALI_BOUNDS, PAN_BOUNDS } from './maliFrame.ts';
import type { EngineView } from './mapCamera.ts';
import { FlowMotion, MotionGate } from './motion.ts';
import { MapProbes } from './probes.ts';
import {
  featureIndex,
  flowsCollection,
  type MapFlow,
  type MapSite,
  sitesCollection,
} from './siteFeatures.ts';
import { SiteIcon } from './siteIcons.ts';
import {
  FLOW_MOTION_LAYER,
  FLOWS_SOURCE,
  HUB_RING_LAYER,
  SELECTED_RING_LAYER,
  SITE_SYMBOL_LAYER,
  SITES_SOURCE,
  siteIconName,
  siteLabelField,
  siteLayers,
  siteSizes,
} from './siteLayers.ts';
import type { EngineCamera } from './svgCamera.ts';

export type { MapFlow, MapSite } from './siteFeatures.ts';

/**
 * Everything the map is asked to show. The controller keeps the latest wish and one
 * `sync` makes maplibre show it: on load, on every change and after a restored context,
 * so a wish made before the map has loaded is neither lost nor applied twice.
 */
export interface MapWanted {
  day: DayView;
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
  /**
   * Where the SVG map was when the reader's gesture brought the engine: it starts there
   * (and a resize no longer frames Mali again). Without it, Mali is fitted.
   */
  view?: EngineCamera;
  /** What the page's parts over the map cover: Mali is framed in the rest (freeArea.ts). */
  inset?: Inset;
  /** The embedded basemap, already loaded (the SVG map drew it too). */
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

export class MapController implements EngineView {
  private readonly map: MaplibreMap;
  private readonly probes: MapProbes;
  private readonly framing = new EngineFraming();
  private readonly motion: MotionGate;
  private readonly flowMotion: FlowMotion;
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
  private dayPending = false;
  /**
   * Set once on 'load'. Not `isStyleLoaded()`: that turns false for a moment whenever
   * a paint property changes (the flows' motion), and a day shown then would be lost.
   */
  private loaded = false;
  /** From a lost context until maplibre has drawn again after its restore. */
  private contextLost = false;

  constructor(private readonly options: MapControllerOptions) {
    const { container } = options;
    this.wanted = options.wanted;
    if (options.inset) this.framing.inset = options.inset;
    this.probes = new MapProbes(container);
    this.siteIndex = featureIndex(options.sites);
    this.flowIndex = featureIndex(options.flows);
    this.motion = new MotionGate(options.reducedMotion, () => this.wake());
    this.flowMotion = new FlowMotion((dash) => {
      if (!this.map.isStyleLoaded()) return false;
      this.map.setPaintProperty(FLOW_MOTION_LAYER, 'line-dasharray', dash);
      return true;
    }, this.motion);
    for (const site of options.sites) {
      const state = {
        status: this.wanted.day.statuses[site.id],
        handoverToday: this.wanted.day.handoverToday.has(site.id),
        departure: this.wanted.day.departures.get(site.id) ?? null,
      };
      this.icons.set(site.id, new SiteIcon(site.kind, state, this.motion.allowed));
    }
    try {
      this.map = new MaplibreMap({
        container,
        style: options.onlineStyleUrl ?? this.offlineStyle(),
        ...(options.view ?? { bounds: MALI_BOUNDS, fitBoundsOptions: { padding: this.padding() } }),
        maxBounds: PAN_BOUNDS,
        minZoom: 2.5,
        maxZoom: 10,
        renderWorldCopies: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        attributionControl: false,
        // Its controls speak the page's language; showLang relabels them on a change.
        locale: maplibreLocale(this.wanted.lang),
        // Symbols appear and vanish at once: a date change must not start a fade.
        fadeDuration: 0,
      });
    } catch (error) {
      throw new WebglUnavailableError(error instanceof Error ? error.message : String(error));
    }
    if (options.view) this.framing.readerMoved = true;
    for (const [id, icon] of this.icons) {
      this.map.addImage(siteIconName(id), icon, { pixelRatio: 2 });
    }
    this.addControls();
    this.listen();
  }

  private addControls(): void {
    const { container, attribution } = this.options;
    // The +/− buttons are the page's own (ZoomControls), on the SVG map before the
    // engine and on the engine after it: they reach it through zoomBy and resetView.
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(
      new AttributionControl({ compact: true, customAttribution: attribution }),
      'bottom-right',
    );
    // Its credits are drawn over the map, as the SVG map's are: Mali is framed clear of them.
    container.querySelector('.maplibregl-ctrl-bottom-right')?.setAttribute('data-over-map', '');
    // On a phone the credits start folded behind their (i) button, as maplibre folds them
    // after a drag: open, they cover the south of Mali. The Sources panel gives them too.
    if (container.clientWidth <= 640) {
      const credits = container.querySelector('.maplibregl-ctrl-attrib');
      credits?.classList.remove('maplibregl-compact-show');
      credits?.removeAttribute('open');
    }
  }

  private listen(): void {
    const { options } = this;
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
      if (
        !sitesPainted &&
        this.map.getSource(SITES_SOURCE) &&
        this.map.isSourceLoaded(SITES_SOURCE)
      ) {
        sitesPainted = true;
        this.probes.sitesPainted();
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
    this.map.on('sourcedataloading', () => this.probes.sourceLoading());
    // maplibre follows its container's size itself; Mali is framed again after it does.
    this.map.on('resize', () => this.frameMali());
    // Where the view is, for the tests of what it reaches (probes.ts): when the map has
    // loaded, and once at the end of each move.
    this.map.once('load', () => this.probeMaliBox());
    this.map.on('moveend', () => {
      this.probeMaliBox();
      this.probes.moved();
    });
    this.map.on('movestart', (event) => {
      if ('originalEvent' in event && event.originalEvent) this.framing.readerMoved = true;
    });
    this.map.on('click', SITE_SYMBOL_LAYER, (event) => {
      const id = event.features?.[0]?.properties?.id;
      if (typeof id === 'string' && this.siteIndex.has(id as SiteId))
        options.onSiteClick?.(id as SiteId);
    });
    this.map.on('mouseenter', SITE_SYMBOL_LAYER, () => {
      this.map.getCanvas().style.cursor = 'pointer';
    });
    this.map.on('mouseleave', SITE_SYMBOL_LAYER, () => {
      this.map.getCanvas().style.cursor = '';
    });
    const canvas = this.map.getCanvas();
    canvas.addEventListener('webglcontextlost', () => {
      this.contextLost = true;
      this.flowMotion.stop();
      options.onContextLost?.();
    });
    canvas.addEventListener('webglcontextrestored', () => {
      // maplibre rebuilds its GPU state; once it has drawn again, put every site back.
      this.map.once('idle', () => {
        this.contextLost = false;
        this.shown = { ...this.shown, day: undefined, selected: undefined };
        this.sync(false);
        this.probes.restored();
      });
      options.onContextRestored?.();
    });
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
    this.relabelControls(lang);
    this.shown = { ...this.shown, lang, typeScale: 1 };
  }

  private padding() {
    const { clientWidth, clientHeight } = this.options.container;
    return this.framing.padding(clientWidth, clientHeight);
  }

  /**
   * Frames Mali in the free area the page's parts over the map leave, now unless the
   * reader has moved the map (their view stays; "reset view" frames it there).
   */
  setInset(inset: Inset): void {
    const { left, top, right, bottom } = this.framing.inset;
    if (
      inset.left === left &&
      inset.top === top &&
      inset.right === right &&
      inset.bottom === bottom
    )
      return;
    this.framing.inset = inset;
    this.frameMali();
  }

  /** Fits Mali in the window, unless the reader has moved the map themselves. */
  frameMali(force = false): void {
    if (this.framing.readerMoved && !force) return;
    // Before the move, so that its moveend tells the reset button the view is fitted.
    if (force) this.framing.readerMoved = false;
    this.map.fitBounds(MALI_BOUNDS, { padding: this.padding(), animate: false });
    this.probeMaliBox();
  }

  /** Where Mali's bounds are drawn now, for the tests (probes.ts). */
  private probeMaliBox(): void {
    const [[west, south], [east, north]] = MALI_BOUNDS;
    const northWest = this.map.project([west, north]);
    const southEast = this.map.project([east, south]);
    const { clientWidth, clientHeight } = this.options.container;
    this.probes.framed(clientWidth, clientHeight, [
      northWest.x,
      northWest.y,
      southEast.x,
      southEast.y,
    ]);
  }

  /** Where Mali's bounds are drawn now, relative to the map (CSS px): for the exports. */
  maliBox(): { left: number; top: number; width: number; height: number } {
    const [[west, south], [east, north]] = MALI_BOUNDS;
    const northWest = this.map.project([west, north]);
    const southEast = this.map.project([east, south]);
    return {
      left: northWest.x,
      top: northWest.y,
      width: southEast.x - northWest.x,
      height: southEast.y - northWest.y,
    };
  }

  /** Zooms in (positive) or out by `levels`, about the centre, as the +/− buttons do. */
  zoomBy(levels: number): void {
    this.framing.readerMoved = true;
    this.map.easeTo({ zoom: this.map.getZoom() + levels, duration: 250 });
  }

  /** Mali fitted again: the reset button. */
  resetView(): void {
    this.frameMali(true);
  }

  /** Goes to `view` at once: where the SVG map was when the engine took over. */
  jumpTo(view: EngineCamera): void {
    this.framing.readerMoved = true;
    this.map.jumpTo(view);
    this.probeMaliBox();
  }

  /** Calls `listener` after each move with whether Mali is framed as fitted. */
  onViewChange(listener: (fitted: boolean) => void): () => void {
    const handler = () => listener(!this.framing.readerMoved);
    this.map.on('moveend', handler);
    return () => {
      this.map.off('moveend', handler);
    };
  }

  /**
   * Asks for a new state; only what differs from what is shown reaches maplibre.
   * `playing`: a new day came from playback (symbols cross-fade, motion goes on);
   * otherwise the reader moved it, and the next frame shows the new day outright.
   */
  want(change: Partial<MapWanted>, { playing = false }: { playing?: boolean } = {}): void {
    const dayChanged = change.day !== undefined && change.day !== this.wanted.day;
    this.wanted = { ...this.wanted, ...change };
    if (dayChanged) {
      this.flowMotion.crawl();
      if (!playing) {
        this.motion.holdStill();
        for (const icon of this.icons.values()) icon.settle();
      }
      // During playback, closing sites pulse for as long as it plays.
      else for (const icon of this.icons.values()) icon.pulse();
    }
    this.sync(playing);
  }

  /**
   * The decorative motion's few seconds: closing sites pulse their few cycles and the
   * flows crawl, then both rest (after the first full render, and when the slider rests).
   */
  private wake(): void {
    this.flowMotion.crawl();
    for (const icon of this.icons.values()) icon.pulse();
    this.flowMotion.update(this.flowsMayCrawl());
    this.map.triggerRepaint();
  }

  /** Whether the flows may crawl: any is active, motion is not reduced, the context is there. */
  private flowsMayCrawl(): boolean {
    return (
      this.wanted.day.activeFlows.size > 0 && !this.options.reducedMotion() && !this.contextLost
    );
  }

  /**
   * Makes maplibre show `wanted`: a no-op before 'load' and while the context is lost
   * (both end with a sync). `fade`: a new day's symbols cross-fade into it.
   */
  private sync(fade: boolean): void {
    if (!this.loaded || this.contextLost) return;
    const { wanted, shown } = this;
    if (wanted.day !== shown.day) {
      this.showDay(wanted.day, shown.day ?? null, fade);
      this.dayPending = true;
      this.map.triggerRepaint();
    }
    if (wanted.selected !== shown.selected) this.showSelected(wanted.selected);
    if (wanted.lang !== shown.lang) this.showLang(wanted.lang);
    if (wanted.typeScale !== shown.typeScale) this.showTypeScale(wanted.typeScale);
    this.shown = { ...wanted };
  }

  /** Only what changed since `previous` becomes feature state or an icon update. */
  private showDay(view: DayView, previous: DayView | null, fade: boolean): void {
    for (const [id, index] of this.siteIndex) {
      const status = view.statuses[id];
      const handoverToday = view.handoverToday.has(id);
      const hub = view.hubs.has(id);
      const departure = view.departures.get(id) ?? null;
      if (
        previous &&
        previous.statuses[id] === status &&
        previous.handoverToday.has(id) === handoverToday &&
        (previous.departures.get(id) ?? null) === departure &&
        previous.hubs.has(id) === hub
      ) {
        continue;
      }
      this.icons.get(id)?.setState({ status, handoverToday, departure }, fade);
      this.map.setFeatureState({ source: SITES_SOURCE, id: index }, { status, hub });
    }
    for (const [id, index] of this.flowIndex) {
      const active = view.activeFlows.has(id);
      if (previous && previous.activeFlows.has(id) === active) continue;
      this.map.setFeatureState({ source: FLOWS_SOURCE, id: index }, { active });
    }
    this.flowMotion.update(this.flowsMayCrawl());
  }

  /** Every site, so that no earlier selection survives whatever came before. */
  private showSelected(selected: SiteId | null): void {
    for (const [id, index] of this.siteIndex) {
      this.map.setFeatureState({ source: SITES_SOURCE, id: index }, { selected: id === selected });
    }
    this.probes.selection(
      [...this.siteIndex]
        .filter(
          ([, index]) => this.map.getFeatureState({ source: SITES_SOURCE, id: index }).selected,
        )
        .map(([id]) => id),
    );
  }

  private showLang(lang: Lang): void {
    if (!this.options.onlineStyleUrl) {
      for (const [id, field] of Object.entries(BASEMAP_LABEL_FIELDS)) {
        this.map.setLayoutProperty(id, 'text-field', field(lang));
      }
    }
    this.map.setLayoutProperty(SITE_SYMBOL_LAYER, 'text-field', siteLabelField(lang));
    this.relabelControls(lang);
    this.probes.labels(lang);
  }

  /** maplibre cannot change its `locale` once built: its controls' labels are written here. */
  private relabelControls(lang: Lang): void {
    for (const { selector, label, title } of controlLabels(lang)) {
      for (const element of this.options.container.querySelectorAll(selector)) {
        element.setAttribute('aria-label', label);
        if (title) element.setAttribute('title', label);
      }
    }
  }

  /** A layout change, so the symbols are placed again: fine for a change of mode, never per day. */
  private showTypeScale(scale: number): void {
    const sizes = siteSizes(scale);
    this.map.setLayoutProperty(SITE_SYMBOL_LAYER, 'icon-size', sizes.icon);
    this.map.setLayoutProperty(SITE_SYMBOL_LAYER, 'text-size', sizes.text);
    this.map.setPaintProperty(HUB_RING_LAYER, 'circle-radius', sizes.hubRadius);
    this.map.setPaintProperty(SELECTED_RING_LAYER, 'circle-radius', sizes.selectedRadius);
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

  destroy(): void {
    this.flowMotion.stop();
    this.motion.stop();
    this.map.remove();
  }
}

/**
 * Hosts the map engine, once the reader has asked for it (a zoom or a pan on the SVG
 * map: mapCamera.ts). Until then the SVG map is the map, and this section only says so
 * (the store's `mapDrawnBy`, shown to tests as `data-map-ready`). Asked, it fetches maplibre, creates the MapController at the SVG
 * map's view, then feeds it from the store through subscriptions, so a date change
 * never re-renders this component: it becomes one `want` call on the controller.
 */

import type { FeatureCollection } from 'geojson';
import { useEffectEvent, useLayoutEffect, useRef } from 'react';
import type { SiteId } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import type { AppStoreApi } from '../store/appStore.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import { selectDayView, selectLang, selectMapReady } from '../store/selectors.ts';
import { fontFiles } from './assets.ts';
import type { MapController } from './MapController.ts';
import type { MapCamera } from './mapCamera.ts';
import { loadMapEngine, type MapEngine } from './mapEngine.ts';

const reducedMotionQuery =
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
export const prefersReducedMotion = () => reducedMotionQuery?.matches ?? false;

interface MapViewProps {
  basemap: FeatureCollection;
  /** The reader has zoomed or panned: the engine is fetched and takes over. */
  asked: boolean;
  /** The view the SVG map shows, which the engine starts from and then takes. */
  camera: MapCamera;
  /** WebGL is missing, or maplibre could not be downloaded: the SVG map stays. */
  onWebglUnavailable: (reason: string) => void;
  onContextLost: (lost: boolean) => void;
  /** Where the controller is handed out (exports need the canvas). */
  controllerRef?: { current: MapController | null };
}

/** How much larger the sites and their names are drawn in presentation mode. */
const PRESENTING_TYPE_SCALE = 1.45;
const typeScaleFor = (presenting: boolean) => (presenting ? PRESENTING_TYPE_SCALE : 1);

export function MapView({
  basemap,
  asked,
  camera,
  onWebglUnavailable,
  onContextLost,
  controllerRef,
}: MapViewProps) {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const mapReady = useApp(selectMapReady);
  const containerRef = useRef<HTMLElement>(null);
  // The map lives as long as its store and data: a parent's new callback (a new
  // identity on a re-render) reaches it through these, without tearing the map down.
  const webglUnavailable = useEffectEvent((reason: string) => onWebglUnavailable(reason));
  const contextLost = useEffectEvent((lost: boolean) => onContextLost(lost));

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // The SVG map beside this section is the map: ready once React holds the page.
    if (!store.getState().mapDrawnBy) store.getState().setMapDrawnBy('svg');
    if (!asked) return;
    container.dataset.engine = 'loading';
    let disposed = false;
    let teardown: (() => void) | undefined;
    const mount = (engine: MapEngine) => {
      teardown = mountMap(engine, container, {
        store,
        basemap,
        asked,
        camera,
        onWebglUnavailable: webglUnavailable,
        onContextLost: contextLost,
        controllerRef,
      });
    };
    loadMapEngine().then(
      (arrived) => {
        if (!disposed) mount(arrived);
      },
      (error: unknown) => {
        if (!disposed) webglUnavailable(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      disposed = true;
      teardown?.();
      delete container.dataset.engine;
    };
  }, [store, basemap, asked, camera, controllerRef]);

  return (
    <section
      ref={containerRef}
      className="map"
      aria-label={t(lang, 'map.label')}
      data-map-ready={mapReady ? 'true' : undefined}
    />
  );
}

/** Creates the map in `container` and wires it to the store; returns its teardown. */
function mountMap(
  engine: MapEngine,
  container: HTMLElement,
  {
    store,
    basemap,
    camera,
    onWebglUnavailable,
    onContextLost,
    controllerRef,
  }: MapViewProps & { store: AppStoreApi },
): (() => void) | undefined {
  const { MapController, WebglUnavailableError } = engine;
  const state = store.getState();
  const view = selectDayView(state);
  if (!state.dataset || !view) return undefined;
  let controller: MapController;
  let detachCamera: (() => void) | undefined;
  try {
    controller = new MapController({
      container,
      view: camera.engineView() ?? undefined,
      inset: camera.freeInset() ?? undefined,
      wanted: {
        day: view,
        selected: state.selectedSiteId,
        lang: state.lang,
        typeScale: typeScaleFor(state.presenting),
      },
      basemap,
      onlineStyleUrl: import.meta.env.VITE_BASEMAP_STYLE || undefined,
      fonts: fontFiles(),
      attribution: 'GeoNames (geonames.org), CC BY 4.0',
      sites: state.dataset.sites.map((site) => ({
        id: site.id,
        kind: site.kind,
        name: site.name,
        coordinates: site.coordinates,
      })),
      flows: state.dataset.timeline.flows.map((flow) => ({
        id: flow.id,
        from: flow.from,
        to: flow.to,
        basis: flow.basis,
      })),
      reducedMotion: prefersReducedMotion,
      onSiteClick: (id: SiteId) => store.getState().selectSite(id),
      onReady: () => {
        // The engine has drawn: it takes the view (where the SVG map is now) and the
        // buttons, then the SVG map gives way.
        detachCamera = camera.attachEngine(controller, container);
        container.dataset.engine = 'ready';
        store.getState().setMapDrawnBy('engine');
      },
      onDayPainted: () => {
        container.dataset.paintedDay = store.getState().day;
      },
      onContextLost: () => onContextLost(true),
      onContextRestored: () => onContextLost(false),
    });
  } catch (error) {
    if (error instanceof WebglUnavailableError) {
      onWebglUnavailable(error.message);
      return undefined;
    }
    throw error;
  }
  container.dataset.paintedDay = state.day;
  if (controllerRef) controllerRef.current = controller;
  const unsubscribeDay = store.subscribe(selectDayView, (next) => {
    if (next) controller.want({ day: next }, { playing: store.getState().playing });
  });
  const unsubscribeSelected = store.subscribe(
    (s) => s.selectedSiteId,
    (selected) => controller.want({ selected }),
  );
  const unsubscribeLang = store.subscribe(selectLang, (lang) => controller.want({ lang }));
  // Presenting, the sites and their names are drawn large enough for the back of the
  // room, and Mali is framed afresh: the panel moves it aside (its inset comes from the
  // camera, measured: mapParts.ts).
  const present = (presenting: boolean) => {
    controller.want({ typeScale: typeScaleFor(presenting) });
  };
  present(state.presenting);
  const unsubscribePresenting = store.subscribe(
    (s) => s.presenting,
    (presenting) => {
      present(presenting);
      controller.resetView();
    },
  );
  // A WebGL canvas does not keep its picture between frames, so printing would show
  // a blank map: put a still image of it in place for the print.
  const printImage = document.createElement('img');
  printImage.className = 'print-map';
  printImage.alt = '';
  const beforePrint = () => {
    printImage.src = controller.drawNow().toDataURL('image/png');
    container.append(printImage);
  };
  const afterPrint = () => printImage.remove();
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);
  return () => {
    window.removeEventListener('beforeprint', beforePrint);
    window.removeEventListener('afterprint', afterPrint);
    unsubscribeDay();
    unsubscribeSelected();
    unsubscribeLang();
    unsubscribePresenting();
    detachCamera?.();
    if (controllerRef) controllerRef.current = null;
    controller.destroy();
  };
}

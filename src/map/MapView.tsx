/**
 * Hosts the maplibre map. Creates the MapController once, then feeds it from the
 * store through subscriptions, so a date change never re-renders this component:
 * it becomes one `showDay` call on the controller.
 */

import type { FeatureCollection } from 'geojson';
import { useEffect, useRef } from 'react';
import type { SiteId } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import { selectDayView, selectLang } from '../store/selectors.ts';
import { fontFiles } from './assets.ts';
import { MapController, WebglUnavailableError } from './MapController.ts';

const reducedMotionQuery =
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;
export const prefersReducedMotion = () => reducedMotionQuery?.matches ?? false;

interface MapViewProps {
  basemap: FeatureCollection;
  onReady: () => void;
  onWebglUnavailable: (reason: string) => void;
  onContextLost: (lost: boolean) => void;
  /** Where the controller is handed out (exports need the canvas). */
  controllerRef?: { current: MapController | null };
}

export function MapView({
  basemap,
  onReady,
  onWebglUnavailable,
  onContextLost,
  controllerRef,
}: MapViewProps) {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const containerRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    const state = store.getState();
    const view = selectDayView(state);
    if (!container || !state.dataset || !view) return;
    let controller: MapController;
    try {
      controller = new MapController({
        container,
        lang: state.lang,
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
        initialView: view,
        reducedMotion: prefersReducedMotion,
        onSiteClick: (id: SiteId) => store.getState().selectSite(id),
        onReady: () => {
          container.dataset.mapReady = 'true';
          onReady();
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
        return;
      }
      throw error;
    }
    container.dataset.paintedDay = state.day;
    controller.setSelected(state.selectedSiteId);
    if (controllerRef) controllerRef.current = controller;
    const unsubscribeDay = store.subscribe(selectDayView, (next) => {
      if (next) controller.showDay(next);
    });
    const unsubscribeSelected = store.subscribe(
      (s) => s.selectedSiteId,
      (id) => controller.setSelected(id),
    );
    const unsubscribeLang = store.subscribe(selectLang, (next) => controller.setLang(next));
    // Presenting, the caption panel covers the map's left side: frame Mali beside it.
    const presentInset = (presenting: boolean) =>
      controller.setInsetLeft(
        presenting ? Math.round(Math.min(window.innerWidth * 0.42, 640) + 40) : 0,
      );
    presentInset(state.presenting);
    const unsubscribePresenting = store.subscribe((s) => s.presenting, presentInset);
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
      if (controllerRef) controllerRef.current = null;
      controller.destroy();
    };
  }, [store, basemap, onReady, onWebglUnavailable, onContextLost, controllerRef]);

  return <section ref={containerRef} className="map" aria-label={t(lang, 'map.label')} />;
}

import { useEffect, useRef } from 'react';
import type { Lang } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import { fontFiles, publicUrl } from './assets.ts';
import { MapController, WebglUnavailableError } from './MapController.ts';

interface MapViewProps {
  lang: Lang;
  onWebglUnavailable: () => void;
}

/** Hosts the maplibre map: creates the controller once, then feeds it changes. */
export function MapView({ lang, onWebglUnavailable }: MapViewProps) {
  const containerRef = useRef<HTMLElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  // The language at creation time; later changes go through setLang.
  const initialLang = useRef(lang);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    try {
      const controller = new MapController({
        container,
        lang: initialLang.current,
        basemapUrl: publicUrl('data/basemap.geojson'),
        fonts: fontFiles(),
        attribution: 'GeoNames (geonames.org), CC BY 4.0',
        onReady: () => {
          container.dataset.mapReady = 'true';
        },
      });
      controllerRef.current = controller;
      return () => {
        controller.destroy();
        controllerRef.current = null;
      };
    } catch (error) {
      if (error instanceof WebglUnavailableError) onWebglUnavailable();
      else throw error;
      return undefined;
    }
  }, [onWebglUnavailable]);

  useEffect(() => {
    controllerRef.current?.setLang(lang);
  }, [lang]);

  return <section ref={containerRef} className="map" aria-label={t(lang, 'map.label')} />;
}

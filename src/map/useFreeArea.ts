/**
 * Frames Mali, on the SVG map and on the engine, in the free area the page's parts over
 * the map leave (mapParts.ts), measured once React holds the page and again whenever a
 * part or the map changes size.
 */
import { type RefObject, useLayoutEffect } from 'react';
import { useApp } from '../store/StoreProvider.tsx';
import { selectSites } from '../store/selectors.ts';
import { siteFractions } from './freeArea.ts';
import type { MapCamera } from './mapCamera.ts';
import { watchMapParts } from './mapParts.ts';

export function useFreeArea(area: RefObject<HTMLElement | null>, camera: MapCamera): void {
  const sites = useApp(selectSites);
  useLayoutEffect(() => {
    const element = area.current;
    // The engine's section, there from the start, in the same box as the SVG map.
    const map = element?.querySelector<HTMLElement>(':scope > .map');
    if (!element || !map || sites.length === 0) return;
    const fractions = siteFractions(sites.map((site) => site.coordinates));
    return watchMapParts(element, map, fractions, (inset) => camera.setInset(inset));
  }, [area, camera, sites]);
}

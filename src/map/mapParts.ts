/**
 * Measures the page's parts drawn over the map (every element marked `data-over-map`)
 * and gives the inset that frames Mali clear of them (freeArea.ts). It measures only
 * when a part or the map changes size, or a part comes or goes: a ResizeObserver and a
 * MutationObserver, never a loop; at rest it does nothing.
 */
import { PHONE_LAYOUT } from '../page/phoneLayout.ts';
import {
  freeInset,
  type Inset,
  type MapPart,
  NAMES_ROOM,
  NO_INSET,
  type SiteFraction,
} from './freeArea.ts';

/**
 * How far from a site's centre a part must stay, in CSS px: the hub ring (15 px) drawn
 * 1.45 times larger in presentation mode, and a pixel to spare.
 */
export const SITE_CLEARANCE = 23;

const sameInset = (a: Inset, b: Inset) =>
  a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

/**
 * Watches the parts over `map` (the element the map is drawn in) inside `area` (which
 * holds the map and what is drawn over it; on a phone, the caption under it too) and
 * calls `onInset` with the free area's inset, now and whenever it changes.
 */
export function watchMapParts(
  area: HTMLElement,
  mapElement: HTMLElement,
  sites: readonly SiteFraction[],
  onInset: (inset: Inset) => void,
): () => void {
  let inset: Inset | null = null;
  let watched: Element[] = [];
  const measure = () => {
    const map = mapElement.getBoundingClientRect();
    if (map.width === 0 || map.height === 0) return;
    const parts: MapPart[] = watched.map((element) => {
      const box = element.getBoundingClientRect();
      return {
        beside: element.getAttribute('data-over-map') === 'beside',
        box: {
          left: box.left - map.left,
          top: box.top - map.top,
          right: box.right - map.left,
          bottom: box.bottom - map.top,
        },
      };
    });
    // On phones Mali fills the map's width, and Bamako's name needs the room on the left.
    const least = matchMedia(PHONE_LAYOUT).matches ? NO_INSET : NAMES_ROOM;
    const free = freeInset(map.width, map.height, parts, sites, SITE_CLEARANCE, least);
    // Whole pixels, rounded away from the parts: the CSS and the engine frame alike.
    const next = {
      top: Math.ceil(free.top),
      right: Math.ceil(free.right),
      bottom: Math.ceil(free.bottom),
      left: Math.ceil(free.left),
    };
    if (inset && sameInset(next, inset)) return;
    inset = next;
    onInset(inset);
  };
  const resized = new ResizeObserver(measure);
  /** Observes the parts there are now; true when they changed. */
  const follow = (): boolean => {
    const now = [...area.querySelectorAll('[data-over-map]')];
    if (now.length === watched.length && now.every((element, i) => element === watched[i]))
      return false;
    resized.disconnect();
    resized.observe(mapElement);
    for (const element of now) resized.observe(element);
    watched = now;
    return true;
  };
  // A part that comes or goes (a notice, the presentation panel, the engine's credits):
  // its size is observed from then on, and the first observation measures.
  const added = new MutationObserver(() => {
    follow();
  });
  added.observe(area, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-over-map'],
  });
  follow();
  return () => {
    resized.disconnect();
    added.disconnect();
  };
}

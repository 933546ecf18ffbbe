/**
 * When the map has painted its first full frame (or, without WebGL, the SVG map
 * stands in): what the embed bridge tells a host, and what the offline worker waits
 * for before it downloads anything, so that it never competes with the first load.
 */
export const MAP_READY_SELECTOR = '.map[data-map-ready="true"], [data-problem="no-webgl"]';

/** Resolves once `root` holds a ready map; at once if it already does. */
export function whenMapReady(root: ParentNode & Node): Promise<void> {
  return new Promise((resolve) => {
    if (root.querySelector(MAP_READY_SELECTOR)) {
      resolve();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!root.querySelector(MAP_READY_SELECTOR)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-map-ready', 'data-problem'],
    });
  });
}

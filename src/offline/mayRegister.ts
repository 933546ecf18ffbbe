/**
 * Where the page may install its service worker: only as a page of its own, over
 * http(s), in a real origin. Never in a frame (a host's page must not get a worker
 * it did not ask for, and a frame's worker would be partitioned under the host
 * anyway), never in a sandbox or other opaque origin (where merely reading
 * `navigator.serviceWorker` throws), never from a file.
 */
export interface PageContext {
  /** `window.self !== window.top`. */
  framed: boolean;
  /** `window.origin`: `"null"` in a sandbox without allow-same-origin, and for files. */
  origin: string;
  /** `location.protocol`, e.g. `"https:"`. */
  protocol: string;
  /** `?embed=1`: the embed's page, meant for frames, even when opened on its own. */
  embed: boolean;
}

export function mayRegisterServiceWorker(page: PageContext): boolean {
  if (page.framed || page.embed) return false;
  if (page.origin === 'null') return false;
  return page.protocol === 'https:' || page.protocol === 'http:';
}

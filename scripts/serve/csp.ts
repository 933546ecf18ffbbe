/**
 * The Content Security Policy the build runs under (README, "Hosting"), in its two
 * forms: the header a host sends, and the `<meta>` written into the page for hosts
 * that send none. A `<meta>` policy cannot carry `frame-ancestors` (browsers ignore
 * it there, with a console error), so only the header says who may frame the map.
 */

/** What the page itself needs: its own scripts only, never inline ones. */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // maplibre starts its worker from a blob: URL, or, in an opaque origin (a frame
  // sandboxed without allow-same-origin), from a data: URL of the fetched worker.
  "worker-src 'self' blob: data:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

/** The header: the page's policy, and any site may frame the map. */
export const CSP_HEADER = [...PAGE_DIRECTIVES, 'frame-ancestors *'].join('; ');

/** The `<meta http-equiv>` form: the same policy without what a meta cannot carry. */
export const CSP_META = PAGE_DIRECTIVES.join('; ');

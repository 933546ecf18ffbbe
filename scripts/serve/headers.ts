/**
 * The headers a host should send with each file of the build (README, "Hosting"),
 * as pure functions of the file's path and the chosen encoding, so that they can be
 * tested without a server: long-lived caching for the files whose names carry a
 * hash, revalidation for the rest; CORS so that a sandboxed frame (an opaque origin)
 * may load the module scripts and stylesheets; never `X-Frame-Options`.
 */
import { CSP_HEADER } from './csp.ts';
import type { Encoding } from './encoding.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.webm': 'video/webm',
};

/** Types worth compressing: text, and SVG (which is text). */
export const TEXT_EXTENSIONS = [
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.webmanifest',
  '.csv',
  '.txt',
  '.xml',
  '.svg',
] as const;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Stored, but checked with the server (ETag) before each use. */
export const REVALIDATE = 'no-cache';

const extensionOf = (path: string): string => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
};

export function contentType(path: string): string {
  return TYPES[extensionOf(path)] ?? 'application/octet-stream';
}

export function isText(path: string): boolean {
  return (TEXT_EXTENSIONS as readonly string[]).includes(extensionOf(path));
}

/**
 * A file the bundler named after its content (`assets/index-Kd3slvHV.css`): a new
 * version gets a new name, so the old one may be kept for a year without asking.
 */
export function isHashedAsset(path: string): boolean {
  return /(^|\/)assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/i.test(path);
}

export const cacheControl = (path: string): string =>
  isHashedAsset(path) ? IMMUTABLE : REVALIDATE;

export interface HostingOptions {
  /** Send the Content Security Policy as a header. */
  csp: boolean;
  /** Send `Access-Control-Allow-Origin: *` (off only to test a host that forgets it). */
  cors: boolean;
}

export interface FileToSend {
  /** The file's path inside the build, e.g. `assets/index-Kd3slvHV.css`. */
  path: string;
  /** Which copy is sent. */
  encoding: Encoding;
  /** Whether compressed copies exist, so that the answer depends on Accept-Encoding. */
  negotiated: boolean;
  /** Bytes of the copy sent. */
  length: number;
  etag: string;
}

/** Every header of a 200 (or 304) answer for one file of the build. */
export function fileHeaders(file: FileToSend, options: HostingOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': contentType(file.path),
    'content-length': String(file.length),
    'cache-control': cacheControl(file.path),
    etag: file.etag,
    'x-content-type-options': 'nosniff',
  };
  if (file.encoding !== 'identity') headers['content-encoding'] = file.encoding;
  if (file.negotiated) headers.vary = 'Accept-Encoding';
  if (options.cors) headers['access-control-allow-origin'] = '*';
  if (options.csp) headers['content-security-policy'] = CSP_HEADER;
  return headers;
}

/** A weak validator from the sent copy's size and modification time. */
export const etagFor = (length: number, modifiedMs: number, encoding: Encoding): string =>
  `W/"${length.toString(16)}-${Math.floor(modifiedMs).toString(16)}-${encoding}"`;

/** Whether the browser's copy is still the current one (`If-None-Match`). */
export function isFresh(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag === etag);
}

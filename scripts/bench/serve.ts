/**
 * One origin for both pages, the app under /bench/ and the floor under /bench/floor/,
 * served as a real host serves them, with the types and caching of serve/headers.ts:
 * text compressed (gzip, or the build's own `.br`/`.gz` copies where it wrote them),
 * hashed assets cached.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType, IMMUTABLE, isText, REVALIDATE } from '../serve/headers.ts';
import { DIST_DIR, FLOOR_DIR } from './build.ts';

export const BASE = '/bench/';
export const FLOOR_BASE = `${BASE}floor/`;

export interface BenchServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves both builds on `port` (0: any free port). */
export function serveBoth(port: number): Promise<BenchServer> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [root, base] = url.pathname.startsWith(FLOOR_BASE)
      ? [FLOOR_DIR, FLOOR_BASE]
      : [DIST_DIR, BASE];
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let relative = decodeURIComponent(url.pathname.slice(base.length));
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = {
      'content-type': contentType(file),
      'cache-control': relative.startsWith('assets/') ? IMMUTABLE : REVALIDATE,
    };
    const accepts = String(req.headers['accept-encoding'] ?? '');
    let body: Buffer = readFileSync(file);
    if (isText(file)) {
      headers.vary = 'Accept-Encoding';
      if (/\bbr\b/.test(accepts) && existsSync(`${file}.br`)) {
        body = readFileSync(`${file}.br`);
        headers['content-encoding'] = 'br';
      } else if (/\bgzip\b/.test(accepts)) {
        const ready = existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`) : gzipped.get(file);
        body = ready ?? gzipSync(body, { level: 9 });
        gzipped.set(file, body);
        headers['content-encoding'] = 'gzip';
      }
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      done({
        url: `http://127.0.0.1:${bound}${BASE}`,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}

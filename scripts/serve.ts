/**
 * A small static server for the built map (dist/), the way a web editor's host
 * would serve it: from any sub-path, optionally under the strict Content Security
 * Policy the embed promises. Used by `npm start`, the end-to-end tests and the benchmark.
 *
 *   tsx scripts/serve.ts [--port 4173] [--base /some/sub/path/] [--csp] [--root dist]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy the default build must run under (README, "Embedding"). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "font-src 'self' data:",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.webm': 'video/webm',
};

export interface ServeOptions {
  root?: string;
  /** Sub-path the build is mounted at, with leading and trailing slash. */
  base?: string;
  port?: number;
  host?: string;
  csp?: boolean;
  /** Extra files served at exact paths (a host page for the embed tests). */
  extra?: Record<string, { type: string; body: string }>;
}

export interface RunningServer {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` under `base`; resolves once listening. */
export function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const root = resolve(options.root ?? 'dist');
  const base = options.base ?? '/';
  const host = options.host ?? '127.0.0.1';
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: run "npm run build" first.`);
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const extra = options.extra?.[url.pathname];
    if (extra) {
      res.writeHead(200, { 'content-type': extra.type, 'cache-control': 'no-store' });
      res.end(extra.body);
      return;
    }
    if (url.pathname === base.replace(/\/$/, '')) {
      res.writeHead(301, { location: base + url.search });
      res.end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    let relative = decodeURIComponent(url.pathname.slice(base.length));
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (options.csp) headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        server,
        url: `http://${host}:${port}${base}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function argValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const base = argValue(args, '--base') ?? '/';
  serve({
    root: argValue(args, '--root') ?? 'dist',
    base: base.endsWith('/') ? base : `${base}/`,
    port: Number(argValue(args, '--port') ?? process.env.PORT ?? 4173),
    host: argValue(args, '--host') ?? '127.0.0.1',
    csp: args.includes('--csp'),
  })
    .then(({ url }) => {
      console.log(`The MINUSMA withdrawal map is served at ${url}`);
      console.log('Press Ctrl+C to stop.');
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}

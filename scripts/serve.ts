/**
 * A small static server for the built map (dist/), the way a web editor's host
 * should serve it (README, "Hosting"): from any sub-path, the Brotli or gzip copy the
 * build wrote when the browser takes it, long-lived caching for hashed files, CORS on
 * every file, and optionally the Content Security Policy as a header. Used by
 * `npm start`, `npm run serve`, the end-to-end tests and the benchmark.
 *
 *   tsx scripts/serve.ts [--port 4173] [--base /some/sub/path/] [--csp] [--no-cors] [--root dist]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseEncoding, ENCODING_SUFFIX, type Encoding } from './serve/encoding.ts';
import { etagFor, fileHeaders, type HostingOptions, isFresh } from './serve/headers.ts';

export { CSP_HEADER as STRICT_CSP } from './serve/csp.ts';

/** A page served at an exact path (a host page for the embed tests), with its own headers. */
export interface ExtraPage {
  type: string;
  body: string;
  headers?: Record<string, string>;
}

export interface ServeOptions {
  root?: string;
  /** Sub-path the build is mounted at, with leading and trailing slash. */
  base?: string;
  port?: number;
  host?: string;
  csp?: boolean;
  /** `Access-Control-Allow-Origin: *` on every file (default); false to play a host that forgets it. */
  cors?: boolean;
  extra?: Record<string, ExtraPage>;
}

export interface RunningServer {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** The file to send for `file` and the request's Accept-Encoding: a compressed copy where one exists. */
function pickCopy(file: string, acceptEncoding: string | undefined) {
  const available = new Set<Encoding>(['identity']);
  for (const [encoding, suffix] of Object.entries(ENCODING_SUFFIX)) {
    if (isFile(file + suffix)) available.add(encoding as Encoding);
  }
  const encoding = chooseEncoding(acceptEncoding, available);
  const sent = encoding === 'identity' ? file : file + ENCODING_SUFFIX[encoding];
  return { encoding, sent, negotiated: available.size > 1, stat: statSync(sent) };
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  relative: string,
  hosting: HostingOptions,
): void {
  const file = normalize(join(root, relative));
  if (!file.startsWith(root + sep) || !isFile(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
    return;
  }
  const { encoding, sent, negotiated, stat } = pickCopy(file, req.headers['accept-encoding']);
  const etag = etagFor(stat.size, stat.mtimeMs, encoding);
  const headers = fileHeaders(
    { path: relative, encoding, negotiated, length: stat.size, etag },
    hosting,
  );
  if (isFresh(req.headers['if-none-match'], etag)) {
    delete headers['content-length'];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(sent).pipe(res);
}

/** Serves `root` under `base`; resolves once listening. */
export function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const root = resolve(options.root ?? 'dist');
  const base = options.base ?? '/';
  const host = options.host ?? '127.0.0.1';
  const hosting: HostingOptions = { csp: options.csp ?? false, cors: options.cors ?? true };
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: run "npm run build" first.`);
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const extra = options.extra?.[url.pathname];
    if (extra) {
      res.writeHead(200, {
        'content-type': extra.type,
        'cache-control': 'no-store',
        ...extra.headers,
      });
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
    sendFile(req, res, root, relative, hosting);
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
    cors: !args.includes('--no-cors'),
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

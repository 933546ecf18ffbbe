/**
 * The embed specs' driver: an example host page (e2e/host/) served from another
 * origin, which frames the map and talks to it; the watchers of fixtures.ts, with
 * the host's origin allowed too and CSP violations reported from every frame.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { type ExtraPage, serve } from '../scripts/serve.ts';
import { MapDriver, waitForFirstRender } from './map-driver.ts';

const hostFile = (name: string) => readFileSync(new URL(`./host/${name}`, import.meta.url), 'utf8');

/** Serves the host page from its own port: another origin (and another site) than the map's. */
async function serveHost(): Promise<HostServer> {
  // The server reads this record on each request, so tests can add pages to it.
  const pages: Record<string, ExtraPage> = {
    '/host.html': { type: 'text/html; charset=utf-8', body: hostFile('host.html') },
    // The same page, from a host that isolates its window from popups (COOP).
    '/host-coop.html': {
      type: 'text/html; charset=utf-8',
      body: hostFile('host.html'),
      headers: { 'cross-origin-opener-policy': 'same-origin' },
    },
    '/host.js': { type: 'text/javascript; charset=utf-8', body: hostFile('host.js') },
    '/host.css': { type: 'text/css; charset=utf-8', body: hostFile('host.css') },
  };
  const server = await serve({ root: 'dist', base: '/nothing-here/', extra: pages });
  // localhost, not 127.0.0.1: the host is another site, not only another origin.
  const origin = new URL(server.url).origin.replace('127.0.0.1', 'localhost');
  return {
    origin,
    addPage: (path, html) => {
      pages[path] = { type: 'text/html; charset=utf-8', body: html };
      return `${origin}${path}`;
    },
    close: async () => {
      // Keep-alive connections from the browser would hold close() open.
      server.server.closeAllConnections();
      await server.close();
    },
  };
}

/**
 * The host's server. (A page made up with page.route would not do: Chromium's local
 * network checks block a loopback frame inside a document that came from no address.)
 */
export interface HostServer {
  origin: string;
  /** Serves `html` at `path` on the host's origin; returns its address. */
  addPage: (path: string, html: string) => string;
  close: () => Promise<void>;
}

export type Message = Record<string, unknown>;

/** How the host page frames the map. */
export interface FrameOptions {
  width?: number;
  /** Size the frame to the height the map reports. */
  fit?: boolean;
  /** The frame's sandbox attribute; null for none; the Embed dialog's when left out. */
  sandbox?: string | null;
  loading?: 'lazy' | 'eager';
  /** A WordPress embed secret, put in the frame's address as WordPress does. */
  secret?: string;
  /** The frame starts far below the fold. */
  belowTheFold?: boolean;
  /** The host page sends Cross-Origin-Opener-Policy: same-origin. */
  isolatedHost?: boolean;
  /** The map from another server than the tests' own (one that omits CORS). */
  appUrl?: string;
}

export class HostDriver {
  constructor(
    readonly page: Page,
    readonly hostServer: HostServer,
    readonly appUrl: string,
  ) {}

  get hostOrigin(): string {
    return this.hostServer.origin;
  }

  /** Opens the host page framing the map at `query` (embed=1 is added). */
  async open(query: string, options: FrameOptions = {}): Promise<void> {
    const src = `${options.appUrl ?? this.appUrl}?${query ? `${query}&` : ''}embed=1`;
    const params = new URLSearchParams({ src });
    if (options.width) params.set('width', String(options.width));
    if (options.fit) params.set('fit', '1');
    if (options.sandbox !== undefined) params.set('sandbox', options.sandbox ?? 'none');
    if (options.loading) params.set('loading', options.loading);
    if (options.secret) params.set('secret', options.secret);
    if (options.belowTheFold) params.set('spacer', '1');
    const page = options.isolatedHost ? 'host-coop.html' : 'host.html';
    await this.page.goto(`${this.hostOrigin}/${page}?${params}`);
  }

  /** Opens the host page framing the map at `query`, and waits until the map says it is ready. */
  async openReady(query: string, options: FrameOptions = {}): Promise<void> {
    await this.open(query, options);
    await this.waitForReady();
  }

  /** Waits for the framed map's first full render (see `waitForFirstRender`). */
  async waitForFirstRender(timeout?: number): Promise<void> {
    await waitForFirstRender(this.frame, timeout);
  }

  get frame(): FrameLocator {
    return this.page.frameLocator('iframe');
  }

  get iframe(): Locator {
    return this.page.locator('iframe');
  }

  get date(): Locator {
    return this.frame.locator('.timeline-date');
  }

  row(siteId: string): Locator {
    return this.frame.locator(`.site-list [data-site-id="${siteId}"]`);
  }

  get card(): Locator {
    return this.frame.locator('#site-card');
  }

  /** Sends a message to the frame, as the host page's buttons do. */
  async send(message: unknown): Promise<void> {
    await this.page.evaluate((m) => {
      (window as unknown as { host: { send: (m: unknown) => void } }).host.send(m);
    }, message);
  }

  async messages(): Promise<Message[]> {
    return this.page.evaluate(
      () => (window as unknown as { host: { received: Message[] } }).host.received,
    );
  }

  /** Waits until a received message has every field of `fields`; returns the first such. */
  async waitForMessage(fields: Message, timeout?: number): Promise<Message> {
    let found: Message | undefined;
    await expect
      .poll(
        async () => {
          found = (await this.messages()).find((m) =>
            Object.entries(fields).every(([key, value]) => m[key] === value),
          );
          return found !== undefined;
        },
        { message: `a message with ${JSON.stringify(fields)}`, timeout },
      )
      .toBe(true);
    return found as Message;
  }

  /** The last `minusma:state` received. */
  async lastState(): Promise<Message | undefined> {
    return (await this.messages()).filter((m) => m.type === 'minusma:state').at(-1);
  }

  async waitForReady(): Promise<void> {
    // The first full render with software WebGL, on a busy two-core machine, can take
    // far longer than the default 15 s.
    await this.waitForMessage({ type: 'minusma:ready' }, 60_000);
  }

  /** The text the host page logged (what a person sees). */
  get log(): Locator {
    return this.page.locator('#log');
  }

  /** Every CSP violation reported in any frame so far (see the init script below). */
  async cspViolations(): Promise<string[]> {
    const all: string[] = [];
    for (const frame of this.page.frames()) {
      const found = await frame
        .evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
        .catch(() => []);
      all.push(...found);
    }
    return all;
  }
}

interface EmbedWatchers {
  consoleErrors: string[];
  offOriginRequests: string[];
  /** Another origin the test serves the map from. */
  allowOrigin: (origin: string) => void;
  /** Console error texts (substrings) a test provokes on purpose. */
  allowConsoleErrors: (...patterns: string[]) => void;
}

/** Installed in every frame before its scripts run: records CSP violations, loudly. */
function recordCspViolations(): void {
  const w = window as unknown as { __csp?: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    const text = `${location.origin}: ${event.violatedDirective} blocked ${event.blockedURI}`;
    w.__csp?.push(text);
    console.error(`CSP violation: ${text}`);
  });
}

export const test = base.extend<
  { watchers: EmbedWatchers; host: HostDriver; map: MapDriver },
  { hostServer: HostServer }
>({
  hostServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern.
    async ({}, use) => {
      const server = await serveHost();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  host: async ({ page, baseURL, hostServer }, use) => {
    await use(new HostDriver(page, hostServer, baseURL ?? ''));
  },
  /** The map opened as a page of its own, outside any frame. */
  map: async ({ page }, use) => {
    await use(new MapDriver(page));
  },
  watchers: [
    async ({ page, baseURL, hostServer }, use) => {
      const allowedOrigins = [new URL(baseURL ?? 'http://127.0.0.1').origin, hostServer.origin];
      const allowedErrors: string[] = [];
      const watchers: EmbedWatchers = {
        consoleErrors: [],
        offOriginRequests: [],
        allowOrigin: (origin) => allowedOrigins.push(origin),
        allowConsoleErrors: (...patterns) => allowedErrors.push(...patterns),
      };
      await page.addInitScript(recordCspViolations);
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowedErrors.some((pattern) => text.includes(pattern)))
          watchers.consoleErrors.push(text);
      });
      page.on('pageerror', (error) => watchers.consoleErrors.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (!allowedOrigins.includes(new URL(url).origin)) watchers.offOriginRequests.push(url);
      });
      await use(watchers);
      expect(
        watchers.offOriginRequests,
        'requests to neither the map’s nor the host’s origin',
      ).toEqual([]);
      expect(watchers.consoleErrors, 'console errors, CSP violations included').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

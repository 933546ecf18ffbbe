/**
 * The embed specs' driver: an example host page (e2e/host/) served from another
 * origin, which frames the map and talks to it; the watchers of fixtures.ts, with
 * the host's origin allowed too and CSP violations reported from every frame.
 */
import { readFileSync } from 'node:fs';
import { test as base, expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { serve } from '../scripts/serve.ts';

const hostFile = (name: string) => readFileSync(new URL(`./host/${name}`, import.meta.url), 'utf8');

/** Serves the host page from its own port: another origin (and another site) than the map's. */
async function serveHost(): Promise<HostServer> {
  // The server reads this record on each request, so tests can add pages to it.
  const pages: Record<string, { type: string; body: string }> = {
    '/host.html': { type: 'text/html; charset=utf-8', body: hostFile('host.html') },
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
  async open(query: string, options: { width?: number; fit?: boolean } = {}): Promise<void> {
    const src = `${this.appUrl}?${query ? `${query}&` : ''}embed=1`;
    const params = new URLSearchParams({ src });
    if (options.width) params.set('width', String(options.width));
    if (options.fit) params.set('fit', '1');
    await this.page.goto(`${this.hostOrigin}/host.html?${params}`);
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
  async waitForMessage(fields: Message): Promise<Message> {
    let found: Message | undefined;
    await expect
      .poll(
        async () => {
          found = (await this.messages()).find((m) =>
            Object.entries(fields).every(([key, value]) => m[key] === value),
          );
          return found !== undefined;
        },
        { message: `a message with ${JSON.stringify(fields)}` },
      )
      .toBe(true);
    return found as Message;
  }

  /** The last `minusma:state` received. */
  async lastState(): Promise<Message | undefined> {
    return (await this.messages()).filter((m) => m.type === 'minusma:state').at(-1);
  }

  async waitForReady(): Promise<void> {
    await this.waitForMessage({ type: 'minusma:ready' });
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
  { watchers: EmbedWatchers; host: HostDriver },
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
  watchers: [
    async ({ page, baseURL, hostServer }, use) => {
      const allowedOrigins = [new URL(baseURL ?? 'http://127.0.0.1').origin, hostServer.origin];
      const watchers: EmbedWatchers = { consoleErrors: [], offOriginRequests: [] };
      await page.addInitScript(recordCspViolations);
      page.on('console', (message) => {
        if (message.type() === 'error') watchers.consoleErrors.push(message.text());
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

/**
 * Every frame a CMS makes around the map, against the built app framed by a host page
 * on another site (e2e/host/): a plain frame; WordPress's sandbox (allow-scripts only,
 * an opaque origin) with CORS on the map's files and without; a sandbox with
 * allow-same-origin; a lazy frame below the fold; a host page that isolates itself
 * with Cross-Origin-Opener-Policy. In each the map draws, or, where its scripts may
 * not load, the page still says what it is and links to the full map. None installs
 * a service worker.
 */
import { SUB_PATH } from '../playwright.config.ts';
import { serve } from '../scripts/serve.ts';
import { attachScreenshot } from './attach.ts';
import { expect, type FrameOptions, type HostDriver, test } from './embed-driver.ts';

// The service worker is what these tests look at (it must stay away from a frame).
test.use({ serviceWorkers: 'allow' });

/** The framed map has drawn 12 August 2023, and obeys and answers its host. */
async function expectWorkingMap(host: HostDriver): Promise<void> {
  await host.waitForReady();
  await host.waitForFirstRender();
  await expect(host.frame.locator('.static-map .static-site')).toHaveCount(13);
  await expect(host.frame.locator('[data-problem]')).toHaveCount(0);
  await expect(host.row('ber')).toHaveAttribute('data-status', 'closed');
  await host.send({ type: 'minusma:set-date', date: '2023-10-31' });
  await expect(host.date).toHaveText('31 October 2023');
  await host.waitForMessage({ type: 'minusma:state', date: '2023-10-31' });
}

const drawingFrames: { name: string; options: FrameOptions }[] = [
  { name: 'a plain frame, without sandbox', options: { sandbox: null } },
  {
    name: 'WordPress’s sandbox="allow-scripts" (an opaque origin), the files sent with CORS',
    options: { sandbox: 'allow-scripts' },
  },
  {
    name: 'sandbox="allow-scripts allow-same-origin"',
    options: { sandbox: 'allow-scripts allow-same-origin' },
  },
  {
    name: 'a host page that sends Cross-Origin-Opener-Policy: same-origin',
    options: { isolatedHost: true },
  },
];

test.describe('every frame a CMS makes', () => {
  for (const { name, options } of drawingFrames) {
    test(`${name}: the map draws, talks with its host, and installs no service worker`, async ({
      host,
      page,
    }, testInfo) => {
      await host.open('date=2023-08-12&lang=en', options);
      await expectWorkingMap(host);
      expect(await host.cspViolations()).toEqual([]);
      // The worker registers after the page's load event, long past by now.
      expect(page.context().serviceWorkers()).toEqual([]);
      await attachScreenshot(testInfo, 'framed-map', host.page);
    });
  }

  test('the host page’s Cross-Origin-Opener-Policy is really sent', async ({ host, page }) => {
    // The host page itself, framing nothing: only its headers are looked at.
    const response = await page.goto(`${host.hostOrigin}/host-coop.html?src=about:blank`);
    expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin');
  });

  test('WordPress’s frame: its secret comes back with the height, and its host sizes the frame', async ({
    host,
  }, testInfo) => {
    // Narrow, the stacked page is taller than WordPress's 1000-px ceiling.
    await host.openReady('date=2023-08-12&lang=en', {
      sandbox: 'allow-scripts',
      secret: 'Ab3dE9xYz1',
      width: 360,
    });
    const message = await host.waitForMessage({ message: 'height', secret: 'Ab3dE9xYz1' });
    expect(Object.keys(message).sort()).toEqual(['message', 'secret', 'value']);
    expect(message.value).toBeGreaterThan(1000);
    await expect(host.iframe).toHaveAttribute('height', '1000');
    await attachScreenshot(testInfo, 'wordpress-frame', host.page);
  });

  test('a lazy frame below the fold loads nothing until it is scrolled to, then draws', async ({
    host,
    page,
    baseURL,
  }, testInfo) => {
    const mapOrigin = new URL(baseURL ?? '').origin;
    const mapRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin === mapOrigin) mapRequests.push(request.url());
    });
    await host.open('date=2023-08-12&lang=en', { loading: 'lazy', belowTheFold: true });
    await page.waitForLoadState('load');
    expect(mapRequests).toEqual([]);
    await host.iframe.scrollIntoViewIfNeeded();
    await expectWorkingMap(host);
    await attachScreenshot(testInfo, 'lazy-frame', host.page);
  });
});

test.describe('WordPress’s sandbox on a host that sends no CORS header', () => {
  // The browser refuses the frame its module scripts (an opaque origin, no CORS header),
  // and says so: that is the case. The stylesheet is requested without CORS and loads.
  const framesWithoutScripts: { name: string; path: string; query: string }[] = [
    { name: 'the embed’s page of 12 August 2023', path: 'en/2023-08-12/embed/', query: '' },
    { name: 'the full page with ?embed=1', path: '', query: 'date=2023-08-12&lang=en' },
  ];
  for (const { name, path, query } of framesWithoutScripts)
    test(`${name}: the written map shows, its sites, its title and a way out, without scripts`, async ({
      host,
      watchers,
    }, testInfo) => {
      const noCors = await serve({ root: 'dist', base: SUB_PATH, csp: true, cors: false });
      try {
        watchers.allowOrigin(new URL(noCors.url).origin);
        watchers.allowConsoleErrors('CORS policy', 'net::ERR_FAILED');
        await host.open(query, { sandbox: 'allow-scripts', appUrl: `${noCors.url}${path}` });
        const frame = host.frame;
        await expect(frame.locator('h1')).toBeVisible();
        await expect(frame.locator('h1')).toHaveText(
          'The withdrawal of MINUSMA from Mali, 2023–2024',
        );
        const sites = frame.locator('.static-map .static-site');
        await expect(sites).toHaveCount(13);
        for (const site of await sites.all()) await expect(site).toBeVisible();
        // The scripts really were refused: the app never started, so this is the written page.
        await expect(frame.locator('.maplibregl-map')).toHaveCount(0);
        await expect(frame.locator('#written-app')).toHaveCount(1);
        // The way out: where the scripts cannot take over, the links to the full map come
        // back after a few seconds, over the written map's foot.
        await expect(frame.getByRole('link', { name: 'Open full map ↗' })).toBeVisible();
        await attachScreenshot(testInfo, 'no-cors-frame', host.page);
      } finally {
        noCors.server.closeAllConnections();
        await noCors.close();
      }
    });

  test('the embed’s page of a day shows that day, in the embed’s layout, with no script', async ({
    host,
    watchers,
  }) => {
    const noCors = await serve({ root: 'dist', base: SUB_PATH, csp: true, cors: false });
    try {
      watchers.allowOrigin(new URL(noCors.url).origin);
      watchers.allowConsoleErrors('CORS policy', 'net::ERR_FAILED');
      await host.open('', {
        sandbox: 'allow-scripts',
        appUrl: `${noCors.url}en/2023-08-12/embed/`,
      });
      const frame = host.frame;
      await expect(frame.locator('.timeline-date')).toHaveText('12 August 2023');
      await expect(frame.locator('.static-site[data-site-id="ber"]')).toHaveAttribute(
        'data-status',
        'closed',
      );
      await expect(frame.locator('.intro')).toHaveCount(0);
      await expect(frame.locator('.export-menu')).toBeHidden();
      expect((await frame.locator('h1').boundingBox())?.height ?? 99).toBeLessThan(30);
      const full = frame.getByRole('link', { name: /Open full map/ });
      await expect(full).toBeVisible();
      expect(await full.evaluate((a: HTMLAnchorElement) => a.href)).toBe(
        `${noCors.url}?date=2023-08-12&lang=en&view=plan`,
      );
    } finally {
      noCors.server.closeAllConnections();
      await noCors.close();
    }
  });
});

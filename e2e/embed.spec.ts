/**
 * The map framed by a page on another site (e2e/host/), talking through postMessage,
 * under the strict CSP; and the Embed dialog that gives the snippet to paste.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { attachScreenshot } from './attach.ts';
import { expect, test } from './embed-driver.ts';
import { letFramesPass, type MapDriver, waitForFirstRender } from './map-driver.ts';
import { StaticPageDriver } from './static-driver.ts';

const axeViolations = async (page: Page, include?: string) => {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
};

/** Opens the full page's Embed dialog at `query` and returns the snippet it offers. */
async function snippetFromDialog(map: MapDriver, query: string): Promise<string> {
  const { page } = map;
  // The dialog does not need the map: no wait for it.
  await map.visit(query);
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = page.getByRole('dialog').getByLabel('HTML to paste');
  await expect(code).toHaveValue(/<iframe/);
  return code.inputValue();
}

test.describe('a host page on another site framing the map', () => {
  test('hears that the map is ready, its state, and its height in both forms, with no CSP violation', async ({
    host,
  }) => {
    await host.openReady('date=2023-08-12&lang=en');
    await host.waitForFirstRender();
    expect(await host.waitForMessage({ type: 'minusma:state' })).toEqual({
      type: 'minusma:state',
      date: '2023-08-12',
      playing: false,
      lang: 'en',
      site: null,
      view: 'plan',
    });
    const height = await host.waitForMessage({ type: 'minusma:height' });
    expect(height.height).toBeGreaterThan(300);
    expect(await host.waitForMessage({ sentinel: 'amp', type: 'embed-size' })).toEqual({
      sentinel: 'amp',
      type: 'embed-size',
      height: height.height,
    });
    // The host logs what it received as text.
    await expect(host.log).toContainText('{"type":"minusma:ready"}');
    expect(await host.cspViolations()).toEqual([]);
  });

  test('each command changes the framed map and comes back as its state', async ({ host }) => {
    await host.openReady('date=2023-06-20&lang=en');

    await host.send({ type: 'minusma:set-date', date: '2023-08-12' });
    await expect(host.date).toHaveText('12 August 2023');
    await expect(host.row('ber')).toHaveAttribute('data-status', 'closed');
    await expect(host.row('goundam')).toHaveAttribute('data-status', 'closing');
    await host.waitForMessage({ type: 'minusma:state', date: '2023-08-12' });

    // A date outside the timeline is brought to its nearest end.
    await host.send({ type: 'minusma:set-date', date: '2031-05-05' });
    await expect(host.date).toHaveText('31 December 2024');
    await host.waitForMessage({ type: 'minusma:state', date: '2024-12-31' });

    await host.send({ type: 'minusma:set-lang', lang: 'fr' });
    await expect(host.frame.locator('h1')).toHaveText(
      'Le retrait de la MINUSMA du Mali, 2023–2024',
    );
    await expect(host.date).toHaveText('31 décembre 2024');
    await host.waitForMessage({ type: 'minusma:state', lang: 'fr' });

    await host.send({ type: 'minusma:select-site', site: 'ber' });
    await expect(host.card).toHaveAttribute('data-site-id', 'ber');
    await host.waitForMessage({ type: 'minusma:state', site: 'ber' });

    await host.send({ type: 'minusma:select-site', site: null });
    await expect(host.card).toBeHidden();
    expect(await host.lastState()).toMatchObject({ site: null, lang: 'fr' });

    await host.send({ type: 'minusma:set-date', date: '2023-09-05' });
    await expect(host.date).toHaveText('5 septembre 2023');
    await host.send({ type: 'minusma:play' });
    await host.waitForMessage({ type: 'minusma:state', playing: true });
    await expect(host.frame.locator('.play-button')).toHaveAttribute('aria-pressed', 'true');
    await expect(host.date).not.toHaveText('5 septembre 2023');
    await host.send({ type: 'minusma:pause' });
    await expect(host.frame.locator('.play-button')).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => (await host.lastState())?.playing).toBe(false);
  });

  test('malformed messages, and commands from anyone but the parent, change nothing and never become markup', async ({
    host,
    page,
  }) => {
    await host.openReady('date=2023-08-12&site=ber&lang=en');
    await host.waitForMessage({ type: 'minusma:state' });
    const frame = page.frames().find((f) => f.url().includes('embed=1'));
    if (!frame) throw new Error('the map’s frame is missing');
    const scriptsBefore = await frame.evaluate(() => document.scripts.length);
    const statesBefore = (await host.messages()).filter((m) => m.type === 'minusma:state').length;

    const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const malformed: unknown[] = [
      null,
      'string',
      42,
      [],
      [{ type: 'minusma:play' }],
      {},
      { type: 1 },
      { type: markup },
      { type: 'minusma:explode' },
      { type: 'minusma:play', extra: markup },
      { type: 'minusma:set-date', date: '2023-02-30' },
      { type: 'minusma:set-date', date: `2023-08-20${markup}` },
      { type: 'minusma:set-date', date: 'x'.repeat(10_000) },
      { type: 'minusma:set-date', date: 20230820 },
      { type: 'minusma:set-date' },
      { type: 'minusma:set-lang', lang: 'de' },
      { type: 'minusma:set-lang', lang: markup },
      { type: 'minusma:select-site', site: 'timbuktu' },
      { type: 'minusma:select-site', site: markup },
      { type: 'minusma:select-site' },
      { type: `minusma:play${'x'.repeat(200)}` },
    ];
    for (const message of malformed) await host.send(message);
    // A valid command from the frame itself, not from its parent: ignored too.
    await frame.evaluate(() => window.postMessage({ type: 'minusma:play' }, '*'));
    // Messages arrive in order: once this one is answered, all the above were handled.
    await host.send({ type: 'minusma:set-date', date: '2023-08-13' });
    await host.waitForMessage({ type: 'minusma:state', date: '2023-08-13' });

    const statesAfter = (await host.messages()).filter((m) => m.type === 'minusma:state');
    expect(statesAfter.slice(statesBefore)).toEqual([
      {
        type: 'minusma:state',
        date: '2023-08-13',
        playing: false,
        lang: 'en',
        site: 'ber',
        view: 'plan',
      },
    ]);
    await expect(host.date).toHaveText('13 August 2023');
    await expect(host.card).toHaveAttribute('data-site-id', 'ber');
    expect(await frame.evaluate(() => document.scripts.length)).toBe(scriptsBefore);
    expect(await frame.locator('img[src="x"], [onerror]').count()).toBe(0);
    expect(await frame.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await frame.locator('body').textContent()).not.toContain('onerror');
  });

  for (const width of [320, 1000]) {
    test(`the compact chrome at ${width} px wide: one-line title, no sideways scrolling, the slider in view`, async ({
      host,
      page,
    }, testInfo) => {
      await page.setViewportSize({ width: width + 48, height: 960 });
      await host.openReady('date=2023-12-20&site=ansongo&lang=en', { width });
      const app = host.frame.locator('.app');
      await expect(app).toBeVisible();
      await expect(host.frame.locator('.intro')).toHaveCount(0);
      const title = host.frame.locator('h1');
      const box = await title.boundingBox();
      expect(box?.height ?? 0).toBeLessThan(30);
      const overflow = await app.evaluate(
        (el) =>
          el.ownerDocument.documentElement.scrollWidth -
          el.ownerDocument.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(host.frame.getByRole('slider')).toBeVisible();
      await expect(host.frame.getByRole('link', { name: /Open full map/ })).toBeVisible();
      // The SVG map is the map until a zoom or pan brings the engine: it shows the day.
      await expect(host.frame.locator('.static-map')).toHaveAttribute('data-day', '2023-12-20');
      await attachScreenshot(testInfo, `host-${width}px`, page);
    });
  }
});

test.describe('the two stories in a frame', () => {
  test('a host switches the framed map to what happened and back, and hears the view in the state', async ({
    host,
  }) => {
    await host.openReady('date=2023-11-01&lang=en');
    // The plan of 18 August still had Kidal open on 1 November 2023.
    await expect(host.row('kidal')).toHaveAttribute('data-status', 'open');
    await host.send({ type: 'minusma:set-view', view: 'reported' });
    // MINUSMA left Kidal on 31 October 2023 (its release of that day).
    await expect(host.row('kidal')).toHaveAttribute('data-status', 'closed');
    await host.waitForMessage({ type: 'minusma:state', view: 'reported', date: '2023-11-01' });
    // A malformed view is ignored: the map stays on what happened.
    await host.send({ type: 'minusma:set-view', view: 'truth' });
    await host.send({ type: 'minusma:set-view', view: 'plan' });
    await expect(host.row('kidal')).toHaveAttribute('data-status', 'open');
    await host.waitForMessage({ type: 'minusma:state', view: 'plan', date: '2023-11-01' });
    const states = (await host.messages()).filter((m) => m.type === 'minusma:state');
    expect(states.map((m) => m.view)).not.toContain('truth');
  });
});

test.describe('embed mode and the Embed dialog', () => {
  test('?embed=1 is compact, opens every link outside the frame, and passes axe', async ({
    page,
    map,
  }) => {
    await map.open('date=2023-08-12&site=ber&lang=en&embed=1');
    await expect(page.locator('.intro')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
    const full = page.getByRole('link', { name: /Open full map/ });
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('rel', /noopener/);
    const href = (await full.getAttribute('href')) ?? '';
    expect(href).toContain('/some/sub/path/?date=2023-08-12&site=ber&lang=en');
    expect(href).not.toContain('embed');
    const letter = page.locator('#site-card').getByRole('link', { name: 'Original on undocs.org' });
    await expect(letter.first()).toHaveAttribute('target', '_blank');
    const outside = await page
      .locator('a[href]:not([href^="#"])')
      .evaluateAll((links) => links.filter((a) => a.getAttribute('target') !== '_blank').length);
    expect(outside).toBe(0);
    await expect(page.locator('.skip-link')).not.toHaveAttribute('target', '_blank');
    // The link follows the state.
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(full).not.toHaveAttribute('href', href);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the Embed dialog gives the snippet for the current state, copies it, and passes axe', async ({
    page,
    map,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // The dialog does not need the map: no wait for it.
    await map.visit('date=2023-08-12&site=ber&lang=en');
    const open = page.getByRole('button', { name: 'Embed' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator(':focus')).toHaveCount(1);
    const code = dialog.getByLabel('HTML to paste');
    const snippet = await code.inputValue();
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    );
    expect(snippet).toContain('allow="fullscreen"');
    expect(snippet).toContain(
      'title="Interactive map: the withdrawal of MINUSMA from Mali, 2023–2024"',
    );
    // The embed's own page of 12 August 2023 (an event day): written with that day's map.
    expect(snippet).toMatch(
      /src="http:\/\/127\.0\.0\.1:\d+\/some\/sub\/path\/en\/2023-08-12\/embed\/\?date=2023-08-12&amp;site=ber&amp;lang=en&amp;view=plan"/,
    );
    expect(snippet).toContain("'minusma:height'");
    expect(await axeViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    // In French, the button and the dialog are translated, and so is the frame's title.
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await page.getByRole('button', { name: 'Intégrer' }).click();
    const french = page.getByRole('dialog', { name: 'Intégrer cette carte' });
    await expect(french.getByLabel('Code HTML à coller')).toHaveValue(
      /\/fr\/2023-08-12\/embed\/\?date=2023-08-12&amp;site=ber&amp;lang=fr&amp;view=plan"/,
    );
    await french.getByRole('button', { name: 'Fermer' }).click();
    await expect(french).toBeHidden();
  });

  test('the snippet pasted as is into another site’s page sizes its frame to the content, and it stays put', async ({
    page,
    map,
    host,
  }) => {
    await page.setViewportSize({ width: 420, height: 800 });
    const snippet = await snippetFromDialog(map, 'date=2023-08-12&lang=en');
    const article = host.hostServer.addPage(
      '/article.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head><body><h1>Article</h1>${snippet}<p>After the map.</p></body></html>`,
    );
    // The host page's own address: not one of the map's pages.
    await page.goto(article);
    const frame = page.locator('iframe');
    await host.waitForFirstRender();
    const contentHeight = () =>
      page
        .frameLocator('iframe')
        .locator('.app')
        .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const frameHeight = () => frame.evaluate((el) => el.getBoundingClientRect().height);
    // Narrow, the page stacks map, timeline and panel: much taller than the default 720.
    await expect.poll(frameHeight).toBeGreaterThan(1000);
    await expect
      .poll(async () => Math.abs((await frameHeight()) - (await contentHeight())))
      .toBe(0);
    const settled = await frameHeight();
    // The map reports its height at most once a frame: many frames, no new height.
    await letFramesPass(page, 40);
    expect(await frameHeight()).toBe(settled);
  });
});

test.describe('the embed’s own page, written by the build', () => {
  test('is taken over as written: the same map elements, no layout shift, the embed’s chrome', async ({
    page,
  }) => {
    // Keeps the written map's element before any script of the page runs.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __written: Element | null }).__written =
          document.querySelector('.static-map');
      });
    });
    await page.goto('en/2023-08-12/embed/');
    await waitForFirstRender(page);
    await expect(page.locator('html')).toHaveAttribute('data-embed', '');
    await expect(page.locator('.intro')).toHaveCount(0);
    await expect(page.locator('.export-menu')).toBeHidden();
    await expect(page.locator('.timeline-date')).toHaveText('12 August 2023');
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { __written: Element | null }).__written ===
          document.querySelector('.static-map'),
      ),
      'the map the build wrote is the one on screen, not a new drawing',
    ).toBe(true);
    const shift = await new StaticPageDriver(page).layoutShift();
    expect(shift.sum, shift.moved.join('\n')).toBeLessThan(0.02);
    // The app holds the page: it answers the reader.
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(page.locator('.timeline-date')).toHaveText('13 August 2023');
    const full = page.getByRole('link', { name: /Open full map/ });
    expect(await full.evaluate((a: HTMLAnchorElement) => a.href)).toMatch(
      /\/some\/sub\/path\/\?date=2023-08-13&lang=en&view=plan$/,
    );
    await expect(full).toHaveAttribute('target', '_blank');
  });

  test('in French, on a day without a page of its own, the snippet frames the embed page written in French, and its full-map link opens the app’s French page: neither moves as the app takes it over', async ({
    page,
    map,
  }) => {
    // 10 September 2023 has no event, so no page of its own, in either story.
    await map.visit('date=2023-09-10&lang=fr&view=reported');
    await page.locator('.embed-button').click();
    const code = page.getByRole('dialog').getByLabel('Code HTML à coller');
    await expect(code).toHaveValue(/<iframe/);
    const src = /src="([^"]+)"/.exec(await code.inputValue())?.[1]?.replaceAll('&amp;', '&') ?? '';
    expect(src).toMatch(/\/some\/sub\/path\/fr\/embed\/\?date=2023-09-10&lang=fr&view=reported$/);

    // Before, the English embed/ page turned French: 0.041 at this size, 0.83 before its
    // header stopped wrapping. Written in French, nothing is left to move.
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.goto(src);
    await map.waitForFirstRender();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('.timeline-date')).toHaveText('10 septembre 2023');
    let shift = await new StaticPageDriver(page).layoutShift();
    expect(shift.sum, shift.moved.join('\n')).toBeLessThan(0.02);

    const full = page.getByRole('link', { name: /Ouvrir la carte complète/ });
    const href = await full.evaluate((a: HTMLAnchorElement) => a.href);
    expect(href).toMatch(/\/some\/sub\/path\/fr\/\?date=2023-09-10&lang=fr&view=reported$/);
    // The English root page turned French moved 0.032 at this size: the introduction
    // takes one more line in French.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(href);
    await map.waitForFirstRender();
    await expect(page).toHaveTitle('Le retrait de la MINUSMA du Mali, 2023–2024');
    await expect(page.locator('.timeline-date')).toHaveText('10 septembre 2023');
    shift = await new StaticPageDriver(page).layoutShift();
    expect(shift.sum, shift.moved.join('\n')).toBeLessThan(0.02);
  });

  test('embed/ opens at the address’s state; ?embed=1 on the full page still gives the embed', async ({
    page,
    map,
  }) => {
    await page.goto('embed/?date=2023-10-31&lang=fr&view=reported');
    await waitForFirstRender(page);
    await expect(page.locator('.timeline-date')).toHaveText('31 octobre 2023');
    await expect(
      page.locator('.row-kidal, .site-list [data-site-id="kidal"]').first(),
    ).toHaveAttribute('data-status', 'closed');
    await expect(page.locator('.intro')).toHaveCount(0);
    await map.open('date=2023-08-12&lang=en&embed=1');
    await expect(page.locator('html')).toHaveAttribute('data-embed', '');
    await expect(page.locator('.intro')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open full map/ })).toBeVisible();
  });

  test('each event page’s oEmbed frames that day’s embed page', async ({ page }) => {
    const answer = await page.request.get('en/reported/2023-10-31/oembed.json');
    const html = String((await answer.json()).html);
    expect(html).toContain('src="./embed/?date=2023-10-31&amp;lang=en&amp;view=reported"');
    const embedPage = await page.request.get('en/reported/2023-10-31/embed/');
    expect(embedPage.ok()).toBe(true);
    expect(await embedPage.text()).toContain('data-page-embed="1"');
  });

  test('its accessible summary is the day’s talking points, in the page’s language, and follows the day', async ({
    page,
    host,
    baseURL,
  }) => {
    // 12 August 2023 in the plan: the letter reports Ber handed over that day; Ogossagou
    // had closed on 4 August, so 11 of the 13 sites were not yet closed by the letters,
    // and as reported 12 (Ber was left on the 13th).
    const english =
      '12 August 2023 — Ber handed over; according to the letters, 11 of 13 sites not yet closed; as reported, 12.';
    await page.goto('en/2023-08-12/embed/');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', english);
    await waitForFirstRender(page);
    await expect(page.getByRole('main')).toHaveAccessibleDescription(english);

    await page.goto('fr/2023-08-12/embed/');
    await waitForFirstRender(page);
    const french =
      '12 août 2023 — Ber : camp rétrocédé ; selon les lettres, sites pas encore fermés : 11 sur 13 ; en fait : 12.';
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', french);
    await expect(page.getByRole('main')).toHaveAccessibleDescription(french);

    // Framed by a host that moves the day: the summary follows.
    await host.open('', { appUrl: `${baseURL}en/2023-08-12/embed/` });
    await host.waitForReady();
    await host.send({ type: 'minusma:set-date', date: '2023-08-13' });
    await expect(host.date).toHaveText('13 August 2023');
    await expect(host.frame.getByRole('main')).toHaveAccessibleDescription(/^13 August 2023 — /);
  });
});

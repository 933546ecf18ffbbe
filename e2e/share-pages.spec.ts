/**
 * A page per event day, view and language (`en/2023-08-12/`, `en/reported/2023-10-23/`):
 * its own title, description, link-preview tags and 1200×630 image of that day, its
 * oEmbed answer, the day's map in its HTML, and the app opening on that day (and in
 * that view) from the sub-folder.
 */
import { ABANDONED_STYLE } from '../src/symbols/symbols.ts';
import { attachPng } from './attach.ts';
import { expect, test } from './fixtures.ts';
import { waitForFirstRender } from './map-driver.ts';
import { pngSize } from './pixels.ts';
import { StaticPageDriver } from './static-driver.ts';

/** The status colours of the legend (the closing symbol's amber fill). */
const CLOSING_AMBER = '#e69f00';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an event page is described by its talking points, in its language', async ({ page }) => {
    // 31 October 2023, as reported: Kidal left without a handover a month before its
    // sequence (1 December); 8 of 13 sites left by then; the plan had closed phase one's 4.
    await new StaticPageDriver(page).open('fr/reported/2023-10-31/');
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    const line =
      '31 octobre 2023 — Kidal : camp quitté sans rétrocession, 31 jours avant sa fenêtre prévue ; sites pas encore fermés : 5 sur 13 ; selon le plan : 9.';
    expect(await meta('meta[name="description"]')).toBe(line);
    expect(await meta('meta[property="og:description"]')).toBe(line);
  });

  test('an event page in French has its tags, the day in its HTML, and an image of that day', async ({
    page,
    request,
    reader,
    pixels,
  }, testInfo) => {
    const html = new StaticPageDriver(page);
    await html.open('fr/2023-09-30/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page).toHaveTitle(/30 septembre 2023/);
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    expect(await meta('meta[name="description"]')).toMatch(/\w.{20,}/);
    expect(await meta('meta[property="og:title"]')).toContain('30 septembre 2023');
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(await meta('meta[property="og:locale"]')).toBe('fr_FR');
    const canonical = await page
      .locator('link[rel="canonical"]')
      .evaluate((link) => (link as HTMLLinkElement).href);
    expect(canonical).toBe(new URL('./fr/2023-09-30/', testInfo.project.use.baseURL).href);
    const oembed = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(oembed).toHaveCount(1);

    // The day in the HTML: sequence a (1 September – 30 November) is closing Tessalit;
    // phase one closed Ber by 31 August; Gao stays open.
    await expect(reader.date).toHaveText('30 septembre 2023');
    expect(await html.svgStatuses()).toMatchObject({
      tessalit: 'closing',
      ber: 'closed',
      gao: 'open',
    });
    expect(await reader.statusOf('tessalit')).toBe('closing');

    const imageUrl = await page
      .locator('meta[property="og:image"]')
      .evaluate((tag) => new URL(tag.getAttribute('content') ?? '', document.baseURI).href);
    const image = await request.get(imageUrl);
    expect(image.headers()['content-type']).toBe('image/png');
    const png = await image.body();
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    await attachPng(testInfo, 'preview-fr-2023-09-30', png);
    const before = await request.get('./en/2023-06-16/preview.png');
    const beforePng = await before.body();
    await attachPng(testInfo, 'preview-en-2023-06-16', beforePng);
    // Closing sites are drawn amber: on 30 September three are, on 16 June none is
    // (only the legend's symbol is amber then).
    const during = await pixels.analyseColours(png, { closing: CLOSING_AMBER }, 30);
    const ahead = await pixels.analyseColours(beforePng, { closing: CLOSING_AMBER }, 30);
    expect(ahead.shares.closing).toBeGreaterThan(0);
    expect(during.shares.closing).toBeGreaterThan(3 * (ahead.shares.closing ?? 0));
    expect(during.distinct).toBeGreaterThan(8);
  });
});

test.describe('a page of the reported story, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // As reported (data/reports/): the Mission left Aguelhok on 23 October 2023 and
  // Tessalit on 21 October, both without a handover; Gao was handed over in July 2024.
  test('says it is what happened, in its title and its map, and its image shows the sites left', async ({
    page,
    request,
    pixels,
  }, testInfo) => {
    const html = new StaticPageDriver(page);
    await html.open('en/reported/2023-10-23/');
    await expect(page).toHaveTitle(/23 October 2023 · As it happened/);
    const ogTitle = await page.locator('meta[property="og:title"]').getAttribute('content');
    expect(ogTitle).toContain('As it happened');
    await expect(page.locator('.caption')).toContainText('What happened, as reported');
    expect(await html.svgStatuses()).toMatchObject({
      aguelhok: 'closed',
      tessalit: 'closed',
      gao: 'open',
    });
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(alternates).toContain(
      new URL('./fr/reported/2023-10-23/', testInfo.project.use.baseURL).href,
    );

    const reportedPng = await (await request.get('./en/reported/2023-10-23/preview.png')).body();
    expect(pngSize(reportedPng)).toEqual({ width: 1200, height: 630 });
    await attachPng(testInfo, 'preview-en-reported-2023-10-23', reportedPng);
    const planPng = await (await request.get('./en/2023-09-30/preview.png')).body();
    // The sites left without a handover are crossed in dark red (small glyphs: a few
    // dozen pixels); the plan has none.
    const red = { abandoned: ABANDONED_STYLE.outline };
    const reported = await pixels.analyseColours(reportedPng, red, 20);
    const plan = await pixels.analyseColours(planPng, red, 20);
    expect(reported.shares.abandoned).toBeGreaterThan(2 * (plan.shares.abandoned ?? 0));
    expect(reported.shares.abandoned).toBeGreaterThan(0.00003);
  });
});

test('a page of the reported story opens the app in that view, and leaving it is said in the address', async ({
  page,
  map,
  reader,
}) => {
  // Generous: software WebGL on a shared two-core machine.
  await map.openPage('fr/reported/2023-10-31/', '', 90_000);
  await expect(reader.date).toHaveText('31 octobre 2023');
  await expect(page.getByRole('button', { name: 'Ce qui s’est passé' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await reader.statusOf('kidal')).toBe('closed');
  expect(new URL(page.url()).search).toBe('');
  await page.getByRole('button', { name: 'Intégrer' }).click();
  await expect(page.locator('.embed-page-link a')).toHaveAttribute('href', page.url());
  await expect(page.locator('.embed-dialog textarea')).toHaveValue(/view=reported/);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Le plan' }).click();
  await expect(page).toHaveURL(/\?view=plan$/);
  expect(await reader.statusOf('kidal')).toBe('open');
});

test('an event page opens the app on its day, from its sub-folder, and the Embed dialog links to it', async ({
  page,
  map,
  reader,
}) => {
  await map.openPage('en/2023-12-15/', '', 90_000);
  await expect(reader.date).toHaveText('15 December 2023');
  await reader.waitForPaintedDay('2023-12-15');
  // Sequence b ends on 15 December (Kidal closing to the last day); Tessalit closed in a.
  expect(await reader.statusOf('kidal')).toBe('closing');
  expect(await reader.statusOf('tessalit')).toBe('closed');
  expect(new URL(page.url()).search).toBe('');
  await page.getByRole('button', { name: 'Embed' }).click();
  const link = page.locator('.embed-page-link a');
  await expect(link).toHaveAttribute('href', page.url());
  await page.keyboard.press('Escape');
  // A day with no event of its own has no page to offer.
  await reader.slider.focus();
  await reader.slider.press('ArrowRight');
  await expect(reader.date).toHaveText('16 December 2023');
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.locator('.embed-dialog')).toBeVisible();
  await expect(link).toHaveCount(0);
});

test('the oEmbed answer is valid and its HTML frames the map on that day', async ({
  page,
  request,
}) => {
  const answerUrl = new URL('./en/2023-08-12/oembed.json', test.info().project.use.baseURL).href;
  const response = await request.get(answerUrl);
  expect(response.status()).toBe(200);
  const answer = await response.json();
  expect(answer).toMatchObject({ type: 'rich', version: '1.0' });
  for (const key of ['title', 'provider_name', 'html', 'thumbnail_url'])
    expect(typeof answer[key], key).toBe('string');
  for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
    expect(Number.isInteger(answer[key]), key).toBe(true);
  expect(answer.html).toMatch(/^<iframe [^>]*src="[^"]+"[^>]*><\/iframe>$/);
  const thumbnail = await request.get(new URL(answer.thumbnail_url, answerUrl).href);
  expect(thumbnail.headers()['content-type']).toBe('image/png');

  // A host page of the same origin pastes the HTML (relative addresses resolve
  // against the answer's folder, as SITE_URL-less builds write them). It is a page of
  // its own: pasting into the day's page while its app was taking the page over made
  // React report the page it hydrated as changed under it.
  // (A host page has its favicon: without one the browser asks the origin's root for it.)
  const hostUrl = new URL('./host-page.html', answerUrl).href;
  await page.route(hostUrl, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><link rel="icon" href="data:," />${answer.html}`,
    }),
  );
  await page.goto(hostUrl);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.timeline-date')).toHaveText('12 August 2023');
  await waitForFirstRender(frame, 90_000);
  // Phase one (15 July – 31 August) is closing Goundam.
  await expect(frame.locator('.site-list [data-site-id="goundam"]')).toHaveAttribute(
    'data-status',
    'closing',
  );
});

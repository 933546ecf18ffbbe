/**
 * The map is driven by state changes, not rebuilt: React renders when the state it
 * shows changes (a day, a selection), never per animation frame, and a date change
 * reaches the map as feature state, with no source reloaded and no map re-created.
 */

import { attachScreenshot } from './attach.ts';
import { expect, test } from './fixtures.ts';

declare global {
  interface Window {
    reactCommits: number;
    glDraws: number;
  }
}

test.describe('driven by state, not rebuilt', () => {
  test.use({ reducedMotion: 'no-preference' });
  test.beforeEach(async ({ page }) => {
    // React calls a devtools hook on every commit, in production builds too: count them.
    await page.addInitScript(() => {
      window.reactCommits = 0;
      Object.assign(window, {
        __REACT_DEVTOOLS_GLOBAL_HOOK__: {
          supportsFiber: true,
          renderers: new Map(),
          inject: () => 1,
          onCommitFiberRoot: () => {
            window.reactCommits++;
          },
          onCommitFiberUnmount: () => {},
          onPostCommitFiberRoot: () => {},
          checkDCE: () => {},
        },
      });
    });
  });

  // One engine for both: its first frames cost seconds of software WebGL. The motion is
  // measured first, on the first render's own pulse and flows; the date changes after it.
  test('while the map animates React renders nothing, and a date change is feature state: no source reloads, the same map and canvas', async ({
    map,
    reader,
    page,
  }) => {
    // Every WebGL draw call counted: the map's own frames, whatever a screenshot can catch
    // of them (on software WebGL a screenshot of a moving canvas can take seconds).
    await page.addInitScript(() => {
      window.glDraws = 0;
      const prototype = WebGL2RenderingContext.prototype;
      const drawElements = prototype.drawElements;
      prototype.drawElements = function (...args: Parameters<typeof drawElements>) {
        window.glDraws++;
        return drawElements.apply(this, args);
      };
    });
    // Sequence c: Ansongo pulses for a few cycles after the first full render, and its
    // flow to Gao crawls. React's commit for that render takes the SVG first paint away.
    await map.openWithEngine('date=2023-12-20');
    await expect(page.locator('.static-map')).toHaveCount(0);
    const commitsBefore = await page.evaluate(() => window.reactCommits);
    // The measure itself: the map's frames as they come, through the whole of its motion
    // (the pulse's few cycles, the flows' few seconds), until it rests: thirty animation
    // frames in a row without a draw call. Measured to the motion's end, not over a fixed
    // time, so that a busy machine's few slow frames are all counted.
    const framesDrawn = await page.evaluate(async () => {
      let frames = 0;
      let framesAtRest = 0;
      let draws = window.glDraws;
      const giveUp = performance.now() + 30_000;
      while (!(frames > 0 && framesAtRest >= 30) && performance.now() < giveUp) {
        await new Promise((done) => requestAnimationFrame(done));
        if (window.glDraws > draws) {
          frames++;
          framesAtRest = 0;
        } else framesAtRest++;
        draws = window.glDraws;
      }
      return frames;
    });
    // The map drew frames of its motion meanwhile (on a quiet machine dozens; on a busy one
    // with software WebGL, a few)…
    expect(framesDrawn, 'frames the map drew while it animated').toBeGreaterThanOrEqual(3);
    // …and React committed nothing.
    expect(await page.evaluate(() => window.reactCommits)).toBe(commitsBefore);

    // A date change is feature state: from here, five moves of the slider's keys, each
    // drawn, with no source reloaded and the same canvas.
    const loads = () => map.container.getAttribute('data-source-loads');
    const before = await loads();
    await page.evaluate(() => {
      const canvas = document.querySelector('.map canvas') as HTMLCanvasElement & { tag?: string };
      canvas.tag = 'first';
    });
    await reader.slider.focus();
    for (const key of ['PageDown', 'PageDown', 'End', 'Home', 'PageDown']) {
      const shown = (await map.container.getAttribute('data-painted-day')) ?? '';
      await reader.slider.press(key);
      await expect(map.container).not.toHaveAttribute('data-painted-day', shown);
    }
    await reader.waitForPaintedDay('2023-06-21');
    expect(await loads()).toBe(before);
    expect(
      await page.evaluate(
        () => (document.querySelector('.map canvas') as HTMLCanvasElement & { tag?: string }).tag,
      ),
    ).toBe('first');
    expect(await page.locator('.map canvas').count()).toBe(1);
  });

  test('during playback React renders once per day shown, not per frame', async ({ map, page }) => {
    await map.open('date=2023-07-10');
    await page.locator('.play-button').click();
    // The measure itself: playback frame by frame, until the date shown has changed four
    // times: counted in days shown, not in seconds, so a busy machine cannot shorten it.
    const trace = await page.evaluate(async () => {
      const date = document.querySelector('.timeline-date');
      const frames: { commits: number; day: string | null }[] = [];
      const giveUp = performance.now() + 30_000;
      let commits = window.reactCommits;
      let dayChanges = 0;
      while (dayChanges < 4 && performance.now() < giveUp) {
        await new Promise((done) => requestAnimationFrame(done));
        const day = date?.textContent ?? null;
        if (frames.length > 0 && frames[frames.length - 1]?.day !== day) dayChanges++;
        frames.push({ commits: window.reactCommits - commits, day });
        commits = window.reactCommits;
      }
      return frames;
    });
    await page.locator('.play-button').click();
    const dayChanges = trace.filter((frame, i) => i > 0 && frame.day !== trace[i - 1]?.day);
    const commitsWithoutNewDay = trace.filter(
      (frame, i) => i > 0 && frame.commits > 0 && frame.day === trace[i - 1]?.day,
    );
    const commits = trace.reduce((total, frame) => total + frame.commits, 0);
    expect(dayChanges.length).toBe(4);
    expect(commitsWithoutNewDay.length).toBeLessThanOrEqual(1);
    // Every new day is one commit (which also shows the counting hook works)…
    expect(commits).toBeGreaterThanOrEqual(dayChanges.length);
    // …and frames with no new day commit nothing.
    expect(commits).toBeLessThanOrEqual(dayChanges.length + 2);
  });
});

test.describe("the map's wanted state", () => {
  // One engine, held back, for three things that happen before it is up: the SVG map
  // stays the map; what the reader chooses meanwhile is drawn once, as chosen; and the
  // engine's own controls come in the language chosen.
  test('while the engine is slow to come the SVG map stays; a selection and a language chosen meanwhile are drawn once, as chosen, in the engine too', async ({
    map,
    page,
    reader,
  }, testInfo) => {
    const release = await map.holdWorker();
    await map.visit('date=2023-08-20&site=ber&lang=en');
    // The first paint: the SVG map draws the sites by status.
    const svgBer = page.locator('.static-map [data-site-id="ber"]');
    await expect(svgBer).toHaveAttribute('data-status', 'closed');
    await expect(page.locator('.static-map [data-site-id="goundam"]')).toHaveAttribute(
      'data-status',
      'closing',
    );
    await map.waitForFirstRender();
    await page.locator('.zoom-in').click();
    // The map exists but cannot load yet: the SVG map is still on screen.
    await expect(map.container).toHaveAttribute('data-engine', 'loading');
    await expect(map.canvas).toBeAttached();
    await expect(svgBer).toBeVisible();
    await attachScreenshot(testInfo, 'first-paint', page);
    // Choose another site, and French, meanwhile.
    await reader.row('goundam').getByRole('button').click();
    await page.locator('.lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    release();
    // The engine's first frame is one long task on software WebGL: a minute on a busy machine.
    await expect(map.container).toHaveAttribute('data-engine', 'ready', { timeout: 90_000 });
    await expect(page.locator('.static-map')).toHaveCount(0);
    await expect(map.container).toHaveAttribute('data-selected-features', 'goundam');
    await expect(map.container).toHaveAttribute('data-label-lang', 'fr');
    expect(await reader.statusOf('ber')).toBe('closed');
    // The map's own controls, in French, and in English after switching.
    await expect(page.getByRole('button', { name: 'Zoom avant' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom arrière' })).toHaveAttribute(
      'title',
      'Zoom arrière',
    );
    await expect(map.canvas).toHaveAttribute('aria-label', 'Carte');
    await page.getByRole('button', { name: 'Read in English' }).click();
    await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toHaveAttribute(
      'title',
      'Zoom in',
    );
    await expect(page.getByRole('button', { name: 'Zoom avant' })).toHaveCount(0);
  });
});

/**
 * The map is driven by state changes, not rebuilt: React renders when the state it
 * shows changes (a day, a selection), never per animation frame, and a date change
 * reaches the map as feature state, with no source reloaded and no map re-created.
 */
import { expect, test } from './fixtures.ts';

declare global {
  interface Window {
    reactCommits: number;
    glDraws: number;
  }
}

test.describe('driven by state, not rebuilt', () => {
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

  test('while the map animates, React renders nothing', async ({ map, page }) => {
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
    const before = await page.evaluate(() => ({
      commits: window.reactCommits,
      draws: window.glDraws,
    }));
    // The measure itself: a second and a half of the map's frames, counted as they come.
    await page.evaluate(async () => {
      const end = performance.now() + 1500;
      while (performance.now() < end) await new Promise((done) => requestAnimationFrame(done));
    });
    const after = await page.evaluate(() => ({
      commits: window.reactCommits,
      draws: window.glDraws,
    }));
    // The map drew frames meanwhile (a frame is dozens of draw calls)…
    expect(after.draws - before.draws, 'the map drew while it animated').toBeGreaterThan(20);
    // …and React committed nothing.
    expect(after.commits).toBe(before.commits);
  });

  test('during playback React renders once per day shown, not per frame', async ({ map, page }) => {
    await map.open('date=2023-07-10');
    await page.locator('.play-button').click();
    // The measure itself: three seconds of playback, frame by frame.
    const trace = await page.evaluate(async () => {
      const date = document.querySelector('.timeline-date');
      const frames: { commits: number; day: string | null }[] = [];
      const end = performance.now() + 3000;
      let commits = window.reactCommits;
      while (performance.now() < end) {
        await new Promise((done) => requestAnimationFrame(done));
        frames.push({ commits: window.reactCommits - commits, day: date?.textContent ?? null });
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
    expect(dayChanges.length).toBeGreaterThanOrEqual(3);
    expect(commitsWithoutNewDay.length).toBeLessThanOrEqual(1);
    // Every new day is one commit (which also shows the counting hook works)…
    expect(commits).toBeGreaterThanOrEqual(dayChanges.length);
    // …and frames with no new day commit nothing.
    expect(commits).toBeLessThanOrEqual(dayChanges.length + 2);
  });

  test('a date change is feature state: no source reloads, the same map and canvas', async ({
    map,
    reader,
    page,
  }) => {
    await map.openWithEngine('date=2023-06-16');
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
});

test.describe("the map's wanted state", () => {
  test.use({ reducedMotion: 'reduce' });
  test('a selection and a language chosen before the WebGL map is up are drawn once, as chosen', async ({
    map,
    page,
    reader,
  }) => {
    const release = await map.holdWorker();
    await map.visit('site=ber&lang=en');
    await map.waitForFirstRender();
    await page.locator('.zoom-in').click();
    // The map exists but cannot load yet: choose another site, and French, meanwhile.
    await expect(map.canvas).toBeAttached();
    await reader.row('goundam').getByRole('button').click();
    await page.locator('.lang-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    release();
    await expect(map.container).toHaveAttribute('data-engine', 'ready');
    await expect(map.container).toHaveAttribute('data-selected-features', 'goundam');
    await expect(map.container).toHaveAttribute('data-label-lang', 'fr');
  });
});

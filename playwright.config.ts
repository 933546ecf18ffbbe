import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.ts';

/** The build is served from a sub-path, under the strict CSP, as a web editor's host would. */
export const SUB_PATH = '/some/sub/path/';
const PORT = Number(process.env.E2E_PORT ?? 4391);
const executablePath = findChromium({ headlessShell: true }) ?? undefined;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: Boolean(process.env.CI),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Software WebGL on two cores, two workers: a full-HD test can take a minute under load.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  outputDir: 'test-results',
  use: {
    // A small laptop's window: software WebGL draws every pixel on the CPU, and the
    // layouts that matter (phone, laptop, projector) are set by the tests that check them.
    viewport: { width: 1024, height: 640 },
    // Motion is decoration, and most tests look at something else: with it reduced the
    // map stops drawing once still, and the software renderer leaves the CPU to the
    // test's own steps. The tests of motion (the map by date, playback, the video, the
    // page at rest, React while the map animates) ask for it with 'no-preference'.
    reducedMotion: 'reduce',
    baseURL: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    // Kept for a failure only: a screenshot of a software-WebGL page costs seconds under
    // load. The pictures a person should look at are attached by the tests that take them.
    screenshot: 'only-on-failure',
    // The offline copy's service worker would answer the page's requests from its cache
    // once it has claimed the page, out of reach of page.route and of the request
    // counts; the specs that test it (offline, frames) allow it.
    serviceWorkers: 'block',
    // A trace of each failure (actions, DOM snapshots, console, network), without the
    // screencast, whose frames would be encoded for every test.
    trace: { mode: 'retain-on-failure', screenshots: false },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx tsx scripts/serve.ts --port ${PORT} --base ${SUB_PATH} --csp`,
    url: `http://127.0.0.1:${PORT}${SUB_PATH}`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
  },
});

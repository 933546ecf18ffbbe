/**
 * Which Chromium the end-to-end tests and the benchmark drive. Playwright cannot
 * download its own browser on every machine, so a system Chromium comes first:
 * CHROMIUM_PATH, then Debian's, then Playwright's own build.
 *
 * The tests prefer Debian's headless shell (`chromium-headless-shell`), the headless
 * Chromium Playwright itself tests with: the full browser, run headless, also runs the
 * pages of its own window (one more renderer per browser, busy at start-up), which cost
 * the tests a fifth of their time on two cores. The benchmark measures the browser
 * readers run.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

interface Finding {
  /** Whether Debian's headless shell comes first (the tests), or the full browser (the benchmark). */
  headlessShell?: boolean;
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  bundled?: () => string;
}

/** The path of a Chromium to launch, or null when none is installed. */
export function findChromium({
  headlessShell = false,
  env = process.env,
  exists = existsSync,
  bundled = () => chromium.executablePath(),
}: Finding = {}): string | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const system = headlessShell
    ? [HEADLESS_SHELL_PATH, ...SYSTEM_CHROMIUM_PATHS]
    : [...SYSTEM_CHROMIUM_PATHS, HEADLESS_SHELL_PATH];
  for (const path of system) if (exists(path)) return path;
  const own = bundled();
  return own && exists(own) ? own : null;
}

/**
 * Launch flags: on a closed network Chromium's background services fail their
 * look-ups again and again, which only adds noise (and requests) to the tests.
 */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

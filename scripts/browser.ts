/**
 * Which Chromium the end-to-end tests and the benchmark drive. Playwright cannot
 * download its own browser on every machine, so a system Chromium comes first:
 * CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own build.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The path of a Chromium to launch, or null when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  for (const path of SYSTEM_CHROMIUM_PATHS) if (existsSync(path)) return path;
  const bundled = chromium.executablePath();
  return bundled && existsSync(bundled) ? bundled : null;
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

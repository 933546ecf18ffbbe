/**
 * Makes sure a Chromium is there before the end-to-end tests, and says what it does.
 * Order: an installed one; `npx playwright install chromium` (bounded in time: on a
 * closed network it can hang); Debian's package as root; else a message that says how.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, HEADLESS_SHELL_PATH } from './browser.ts';

const PLAYWRIGHT_INSTALL_TIMEOUT_MS = 120_000;
const APT_TIMEOUT_MS = 900_000;

function run(command: string, args: string[], timeout: number): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout });
  if (result.error) console.log(`  (${result.error.message})`);
  return result.status === 0;
}

function main(): number {
  const found = findChromium({ headlessShell: true });
  if (found) {
    console.log(`Chromium for the end-to-end tests: ${found}`);
    if (found !== HEADLESS_SHELL_PATH && !process.env.CHROMIUM_PATH)
      console.log(
        "(Debian's headless shell runs them about a fifth faster: apt-get install chromium-headless-shell)",
      );
    return 0;
  }
  console.log(
    "No Chromium found (CHROMIUM_PATH, /usr/bin/chromium-headless-shell, /usr/bin/chromium, Playwright's own). Getting one.",
  );
  console.log("Trying Playwright's download (at most 2 minutes)…");
  if (
    run('npx', ['playwright', 'install', 'chromium'], PLAYWRIGHT_INSTALL_TIMEOUT_MS) &&
    findChromium({ headlessShell: true })
  ) {
    console.log(`Installed Playwright's Chromium: ${findChromium({ headlessShell: true })}`);
    return 0;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (existsSync('/usr/bin/apt-get') && isRoot) {
    console.log("Playwright's download failed; installing Debian's chromium with apt-get…");
    run('apt-get', ['update', '-qq'], APT_TIMEOUT_MS);
    const packages = ['chromium', 'chromium-headless-shell'];
    if (run('apt-get', ['install', '-y', '-qq', ...packages], APT_TIMEOUT_MS) && findChromium()) {
      console.log(`Installed Debian's chromium: ${findChromium({ headlessShell: true })}`);
      return 0;
    }
  }
  console.error(
    [
      'Could not get a Chromium for the end-to-end tests.',
      'Install one, then run npm test again:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium chromium-headless-shell',
      '  - or: npx playwright install chromium',
      '  - or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
  return 1;
}

process.exit(main());

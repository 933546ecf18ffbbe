import { describe, expect, it } from 'vitest';
import { findChromium } from './browser.ts';

const machine =
  (...installed: string[]) =>
  (path: string) =>
    installed.includes(path);
const none = () => '';

describe('findChromium', () => {
  it('gives the tests the headless shell and the benchmark the full browser, where both are installed', () => {
    const exists = machine('/usr/bin/chromium', '/usr/bin/chromium-headless-shell');
    expect(findChromium({ headlessShell: true, env: {}, exists, bundled: none })).toBe(
      '/usr/bin/chromium-headless-shell',
    );
    expect(findChromium({ env: {}, exists, bundled: none })).toBe('/usr/bin/chromium');
  });

  it('falls back on whichever is there, then on Playwright’s own', () => {
    expect(
      findChromium({
        headlessShell: true,
        env: {},
        exists: machine('/usr/bin/chromium'),
        bundled: none,
      }),
    ).toBe('/usr/bin/chromium');
    expect(
      findChromium({ env: {}, exists: machine('/usr/bin/chromium-headless-shell'), bundled: none }),
    ).toBe('/usr/bin/chromium-headless-shell');
    expect(
      findChromium({ env: {}, exists: machine('/pw/chrome'), bundled: () => '/pw/chrome' }),
    ).toBe('/pw/chrome');
    expect(findChromium({ env: {}, exists: machine(), bundled: () => '/pw/chrome' })).toBeNull();
  });

  it('takes CHROMIUM_PATH first, and says so when nothing is there', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome' };
    const exists = machine('/opt/chrome', '/usr/bin/chromium-headless-shell');
    expect(findChromium({ headlessShell: true, env, exists, bundled: none })).toBe('/opt/chrome');
    expect(() => findChromium({ env, exists: machine(), bundled: none })).toThrow('/opt/chrome');
  });
});

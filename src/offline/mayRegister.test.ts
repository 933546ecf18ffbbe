import { describe, expect, it } from 'vitest';
import { mayRegisterServiceWorker, type PageContext } from './mayRegister.ts';

const tab: PageContext = {
  framed: false,
  origin: 'https://example.org',
  protocol: 'https:',
  embed: false,
};

describe('mayRegisterServiceWorker', () => {
  it('registers for the map opened in a tab, over https or on a local http server', () => {
    expect(mayRegisterServiceWorker(tab)).toBe(true);
    expect(
      mayRegisterServiceWorker({ ...tab, origin: 'http://127.0.0.1:4173', protocol: 'http:' }),
    ).toBe(true);
  });

  it('never in a frame, sandboxed or not', () => {
    expect(mayRegisterServiceWorker({ ...tab, framed: true })).toBe(false);
    expect(mayRegisterServiceWorker({ ...tab, framed: true, origin: 'null' })).toBe(false);
  });

  it('never in an opaque origin, even at the top (a sandbox set by a header)', () => {
    expect(mayRegisterServiceWorker({ ...tab, origin: 'null' })).toBe(false);
  });

  it('never for a file opened from disk', () => {
    expect(mayRegisterServiceWorker({ ...tab, origin: 'null', protocol: 'file:' })).toBe(false);
    expect(mayRegisterServiceWorker({ ...tab, origin: 'file://', protocol: 'file:' })).toBe(false);
  });

  it('never for the embed page, even opened on its own', () => {
    expect(mayRegisterServiceWorker({ ...tab, embed: true })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { withInlineIcons } from './inlineIcons.ts';

const page = [
  '<head>',
  '<link rel="icon" href="./icons/favicon.svg" type="image/svg+xml" />',
  '<link rel="icon" href="./icons/favicon-32.png" sizes="32x32" type="image/png" />',
  '<link rel="apple-touch-icon" href="./icons/apple-touch-icon.png" />',
  '</head>',
].join('\n');
const svg = { file: 'favicon.svg', type: 'image/svg+xml' as const, bytes: Buffer.from('<svg/>') };
const png = { file: 'favicon-32.png', type: 'image/png' as const, bytes: Buffer.from([1, 2, 3]) };

describe('withInlineIcons', () => {
  it('points each favicon link at its bytes, so no date change asks the server for it', () => {
    const html = withInlineIcons(page, [svg, png]);
    // '<svg/>' and the bytes 1, 2, 3 in base64, written by hand.
    expect(html).toContain('<link rel="icon" href="data:image/svg+xml;base64,PHN2Zy8+" type=');
    expect(html).toContain('<link rel="icon" href="data:image/png;base64,AQID" sizes=');
    expect(html).not.toMatch(/rel="icon" href="\.\/icons/);
  });

  it('leaves the home-screen icon a file: browsers fetch it only to install the page', () => {
    expect(withInlineIcons(page, [svg, png])).toContain('href="./icons/apple-touch-icon.png"');
  });

  it('refuses a page that no longer links an icon it was told to inline', () => {
    expect(() => withInlineIcons('<head></head>', [svg])).toThrow(/favicon\.svg/);
  });
});

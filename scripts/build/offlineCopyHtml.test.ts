import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeForInlineScript, escapeJsonForHtml, offlineCopyHtml } from './offlineCopyHtml.ts';

const shell = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <style>.app { display: none; }</style>
    <link rel="icon" href="./icons/favicon.svg" type="image/svg+xml" />
    <link rel="modulepreload" crossorigin href="./assets/react-1.js">
    <link rel="stylesheet" crossorigin href="./assets/index-1.css">
    <link rel="manifest" href="./manifest.webmanifest">
    <script type="module" crossorigin src="./assets/index-1.js"></script>
  </head>
  <body>
    <div id="root"><svg class="static-map"></svg></div>
  </body>
</html>`;

const parts = {
  shell,
  script: 'const tag = "</script>"; console.log(tag, "<!--");',
  style: '.app { display: grid; }',
  data: { 'data/sites.geojson': '{"name":"<b>Gao</b>"}' },
  iconDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+',
};

/** The hash a browser computes for an inline element's text. */
const hashOf = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('offlineCopyHtml', () => {
  const html = offlineCopyHtml(parts);

  it('points at no file of the build: every script, style and icon is in the page', () => {
    expect(html).not.toMatch(/(?:src|href)="\.\/(?:assets|icons|manifest)/);
    expect(html).toContain('<link rel="icon" href="data:image/svg+xml;base64,PHN2Zy8+" />');
    expect(html).toContain('<style>.app { display: grid; }</style>');
  });

  it('keeps the day’s map of the markup', () => {
    expect(html).toContain('<div id="root"><svg class="static-map"></svg></div>');
  });

  it('has one policy, its own, listing the inlined script and both stylesheets by hash', () => {
    const policies = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/g) ?? [];
    expect(policies).toHaveLength(1);
    const policy = /content="([^"]*)"/.exec(policies[0] ?? '')?.[1] ?? '';
    const script = /<script type="module">([\s\S]*?)<\/script>\s*<\/body>/.exec(html)?.[1] ?? '';
    expect(script).not.toBe('');
    expect(policy).toContain(`script-src ${hashOf(script)}`);
    expect(policy).toContain(hashOf('.app { display: none; }'));
    expect(policy).toContain(hashOf('.app { display: grid; }'));
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain("'self'");
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it('puts the app’s stylesheet after the page’s no-script rule, so that the app’s rule wins', () => {
    expect(html.indexOf('.app { display: grid; }')).toBeGreaterThan(
      html.indexOf('.app { display: none; }'),
    );
  });

  it('puts the data before the script, readable as the files the app asks for', () => {
    const data = html.indexOf('data-file="data/sites.geojson"');
    expect(data).toBeGreaterThan(0);
    expect(data).toBeLessThan(html.indexOf('<script type="module">'));
    const json = /data-file="data\/sites.geojson">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual({ name: '<b>Gao</b>' });
  });
});

describe('escaping for an inline element', () => {
  it('never lets a string end the script element or open an HTML comment', () => {
    const escaped = escapeForInlineScript('a("</script>"); b(`</SCRIPT>`); c("<!--")');
    expect(escaped).not.toMatch(/<\/script/i);
    expect(escaped).not.toContain('<!--');
    // The same characters once the script runs.
    const strings: string[] = [];
    new Function('a', 'b', 'c', escaped)(
      (s: string) => strings.push(s),
      (s: string) => strings.push(s),
      (s: string) => strings.push(s),
    );
    expect(strings).toEqual(['</script>', '</SCRIPT>', '<!--']);
  });

  it('writes < in JSON as an escape that parses back to <', () => {
    const json = escapeJsonForHtml('{"a":"</script><!--"}');
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ a: '</script><!--' });
  });
});

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain/types.ts';
import { embedPageUrl, embedSnippet, FRAME_SANDBOX, stateUrl } from './snippet.ts';

const PAGE = 'https://example.org/maps/minusma/?date=2023-06-20&present=1#timeline';
const STATE = {
  date: '2023-08-12' as IsoDate,
  lang: 'fr' as const,
  site: 'ber' as const,
  view: 'reported' as const,
};

describe('stateUrl', () => {
  it('keeps the sub-path, writes every state parameter and drops the rest', () => {
    expect(stateUrl(PAGE, STATE, true)).toBe(
      'https://example.org/maps/minusma/?date=2023-08-12&site=ber&lang=fr&view=reported&embed=1',
    );
    // The plan is said too: the page may be one of the reported story's, which opens in it.
    expect(stateUrl(PAGE, { ...STATE, site: null, view: 'plan' }, false)).toBe(
      'https://example.org/maps/minusma/?date=2023-08-12&lang=fr&view=plan',
    );
  });
});

describe('embedPageUrl', () => {
  const ROOT = 'https://example.org/maps/minusma/';

  it('is the embed page in the day’s event page folder, with the state written out', () => {
    expect(embedPageUrl(ROOT, STATE, 'fr/reported/2023-08-12/')).toBe(
      'https://example.org/maps/minusma/fr/reported/2023-08-12/embed/?date=2023-08-12&site=ber&lang=fr&view=reported',
    );
  });

  it('is the embed page written in the state’s language on a day without an event page', () => {
    expect(embedPageUrl(ROOT, { ...STATE, site: null, view: 'plan' }, null)).toBe(
      'https://example.org/maps/minusma/fr/embed/?date=2023-08-12&lang=fr&view=plan',
    );
    expect(embedPageUrl(ROOT, { ...STATE, lang: 'en', site: null, view: 'plan' }, null)).toBe(
      'https://example.org/maps/minusma/embed/?date=2023-08-12&lang=en&view=plan',
    );
  });
});

describe('embedSnippet', () => {
  const SRC =
    'https://example.org/maps/minusma/fr/reported/2023-08-12/embed/?date=2023-08-12&site=ber&lang=fr&view=reported';
  const snippet = embedSnippet(SRC, 'Carte "interactive" <MINUSMA>');

  it('frames the embed page with the promised attributes', () => {
    expect(snippet).toContain(
      'src="https://example.org/maps/minusma/fr/reported/2023-08-12/embed/?date=2023-08-12&amp;site=ber&amp;lang=fr&amp;view=reported"',
    );
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain('height="720"');
    expect(snippet).toContain('allow="fullscreen"');
    expect(snippet).toContain(`sandbox="${FRAME_SANDBOX}"`);
  });

  it('escapes the title', () => {
    expect(snippet).toContain('title="Carte &quot;interactive&quot; &lt;MINUSMA&gt;"');
  });

  it('ends with the optional height script, which only trusts its own frame', () => {
    expect(snippet.indexOf('</iframe>')).toBeLessThan(snippet.indexOf('<script>'));
    expect(snippet).toContain('event.source !== frame.contentWindow');
    expect(snippet).toContain("'minusma:height'");
    expect(snippet.trim().endsWith('</script>')).toBe(true);
  });
});

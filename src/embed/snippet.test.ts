import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain/types.ts';
import { embedSnippet, FRAME_SANDBOX, stateUrl } from './snippet.ts';

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

describe('embedSnippet', () => {
  const snippet = embedSnippet(PAGE, STATE, 'Carte "interactive" <MINUSMA>');

  it('frames the current state with the promised attributes', () => {
    expect(snippet).toContain(
      'src="https://example.org/maps/minusma/?date=2023-08-12&amp;site=ber&amp;lang=fr&amp;view=reported&amp;embed=1"',
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

import { describe, expect, it } from 'vitest';
import { withPageWords } from './pageWords.ts';

const tables = {
  en: { 'app.title': 'The withdrawal of MINUSMA from Mali, 2023–2024', 'x.tag': 'a <b> & c' },
  fr: { 'app.title': 'Le retrait de la MINUSMA du Mali, 2023–2024' },
};

describe('withPageWords', () => {
  it('writes each word in its language', () => {
    expect(
      withPageWords('<title>{{en:app.title}}</title><a lang="fr">{{fr:app.title}} ↗</a>', tables),
    ).toBe(
      '<title>The withdrawal of MINUSMA from Mali, 2023–2024</title><a lang="fr">Le retrait de la MINUSMA du Mali, 2023–2024 ↗</a>',
    );
  });

  it('escapes a word for HTML', () => {
    expect(withPageWords('<p>{{en:x.tag}}</p>', tables)).toBe('<p>a &lt;b&gt; &amp; c</p>');
  });

  it('stops at a word the tables lack, or a language the app does not speak', () => {
    expect(() => withPageWords('{{fr:x.tag}}', tables)).toThrow('{{fr:x.tag}}');
    expect(() => withPageWords('{{de:app.title}}', tables)).toThrow('{{de:app.title}}');
  });
});

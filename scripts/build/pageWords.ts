/**
 * index.html names its words by their key in the app's word tables (`{{en:app.title}}`),
 * and this plugin writes them in, for the dev server and the build alike: the page's
 * title and the fallback shown before (or instead of) the app say what the app says,
 * from the one place the app's words are kept. A key the tables lack stops the build.
 */
import type { Plugin } from 'vite';
import { isLang } from '../../src/domain/guards.ts';
import type { Lang } from '../../src/domain/types.ts';
import { en } from '../../src/i18n/en.ts';
import { fr } from '../../src/i18n/fr.ts';
import { escapeHtml } from '../pages/html.ts';

type WordTables = Record<Lang, Readonly<Record<string, string>>>;

const PLACEHOLDER = /\{\{([a-z]+):([A-Za-z.]+)\}\}/g;

/** `html` with each `{{lang:key}}` replaced by that word, escaped for HTML. */
export function withPageWords(html: string, tables: WordTables): string {
  return html.replace(PLACEHOLDER, (placeholder, lang: string, key: string) => {
    const word = isLang(lang) ? tables[lang][key] : undefined;
    if (word === undefined) throw new Error(`index.html asks for ${placeholder}: no such word`);
    return escapeHtml(word);
  });
}

export function pageWords(): Plugin {
  return {
    name: 'minusma:page-words',
    transformIndexHtml: { order: 'pre', handler: (html) => withPageWords(html, { en, fr }) },
  };
}

/**
 * Whether a value from outside (an address, a message, the page's attributes) is one
 * of the vocabularies' words: derived from the lists themselves, so a word added there
 * is accepted everywhere at once.
 */
import type { Lang, SiteId, Story } from './types.ts';
import { LANGS, SITE_IDS, STORIES } from './vocabularies.ts';

function isOneOf<Word extends string>(words: readonly Word[], value: unknown): value is Word {
  return typeof value === 'string' && (words as readonly string[]).includes(value);
}

/** A language of the app (`fr`, `en`). */
export const isLang = (value: unknown): value is Lang => isOneOf(LANGS, value);

/** A story (`plan`, `reported`). */
export const isStory = (value: unknown): value is Story => isOneOf(STORIES, value);

/** A site's id. */
export const isSiteId = (value: unknown): value is SiteId => isOneOf(SITE_IDS, value);

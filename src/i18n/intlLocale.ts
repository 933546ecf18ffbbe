import type { Lang } from '../domain/types.ts';

/** The locale Intl formats numbers with for a reader of each language. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

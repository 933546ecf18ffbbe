import type { IsoDate, Lang } from '../domain/types.ts';
import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';

export type { MessageKey };

const TABLES: Record<Lang, Record<MessageKey, string>> = { en, fr };

/** The string for `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: MessageKey, values?: Record<string, string | number>): string {
  const text = TABLES[lang][key];
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day written out in the reader's language: "12 August 2023" / "12 août 2023". */
export function formatDay(lang: Lang, day: IsoDate, style: 'long' | 'short' = 'long'): string {
  const key = `${lang}:${style}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      day: 'numeric',
      month: style === 'long' ? 'long' : 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(key, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** The language from `lang=`, then the browser's preferences, then English. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

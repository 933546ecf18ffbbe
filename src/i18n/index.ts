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

/**
 * Month names as the browser's Intl writes them for en-GB and fr-FR (the unit tests
 * compare with Intl). Written out here because the first Intl.DateTimeFormat costs
 * about 100 ms on a slow machine, right when the page first draws, and because some
 * browsers ship without French locale data.
 */
const MONTHS: Record<Lang, Record<'long' | 'short', readonly string[]>> = {
  en: {
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  },
  fr: {
    long: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    short: [
      'janv.',
      'févr.',
      'mars',
      'avr.',
      'mai',
      'juin',
      'juil.',
      'août',
      'sept.',
      'oct.',
      'nov.',
      'déc.',
    ],
  },
};

/** A colon as the language writes it: French puts a no-break space before it. */
export function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0:' : ':';
}

/** A month's name: `month` from 1 (January) to 12. */
export function monthName(lang: Lang, month: number, style: 'long' | 'short' = 'short'): string {
  return MONTHS[lang][style][month - 1] ?? '';
}

/**
 * A day written out in the reader's language: "12 August 2023" / "12 août 2023", and
 * "1er septembre 2023" as French writes the first of a month (and as the letters do).
 */
export function formatDay(lang: Lang, day: IsoDate, style: 'long' | 'short' = 'long'): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const ordinal = lang === 'fr' && date === 1 ? '1er' : String(date);
  return `${ordinal} ${MONTHS[lang][style][month - 1]} ${year}`;
}

/** The language from `lang=`, then the browser's preferences, then English. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

import type { Lang } from '../domain/types.ts';
import { INTL_LOCALE } from './intlLocale.ts';

const UNIT: Record<Lang, string> = { en: 'MB', fr: 'Mo' };

/** A file's size in megabytes (10^6 bytes) as a reader of `lang` writes it: 2.7 MB, 2,7 Mo. */
export function formatMegabytes(lang: Lang, bytes: number): string {
  const number = new Intl.NumberFormat(INTL_LOCALE[lang], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(bytes / 1e6);
  // A no-break space: the number and its unit stay on one line.
  return `${number}\u00a0${UNIT[lang]}`;
}

/**
 * What the page itself says it shows, before any query string: the build writes a
 * day and a language on `#root` for the page of an event (`en/2023-08-12/`), so the
 * app opens there and keeps that page's address clean. The plain index has none.
 */
import { parseIsoDate } from '../domain/dates.ts';
import type { IsoDate, Lang } from '../domain/types.ts';

export interface PageDefaults {
  day: IsoDate | null;
  lang: Lang | null;
}

/** Reads `data-page-day` and `data-page-lang` from the element the app renders into. */
export function pageDefaults(root: HTMLElement | null): PageDefaults {
  const day = root?.dataset.pageDay;
  const lang = root?.dataset.pageLang;
  return {
    day: day ? parseIsoDate(day) : null,
    lang: lang === 'fr' || lang === 'en' ? lang : null,
  };
}

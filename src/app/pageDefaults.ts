/**
 * What the page itself says it shows, before any query string: the build writes a
 * day, a language and a view on `#root` for the page of an event (`en/2023-08-12/`,
 * `en/reported/2023-10-31/`), so the app opens there and keeps that page's address
 * clean; and `data-page-embed` on the embed's own pages (`embed/`,
 * `en/2023-08-12/embed/`), which are the embed without `?embed=1`. The plain index has none.
 */
import { parseIsoDate } from '../domain/dates.ts';
import { isLang, isStory } from '../domain/guards.ts';
import type { IsoDate, Lang, Story } from '../domain/types.ts';

export interface PageDefaults {
  day: IsoDate | null;
  lang: Lang | null;
  view: Story | null;
  /** The page is the embed's, written with its layout. */
  embed?: boolean;
}

/** Reads `data-page-day`, `data-page-lang`, `data-page-view` and `data-page-embed` from the element the app renders into. */
export function pageDefaults(root: HTMLElement | null): PageDefaults {
  const day = root?.dataset.pageDay;
  const lang = root?.dataset.pageLang;
  const view = root?.dataset.pageView;
  return {
    day: day ? parseIsoDate(day) : null,
    lang: isLang(lang) ? lang : null,
    view: isStory(view) ? view : null,
    embed: root?.dataset.pageEmbed === '1',
  };
}

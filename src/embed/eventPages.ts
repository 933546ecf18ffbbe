/**
 * The pages the build writes for sharing: one per story event day and language, at
 * `<lang>/<YYYY-MM-DD>/`, each with its own title, description and preview image.
 * Pure: the build lists them, the Embed dialog links to the one of the current day.
 */
import { compareDays } from '../domain/dates.ts';
import { storyEventDays } from '../domain/timeline.ts';
import type { IsoDate, Lang, Timeline } from '../domain/types.ts';

export const PAGE_LANGS: readonly Lang[] = ['en', 'fr'];

export interface EventPage {
  lang: Lang;
  day: IsoDate;
  /** Relative to the build's root, with a trailing slash. */
  path: string;
}

export const eventPagePath = (lang: Lang, day: IsoDate): string => `${lang}/${day}/`;

/** The days that have a page: the story's event days inside the timeline. */
export function eventPageDays(timeline: Timeline): IsoDate[] {
  const { start, end } = timeline.range;
  return storyEventDays(timeline.events).filter(
    (day) => compareDays(day, start) >= 0 && compareDays(day, end) <= 0,
  );
}

/**
 * Every event page, in every language. Another view's events (as they happened)
 * are added by listing their days here with that view's path.
 */
export function eventPages(timeline: Timeline): EventPage[] {
  return eventPageDays(timeline).flatMap((day) =>
    PAGE_LANGS.map((lang) => ({ lang, day, path: eventPagePath(lang, day) })),
  );
}

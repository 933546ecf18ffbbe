/**
 * The pages the build writes for sharing: one per story event day, view and language,
 * each with its own title, description and preview image. The plan's at
 * `<lang>/<YYYY-MM-DD>/` (`en/2023-08-12/`), what happened as reported at
 * `<lang>/reported/<YYYY-MM-DD>/` (`fr/reported/2023-10-31/`).
 * Pure: the build lists them, the Embed dialog links to the one of the current day.
 */
import { compareDays } from '../domain/dates.ts';
import { storyEventDays } from '../domain/timeline.ts';
import type { Dataset, IsoDate, Lang, Story } from '../domain/types.ts';
import { LANGS, STORIES } from '../domain/vocabularies.ts';

export interface EventPage {
  lang: Lang;
  day: IsoDate;
  view: Story;
  /** Relative to the build's root, with a trailing slash. */
  path: string;
}

export const eventPagePath = (lang: Lang, day: IsoDate, view: Story): string =>
  view === 'plan' ? `${lang}/${day}/` : `${lang}/${view}/${day}/`;

/**
 * The app's page written in `lang` (the timeline's first day, the plan), relative to the
 * build's root: the root itself in English, `fr/` in French. A French address framed or
 * linked there opens on a page already French, which does not move as the app takes
 * it over, and previews in French.
 */
export const langRootPath = (lang: Lang): string => (lang === 'en' ? '' : `${lang}/`);

/** From a page's folder back to the build's root (`../../` for `en/2023-08-12/`). */
export const pageBase = (path: string): string =>
  '../'.repeat(path.split('/').filter(Boolean).length);

/**
 * The days that have a page in a view, inside the timeline: the plan's story event
 * days; in the reported view, the days of the reported events (the plan's earlier
 * days, which that view also tells, keep their page in the plan).
 */
export function eventPageDays(dataset: Dataset, view: Story): IsoDate[] {
  const { start, end } = dataset.timeline.range;
  const events = view === 'plan' ? dataset.timeline.events : dataset.reported.events;
  return storyEventDays(events).filter(
    (day) => compareDays(day, start) >= 0 && compareDays(day, end) <= 0,
  );
}

/** Every event page, of both views, in every language. */
export function eventPages(dataset: Dataset): EventPage[] {
  return STORIES.flatMap((view) =>
    eventPageDays(dataset, view).flatMap((day) =>
      LANGS.map((lang) => ({ lang, day, view, path: eventPagePath(lang, day, view) })),
    ),
  );
}

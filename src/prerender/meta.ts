/**
 * What a page says about its day, in its language: the title and the one-sentence
 * description its link previews show, and the phase and caption its preview image
 * carries. From the same rules as the app's caption (latestStoryEvents).
 */
import { talkingPointsAt } from '../domain/talkingPoints.ts';
import { latestStoryEvents, windowAt } from '../domain/timeline.ts';
import type { Dataset, IsoDate, Lang, View } from '../domain/types.ts';
import { eventsOf } from '../domain/views.ts';
import { formatDay, t } from '../i18n/index.ts';
import { talkingPointsLine } from '../i18n/talkingPointsText.ts';

export interface PageText {
  title: string;
  description: string;
  /** The phase or sequence the day falls in. */
  phase: string;
  /** The day's event, in a few words (the caption's title). */
  caption: string | null;
  imageAlt: string;
}

export function pageText(dataset: Dataset, lang: Lang, day: IsoDate, view: View): PageText {
  const events = latestStoryEvents(eventsOf(dataset, view), day);
  const first = events[0];
  const window = windowAt(dataset.timeline.windows, day);
  const date = formatDay(lang, day);
  const appTitle = t(lang, 'app.title');
  const caption = first ? first.title[lang] : null;
  // A page of the reported story says so in its title: a preview must never pass the
  // plan for what happened, nor the other way round.
  const story = view === 'reported' ? ` · ${t(lang, 'view.reported')}` : '';
  return {
    title: caption ? `${caption}, ${date}${story} · ${appTitle}` : `${date}${story} · ${appTitle}`,
    // An event day's page is described by its talking points, the line the presenter and the live region say.
    description: first
      ? talkingPointsLine(lang, talkingPointsAt(dataset, first.date, view))
      : t(lang, 'app.intro'),
    phase: window ? window.name[lang] : t(lang, 'timeline.noWindow'),
    caption,
    imageAlt: t(lang, 'share.imageAlt', { date }),
  };
}

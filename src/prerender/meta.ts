/**
 * What a page says about its day, in its language: the title and the one-sentence
 * description its link previews show, and the heading its preview image carries, the
 * screen's and the exports' (dayHeading).
 */
import { talkingPointsAt } from '../domain/talkingPoints.ts';
import { latestStoryEvents } from '../domain/timeline.ts';
import type { Dataset, IsoDate, Lang, Story } from '../domain/types.ts';
import { eventsOf } from '../domain/views.ts';
import { type DayHeading, dayHeading } from '../i18n/dayHeading.ts';
import { t } from '../i18n/index.ts';
import { talkingPointsLine } from '../i18n/talkingPointsText.ts';

export interface PageText {
  title: string;
  description: string;
  /** The preview image's heading. */
  heading: DayHeading;
  imageAlt: string;
}

export function pageText(dataset: Dataset, lang: Lang, day: IsoDate, view: Story): PageText {
  const first = latestStoryEvents(eventsOf(dataset, view), day)[0];
  const heading = dayHeading(dataset, lang, day, view);
  const { date, caption } = heading;
  const appTitle = t(lang, 'app.title');
  // A page of the reported story says so in its title: a preview must never pass the
  // plan for what happened, nor the other way round.
  const story = view === 'reported' ? ` · ${t(lang, 'view.reported')}` : '';
  return {
    title: caption ? `${caption}, ${date}${story} · ${appTitle}` : `${date}${story} · ${appTitle}`,
    // An event day's page is described by its talking points, the line the presenter and the live region say.
    description: first
      ? talkingPointsLine(lang, talkingPointsAt(dataset, first.date, view))
      : t(lang, 'app.intro'),
    heading,
    imageAlt: t(lang, 'share.imageAlt', { date }),
  };
}

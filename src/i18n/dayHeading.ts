/**
 * How a day is headed wherever it is shown: on the screen (the caption's kicker, the
 * slider's and the slides' phase), in the PNG, SVG and video exports and in the link
 * previews. One function, so that no picture of a day words its story differently.
 */
import { latestStoryEvents, windowAt } from '../domain/timeline.ts';
import type { ClosureWindow, Dataset, IsoDate, Lang, Story, Timeline } from '../domain/types.ts';
import { eventsOf, isPlannedDay } from '../domain/views.ts';
import { formatDay, type MessageKey, t } from './index.ts';

/**
 * Whose story a day's map and caption tell: the reported story is "What happened, as
 * reported"; the plan's, once the plan was written, is "The plan", never "What
 * happened"; before it, what the letters report.
 */
export function captionKicker(timeline: Timeline, story: Story, day: IsoDate): MessageKey {
  if (story === 'reported') return 'caption.reportedKicker';
  return isPlannedDay(timeline, day) ? 'caption.planKicker' : 'caption.letterKicker';
}

/** The phase or sequence's name, or "between phases". */
export function phaseName(lang: Lang, window: ClosureWindow | null): string {
  return window ? window.name[lang] : t(lang, 'timeline.noWindow');
}

export interface DayHeading {
  /** The day, written out. */
  date: string;
  /** The phase or sequence the day falls in. */
  phase: string;
  /** Whose story the map shows (the caption's kicker), so that a plan never passes for what happened. */
  story: string;
  /** The title of the story's latest event up to the day (the caption's); null before the first. */
  caption: string | null;
}

/** A day's heading in `lang`, in `story`. */
export function dayHeading(dataset: Dataset, lang: Lang, day: IsoDate, story: Story): DayHeading {
  const latest = latestStoryEvents(eventsOf(dataset, story), day)[0];
  return {
    date: formatDay(lang, day),
    phase: phaseName(lang, windowAt(dataset.timeline.windows, day)),
    story: t(lang, captionKicker(dataset.timeline, story, day)),
    caption: latest ? latest.title[lang] : null,
  };
}

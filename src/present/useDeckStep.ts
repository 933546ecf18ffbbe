/**
 * Where the briefer is in the deck, as both windows show it: the day, its phase or
 * sequence, the story's latest events up to it and their lead, and the step (the
 * story's event days up to the day) of all of them.
 */
import { compareDays } from '../domain/dates.ts';
import { leadEventOf } from '../domain/talkingPoints.ts';
import { latestStoryEvents } from '../domain/timeline.ts';
import { useApp, useShownDay } from '../store/StoreProvider.tsx';
import { selectCurrentWindow, selectEventDays, selectEvents } from '../store/selectors.ts';

export function useDeckStep() {
  const { lang, day, story } = useShownDay();
  const events = useApp(selectEvents);
  const current = useApp(selectCurrentWindow);
  const eventDays = useApp(selectEventDays);
  const latest = latestStoryEvents(events, day);
  return {
    lang,
    day,
    story,
    events,
    current,
    latest,
    lead: leadEventOf(latest),
    step: eventDays.filter((eventDay) => compareDays(eventDay, day) <= 0).length,
    total: eventDays.length,
  };
}

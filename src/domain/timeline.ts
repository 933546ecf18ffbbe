/**
 * Where a day falls in the plan, and stepping from event to event. The older
 * letters' context events are not steps: the slider's story is 2023's.
 */
import { compareDays } from './dates.ts';
import type { ClosureWindow, IsoDate, TimelineEvent } from './types.ts';

/**
 * The phase or sequence `day` falls in. Where two windows share a day (sequence b
 * ends on 15 December, the day sequence c begins), the one that begins wins: that
 * is the day's news.
 */
export function windowAt(windows: readonly ClosureWindow[], day: IsoDate): ClosureWindow | null {
  let found: ClosureWindow | null = null;
  for (const window of windows) {
    if (compareDays(day, window.start) >= 0 && compareDays(day, window.end) <= 0) {
      if (!found || compareDays(window.start, found.start) > 0) found = window;
    }
  }
  return found;
}

/** The days of the story's events (not the older letters' context), each once, in order. */
export function storyEventDays(events: readonly TimelineEvent[]): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const event of events) if (!event.context) days.add(event.date);
  return [...days].sort(compareDays);
}

/**
 * The story's events (not the older letters' context) of the latest event day on or
 * before `day`, in the timeline's order: the caption a reader sees on `day`.
 */
export function latestStoryEvents(events: readonly TimelineEvent[], day: IsoDate): TimelineEvent[] {
  let latest: IsoDate | null = null;
  for (const event of events) {
    if (event.context || compareDays(event.date, day) > 0) continue;
    if (latest === null || compareDays(event.date, latest) > 0) latest = event.date;
  }
  return latest === null ? [] : events.filter((event) => !event.context && event.date === latest);
}

/** The first story event after `day`, if any. */
export function nextEvent(events: readonly TimelineEvent[], day: IsoDate): TimelineEvent | null {
  let best: TimelineEvent | null = null;
  for (const event of events) {
    if (event.context || compareDays(event.date, day) <= 0) continue;
    if (!best || compareDays(event.date, best.date) < 0) best = event;
  }
  return best;
}

/** The last story event before `day`, if any. */
export function previousEvent(
  events: readonly TimelineEvent[],
  day: IsoDate,
): TimelineEvent | null {
  let best: TimelineEvent | null = null;
  for (const event of events) {
    if (event.context || compareDays(event.date, day) >= 0) continue;
    if (!best || compareDays(event.date, best.date) > 0) best = event;
  }
  return best;
}

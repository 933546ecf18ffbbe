import type { Timeline, View } from '../domain/types.ts';
import { isPlannedDay } from '../domain/views.ts';
import type { MessageKey } from '../i18n/index.ts';

/**
 * The line above a caption that says whose story it is: the reported story's events
 * are "What happened, as reported"; the plan's, once the plan was written, are "The
 * plan", never "What happened"; before it, what the letters report.
 */
export function captionKicker(
  timeline: Timeline,
  view: View,
  eventDay: Timeline['range']['start'],
): MessageKey {
  if (view === 'reported') return 'caption.reportedKicker';
  return isPlannedDay(timeline, eventDay) ? 'caption.planKicker' : 'caption.letterKicker';
}

/**
 * What a briefer says at a step, as facts computed from the data: the day's lead
 * event and the others, the sites that closed that day (handed over or left, and how
 * that day stood against the plan's window), and how many sites were not yet closed
 * in the story shown and in the other one. The words are i18n's (talkingPointsText).
 */
import { addDays, compareDays, dayIndex } from './dates.ts';
import type { Dataset, IsoDate, Site, Story, TimelineEvent, WindowId } from './types.ts';
import { dayViewAt, eventsOf, openSiteCount, statusesAt } from './views.ts';

/** Which event leads a day with several: a site's closure first, then milestones, then the rest. */
const LEAD_ORDER = ['handover', 'milestone', 'security', 'decision', 'count', 'context'] as const;

/** The event a step shows in full; the others are listed by title. Stable: ties keep the story's order. */
export function leadEventOf(events: readonly TimelineEvent[]): TimelineEvent | null {
  let lead: TimelineEvent | null = null;
  for (const event of events) {
    if (!lead || LEAD_ORDER.indexOf(event.kind) < LEAD_ORDER.indexOf(lead.kind)) lead = event;
  }
  return lead;
}

/** A site that closed on the step's day, and how. */
export interface ClosedThatDay {
  site: Site;
  /**
   * In the reported story: `handed-over` where the handover is dated that day, `left`
   * where the Mission left on another day than the handover's (or the handover is
   * undated), `no-handover`, or `contested` where accounts of the handover disagree.
   * In the plan: `handed-over` on the letter's own report of a handover, `planned` where
   * the plan closes the site at its window's end.
   */
  how: 'handed-over' | 'left' | 'no-handover' | 'contested' | 'planned';
  /** The plan's window for the site, and where the day fell against it (reported story only). */
  window: WindowId | null;
  /** Days before the window's first day (> 0), after its last day (< 0), or 0 within it; null where not compared. */
  daysBeforeWindow: number | null;
}

export interface TalkingPoints {
  day: IsoDate;
  story: Story;
  /** True where what the plan view shows that day was planned, not reported. */
  planned: boolean;
  lead: TimelineEvent | null;
  others: TimelineEvent[];
  closed: ClosedThatDay[];
  /** Sites not yet closed in the story shown, of `total`. */
  notClosed: number;
  /** Sites not yet closed in the other story that day. */
  otherNotClosed: number;
  total: number;
}

const daysBetween = (from: IsoDate, to: IsoDate): number => dayIndex(to) - dayIndex(from);

/** The talking points of the step on `day` in `story` (the day's story events, not the older letters' context). */
export function talkingPointsAt(dataset: Dataset, day: IsoDate, story: Story): TalkingPoints {
  const other: Story = story === 'plan' ? 'reported' : 'plan';
  const statuses = statusesAt(dataset, day, story);
  const yesterday = statusesAt(dataset, addDays(day, -1), story);
  const shown = dayViewAt(dataset, day, story, statuses);
  const events = eventsOf(dataset, story).filter((event) => event.date === day && !event.context);
  const lead = leadEventOf(events);
  const closed = dataset.sites.flatMap((site): ClosedThatDay[] => {
    if (statuses[site.id] !== 'closed' || yesterday[site.id] === 'closed') return [];
    const window = dataset.timeline.windows.find((w) => w.id === site.closureWindow) ?? null;
    if (story === 'plan') {
      const how = shown.handoverToday.has(site.id) ? 'handed-over' : 'planned';
      return [{ site, how, window: window?.id ?? null, daysBeforeWindow: null }];
    }
    const fact = dataset.reported.sites.find((f) => f.site === site.id);
    // The day left and the day handed over are two facts: say "handed over" only on the handover's own day.
    const how =
      shown.departures.get(site.id) ?? (fact?.handover.date === day ? 'handed-over' : 'left');
    let daysBeforeWindow: number | null = null;
    if (window && compareDays(day, window.start) < 0)
      daysBeforeWindow = daysBetween(day, window.start);
    else if (window && compareDays(day, window.end) > 0)
      daysBeforeWindow = daysBetween(day, window.end);
    else if (window) daysBeforeWindow = 0;
    return [{ site, how, window: window?.id ?? null, daysBeforeWindow }];
  });
  return {
    day,
    story,
    planned: shown.planned,
    lead,
    others: events.filter((event) => event !== lead),
    closed,
    notClosed: openSiteCount(statuses),
    otherNotClosed: openSiteCount(statusesAt(dataset, day, other)),
    total: dataset.sites.length,
  };
}

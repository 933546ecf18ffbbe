/**
 * The talking points in words, one text for every place that says what a step is:
 * the presenter view, the live region's announcement, an event page's description,
 * the embed's summary and the handout. "31 October 2023 — Kidal left without a
 * handover, 31 days before its planned window; 5 of 13 sites not yet closed; the plan
 * had 9 open."
 */
import {
  type ClosedThatDay,
  type TalkingPoints,
  talkingPointsAt,
} from '../domain/talkingPoints.ts';
import type { Dataset, IsoDate, Lang, Story } from '../domain/types.ts';
import { formatDay, type MessageKey, t } from './index.ts';

function againstWindow(lang: Lang, days: number | null): string | null {
  if (days === null) return null;
  if (days === 0) return t(lang, 'points.within');
  if (days === 1) return t(lang, 'points.dayBefore');
  if (days === -1) return t(lang, 'points.dayAfter');
  return days > 0
    ? t(lang, 'points.daysBefore', { count: days })
    : t(lang, 'points.daysAfter', { count: -days });
}

const CLOSED_KEYS = {
  'handed-over': 'points.handedOver',
  left: 'points.left',
  'no-handover': 'points.noHandover',
  contested: 'points.contested',
  planned: 'points.plannedClosed',
} as const satisfies Record<ClosedThatDay['how'], MessageKey>;

function closedText(lang: Lang, closed: ClosedThatDay): string {
  const site = closed.site.name[lang];
  const how = t(lang, CLOSED_KEYS[closed.how], { site });
  const window = againstWindow(lang, closed.daysBeforeWindow);
  return window ? `${how}, ${window}` : how;
}

function countText(lang: Lang, points: TalkingPoints): string {
  const { notClosed: count, otherNotClosed: other, total } = points;
  if (points.story === 'reported')
    return t(lang, 'points.reportedCount', { count, total, plan: other });
  return t(lang, points.planned ? 'points.planCount' : 'points.lettersCount', {
    count,
    total,
    reported: other,
  });
}

/** What changed that day, in a few words: the sites that closed, or else the lead event's title. */
export function stepHeadline(lang: Lang, points: TalkingPoints): string {
  if (points.closed.length > 0)
    return points.closed.map((c) => closedText(lang, c)).join(t(lang, 'points.separator'));
  return points.lead?.title[lang] ?? '';
}

/** The one line: the date, what changed, and where the withdrawal stands. */
export function talkingPointsLine(lang: Lang, points: TalkingPoints): string {
  const headline = stepHeadline(lang, points);
  const date = formatDay(lang, points.day);
  const count = countText(lang, points);
  const line = headline
    ? `${date} — ${headline}${t(lang, 'points.separator')}${count}`
    : `${date} — ${count}`;
  return `${line}.`;
}

/** The line for any day of a story: the embed's summary of the map it shows. */
export function daySummary(dataset: Dataset, lang: Lang, day: IsoDate, story: Story): string {
  return talkingPointsLine(lang, talkingPointsAt(dataset, day, story));
}

/** The line, then the day's other events by title (for the presenter and the handout). */
export function talkingPointsText(lang: Lang, points: TalkingPoints): string[] {
  const lines = [talkingPointsLine(lang, points)];
  const others = points.closed.length > 0 ? [points.lead, ...points.others] : points.others;
  const titles = others.flatMap((event) =>
    event &&
    !points.closed.some((c) => event.kind === 'handover' && event.sites.includes(c.site.id))
      ? [event.title[lang]]
      : [],
  );
  // Counts of one kind share a title ("The count of sites, as reported"): say it once.
  const distinct = [...new Set(titles)];
  if (distinct.length > 0)
    lines.push(t(lang, 'points.also', { titles: distinct.join(t(lang, 'points.separator')) }));
  return lines;
}

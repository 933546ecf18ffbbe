/**
 * Plan against reality, per site: the window the plan gave it, the day it was
 * reported left, and how many days apart they are ("31 days before its window").
 */
import { dayIndex } from './dates.ts';
import type { ClosureWindow, IsoDate, Reported, Site, SiteId } from './types.ts';

/** Where the reported day falls against the plan. */
export type PlanGap =
  | { kind: 'before'; days: number }
  | { kind: 'within' }
  | { kind: 'after'; days: number }
  /** The plan gave no window (Gao, Tombouctou, Bamako: kept for the liquidation). */
  | { kind: 'unplanned' };

export interface PlanVsReported {
  site: SiteId;
  /** The planned window's first and last day, or null when the plan closes nothing here. */
  planned: { start: IsoDate; end: IsoDate; window: ClosureWindow['id'] } | null;
  /** The letter's own handover day, where it gives one (Ogossagou, Ber). */
  plannedDay: IsoDate | null;
  reported: IsoDate;
  gap: PlanGap;
}

/** How far `day` falls from [start, end], in whole days. */
export function gapFromWindow(day: IsoDate, start: IsoDate, end: IsoDate): PlanGap {
  const d = dayIndex(day);
  if (d < dayIndex(start)) return { kind: 'before', days: dayIndex(start) - d };
  if (d > dayIndex(end)) return { kind: 'after', days: d - dayIndex(end) };
  return { kind: 'within' };
}

/** One row per site that the sources report left, in the sites' order. */
export function planVsReported(
  sites: readonly Site[],
  windows: readonly ClosureWindow[],
  reported: Reported,
): PlanVsReported[] {
  return sites.flatMap((site) => {
    const fact = reported.sites.find((f) => f.site === site.id);
    if (!fact) return [];
    const window = windows.find((w) => w.id === site.closureWindow);
    const planned = window ? { start: window.start, end: window.end, window: window.id } : null;
    return [
      {
        site: site.id,
        planned,
        plannedDay: site.handoverDate,
        reported: fact.left.date,
        gap: planned
          ? gapFromWindow(fact.left.date, planned.start, planned.end)
          : { kind: 'unplanned' as const },
      },
    ];
  });
}

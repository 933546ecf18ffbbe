/**
 * A site's status in the reported view ("as it happened"): `closed` from the day the
 * sources say its last personnel left; before that `liquidation` from the reported
 * start of the liquidation (Gao, Bamako); `closing` only from a sourced start of its
 * withdrawal; `open` before. A planned window is the plan's, never a reported start.
 */
import { compareDays } from './dates.ts';
import type { IsoDate, ReportedSite, SiteStatus } from './types.ts';

/** The first day the site counts as closing in the reported view: its sourced start, or null. */
export function reportedClosingFrom(fact: ReportedSite): IsoDate | null {
  return fact.withdrawalStart?.date ?? null;
}

/** The site's status on `day`, as the sources report it. */
export function reportedStatusAt(fact: ReportedSite, day: IsoDate): SiteStatus {
  if (compareDays(day, fact.left.date) >= 0) return 'closed';
  if (fact.liquidationFrom && compareDays(day, fact.liquidationFrom.date) >= 0)
    return 'liquidation';
  const closingFrom = reportedClosingFrom(fact);
  return closingFrom && compareDays(day, closingFrom) >= 0 ? 'closing' : 'open';
}

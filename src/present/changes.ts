/**
 * What changed between two days: the sites whose status differs, for the
 * presentation's "what changed" line at each step.
 */
import { siteStatusAt } from '../domain/status.ts';
import type { Dataset, IsoDate, Site, SiteStatus } from '../domain/types.ts';

export interface StatusChange {
  site: Site;
  from: SiteStatus;
  to: SiteStatus;
}

/** Sites whose status on `to` differs from their status on `from`. */
export function statusChangesBetween(dataset: Dataset, from: IsoDate, to: IsoDate): StatusChange[] {
  const { windows } = dataset.timeline;
  return dataset.sites.flatMap((site) => {
    const before = siteStatusAt(site, from, windows);
    const after = siteStatusAt(site, to, windows);
    return before === after ? [] : [{ site, from: before, to: after }];
  });
}

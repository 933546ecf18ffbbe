/**
 * A site's status on a day, by the rules the app and the tests share:
 * `closing` from the first day of its closure window through the day before its
 * reported handover, or through the window's last day when no handover is reported;
 * `closed` after that; `open` before; `drawdown` and `liquidation` from their days.
 */
import { addDays, compareDays } from './dates.ts';
import type { ClosureWindow, IsoDate, Site, SiteStatus } from './types.ts';

/** The first day on which the site counts as closed, or null if it never closes. */
export function closedFrom(site: Site, windows: readonly ClosureWindow[]): IsoDate | null {
  const window = windows.find((w) => w.id === site.closureWindow);
  if (!window) return null;
  return site.handoverDate ?? addDays(window.end, 1);
}

/** The site's status on `day`. */
export function siteStatusAt(
  site: Site,
  day: IsoDate,
  windows: readonly ClosureWindow[],
): SiteStatus {
  if (site.liquidationFrom && compareDays(day, site.liquidationFrom) >= 0) return 'liquidation';
  if (site.drawdownFrom && compareDays(day, site.drawdownFrom) >= 0) return 'drawdown';
  const window = windows.find((w) => w.id === site.closureWindow);
  if (!window || compareDays(day, window.start) < 0) return 'open';
  const closed = closedFrom(site, windows);
  return closed && compareDays(day, closed) >= 0 ? 'closed' : 'closing';
}

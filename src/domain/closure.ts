/**
 * What a reader is told about a site's closure: a day the letter reports it was
 * handed over, or only the last day of the window that plans it. Structured data,
 * not wording: the UI's i18n turns it into "handed over 12 Aug 2023" or
 * "by 31 Aug 2023 (planned)".
 */
import type { ClosureWindow, IsoDate, Site, WindowId } from './types.ts';

/** A reported handover day, or the planned window's last day when none is reported. */
export type ClosureLabel =
  | { kind: 'reported'; date: IsoDate; window: WindowId }
  | { kind: 'planned-by'; date: IsoDate; window: WindowId };

/** How to describe the site's closure, or null when no letter schedules one (Gao, Tombouctou, Bamako). */
export function closureLabel(
  site: Pick<Site, 'closureWindow' | 'handoverDate'>,
  windows: readonly ClosureWindow[],
): ClosureLabel | null {
  const window = windows.find((w) => w.id === site.closureWindow);
  if (!window) return null;
  return site.handoverDate
    ? { kind: 'reported', date: site.handoverDate, window: window.id }
    : { kind: 'planned-by', date: window.end, window: window.id };
}

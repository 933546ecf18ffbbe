/**
 * Calendar days as `YYYY-MM-DD` strings, counted in whole days from 1970-01-01 (UTC)
 * so that no time zone can shift a date. Time is always a parameter, never "now".
 */
/** A calendar day as `YYYY-MM-DD`. Branded so that any string cannot pass for a date. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The day if `text` is a real calendar date written `YYYY-MM-DD`, else null (rejects 2023-02-30). */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const date = new Date(time);
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  ) {
    return null;
  }
  return text as IsoDate;
}

/** Whole days since 1970-01-01. */
export function dayIndex(day: IsoDate): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The day `index` days after 1970-01-01. */
export function fromDayIndex(index: number): IsoDate {
  return new Date(index * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

/** `day` moved by `days` (negative for earlier). */
export function addDays(day: IsoDate, days: number): IsoDate {
  return fromDayIndex(dayIndex(day) + days);
}

/** Negative if `a` is before `b`, zero if the same day, positive if after. */
export function compareDays(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `day` brought inside [start, end]. */
export function clampDate(day: IsoDate, start: IsoDate, end: IsoDate): IsoDate {
  if (compareDays(day, start) < 0) return start;
  if (compareDays(day, end) > 0) return end;
  return day;
}

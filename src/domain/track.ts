/**
 * The slider's track: one unit per day up to the end of 2023, then the liquidation
 * year drawn compressed (a quarter of a unit per day), so that 2023, where nearly
 * everything happens, keeps its width while both stories still end on the page.
 */
import { clampDate, compareDays, dayIndex, fromDayIndex } from './dates.ts';
import type { IsoDate } from './types.ts';

/** The first day drawn compressed, and by how much. */
export const COMPRESSED_FROM = '2024-01-01' as IsoDate;
export const COMPRESSION = 4;

export interface Track {
  start: IsoDate;
  end: IsoDate;
  /** The first compressed day, or null when the range ends before it. */
  compressedFrom: IsoDate | null;
}

/** The track for a timeline's range. */
export function trackFor(range: { start: IsoDate; end: IsoDate }): Track {
  const compressed =
    compareDays(range.start, COMPRESSED_FROM) < 0 && compareDays(range.end, COMPRESSED_FROM) >= 0;
  return {
    start: range.start,
    end: range.end,
    compressedFrom: compressed ? COMPRESSED_FROM : null,
  };
}

/** Where `day` sits on the track, in units from its start (days before the compressed part). */
export function trackUnits(track: Track, day: IsoDate): number {
  const d = dayIndex(clampDate(day, track.start, track.end));
  const start = dayIndex(track.start);
  if (!track.compressedFrom) return d - start;
  const knee = dayIndex(track.compressedFrom);
  return d < knee ? d - start : knee - start + (d - knee) / COMPRESSION;
}

/** The track's length in units. */
export function trackLength(track: Track): number {
  return trackUnits(track, track.end);
}

/** The day at `units` along the track (the nearest day; clamped to the track). */
export function dayAtUnits(track: Track, units: number): IsoDate {
  const start = dayIndex(track.start);
  const clamped = Math.min(Math.max(units, 0), trackLength(track));
  if (!track.compressedFrom) return fromDayIndex(start + Math.round(clamped));
  const kneeUnits = dayIndex(track.compressedFrom) - start;
  const index =
    clamped < kneeUnits
      ? start + Math.round(clamped)
      : dayIndex(track.compressedFrom) + Math.round((clamped - kneeUnits) * COMPRESSION);
  return clampDate(fromDayIndex(index), track.start, track.end);
}

/** The day indices and units of the track's knees, for a piecewise-linear scale (d3's polylinear). */
export function trackKnees(track: Track): { days: number[]; units: number[] } {
  const days = [track.start, ...(track.compressedFrom ? [track.compressedFrom] : []), track.end];
  return { days: days.map(dayIndex), units: days.map((day) => trackUnits(track, day)) };
}

/**
 * What the benchmark changes: the days the slider visits (each changes some site's
 * status) and the statuses the floor is given for each, from the built data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../../src/domain/parseDataset.ts';
import { siteStatusAt } from '../../src/domain/status.ts';
import { trackFor, trackUnits } from '../../src/domain/track.ts';
import type { Dataset, IsoDate } from '../../src/domain/types.ts';
import { DIST_DIR } from './build.ts';

/** Days in different windows, visited in turn: every step changes some site's status. */
const SCRUB_DAYS = [
  '2023-10-15', // sequence a closing, phase one closed
  '2023-07-01', // before phase one: all open
  '2023-08-20', // phase one closing
  '2023-12-20', // sequence c closing
  '2023-12-10', // sequence b closing
  '2024-01-15', // liquidation
] as IsoDate[];
/** Playback starts a few days before phase one, so that closings, pulses and flows show. */
const PLAY_FROM = '2023-07-10' as IsoDate;

export function loadDataset(): Dataset {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(DIST_DIR, file), 'utf8'));
  const parsed = parseDataset(
    read('data/sites.geojson'),
    read('data/timeline.json'),
    read('data/reported.json'),
  );
  if (!parsed.ok) throw new Error(`the built data is invalid: ${parsed.problems.join(' ')}`);
  return parsed.dataset;
}

export function statusesOn(dataset: Dataset, day: IsoDate): string[] {
  return dataset.sites.map((site) => siteStatusAt(site, day, dataset.timeline.windows));
}

export interface Scrub {
  /** The slider's value for each change (its place on the track: 2024 is compressed). */
  values: number[];
  days: IsoDate[];
  /** The 13 statuses of each change, by feature index (for the floor). */
  statuses: string[][];
  /** The slider's value playback starts from. */
  playFrom: number;
}

export function scrubPlan(dataset: Dataset, changesPerRun: number): Scrub {
  const track = trackFor(dataset.timeline.range);
  const days = Array.from(
    { length: changesPerRun },
    (_, i) => SCRUB_DAYS[i % SCRUB_DAYS.length] ?? dataset.timeline.range.end,
  );
  // The page opens on the first day of the range: the first change must differ too.
  let previous = dataset.timeline.range.start;
  for (const day of days) {
    if (statusesOn(dataset, previous).join() === statusesOn(dataset, day).join())
      throw new Error(`${previous} and ${day} show the same statuses: pick other days`);
    previous = day;
  }
  return {
    values: days.map((day) => trackUnits(track, day)),
    days,
    statuses: days.map((day) => statusesOn(dataset, day)),
    playFrom: trackUnits(track, PLAY_FROM),
  };
}

/**
 * The plan-against-reality chart as geometry: one row per site, the planned window
 * as a bar and the reported day as a mark, on the slider's compressed time axis, in
 * units of 0…1 across. Drawn as SVG in the panel and the presentation, and on a
 * canvas in the phase sheet export, from the same numbers.
 */

import { type PlanVsReported, planVsReported } from '../domain/comparison.ts';
import { compareDays } from '../domain/dates.ts';
import { trackFor, trackLength, trackUnits } from '../domain/track.ts';
import type { Dataset, Departure, IsoDate, Site } from '../domain/types.ts';

export interface GapRow extends PlanVsReported {
  site: Site['id'];
  name: Site['name'];
  departure: Departure;
  /** The bar, as fractions of the axis; for sites the plan keeps, the liquidation from its start. */
  bar: { from: number; to: number; kept: boolean };
  /** The reported day, as a fraction of the axis. */
  mark: number;
}

export interface GapChart {
  rows: GapRow[];
  /** The first of each month that starts a year or a quarter, with its place on the axis. */
  ticks: { day: IsoDate; at: number }[];
}

/** The chart's rows, ordered by planned window then by reported day. */
export function gapChart(dataset: Dataset): GapChart {
  const { range, windows } = dataset.timeline;
  const track = trackFor(range);
  const length = trackLength(track);
  const at = (day: IsoDate) => trackUnits(track, day) / length;
  const liquidation = windows.find((w) => w.id === 'liquidation');
  const rows = planVsReported(dataset.sites, windows, dataset.reported).flatMap((row) => {
    const site = dataset.sites.find((s) => s.id === row.site);
    const fact = dataset.reported.sites.find((f) => f.site === row.site);
    if (!site || !fact) return [];
    const kept = row.planned === null;
    const from = row.planned?.start ?? liquidation?.start ?? range.end;
    const to = row.planned?.end ?? range.end;
    return [
      {
        ...row,
        name: site.name,
        departure: fact.handover.kind,
        bar: { from: at(from), to: at(to), kept },
        mark: at(row.reported),
      },
    ];
  });
  rows.sort(
    (a, b) => a.bar.from - b.bar.from || a.bar.to - b.bar.to || compareDays(a.reported, b.reported),
  );
  const ticks = ['2023-07-01', '2023-10-01', '2024-01-01', '2024-07-01']
    .map((day) => day as IsoDate)
    .filter((day) => compareDays(day, range.start) > 0 && compareDays(day, range.end) <= 0)
    .map((day) => ({ day, at: at(day) }));
  return { rows, ticks };
}

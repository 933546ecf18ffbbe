/**
 * The open-sites step chart as geometry: its SVG path and scales, in a box of
 * CHART_WIDTH × CHART_HEIGHT, on the slider's compressed time axis (2024 a quarter as
 * wide). Computed once per dataset and story, never per day.
 */
import { scaleLinear } from 'd3-scale';
import { dayIndex } from '../domain/dates.ts';
import { trackFor, trackKnees } from '../domain/track.ts';
import type { Dataset, IsoDate, Story } from '../domain/types.ts';
import { notClosedSeries } from '../domain/views.ts';

export const CHART_WIDTH = 240;
export const CHART_HEIGHT = 56;

export interface OpenSitesChart {
  /** The count of sites not closed, as steps from the first day to the last. */
  path: string;
  /** A day's place across the box. */
  x: (day: IsoDate) => number;
  /** A count's height in the box. */
  y: (count: number) => number;
  total: number;
}

export function openSitesChart(dataset: Dataset, story: Story): OpenSitesChart {
  const { range } = dataset.timeline;
  const total = dataset.sites.length;
  const knees = trackKnees(trackFor(range));
  const last = knees.units.at(-1) ?? 1;
  // A pixel of margin on each side, so that the line's ends are not cut.
  const across = scaleLinear()
    .domain(knees.days)
    .range(knees.units.map((units) => 1 + (units / last) * (CHART_WIDTH - 2)));
  const up = scaleLinear()
    .domain([0, total])
    .range([CHART_HEIGHT - 2, 2]);
  const x = (day: IsoDate) => across(dayIndex(day));
  // Only the days on which the count changes: a step chart needs no other point.
  let path = '';
  notClosedSeries(dataset, story).forEach((point, i) => {
    const px = x(point.day).toFixed(1);
    const py = up(point.notClosed).toFixed(1);
    path += i === 0 ? `M${px} ${py}` : `H${px}V${py}`;
  });
  path += `H${x(range.end).toFixed(1)}`;
  return { path, x, y: (count) => up(count), total };
}

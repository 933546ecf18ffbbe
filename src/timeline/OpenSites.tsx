/**
 * "9 of 13 sites still open", and a small step chart of the count over time with
 * the current day marked. The series is computed once per dataset, not per day.
 */
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { dayIndex } from '../domain/dates.ts';
import { trackFor, trackKnees } from '../domain/track.ts';
import { notClosedSeries, openSiteCount } from '../domain/views.ts';
import { t } from '../i18n/index.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectDataset, selectDayView, selectLang } from '../store/selectors.ts';

const WIDTH = 240;
const HEIGHT = 56;

export function OpenSites() {
  const lang = useApp(selectLang);
  const dataset = useApp(selectDataset);
  // The day, the story and the statuses shown.
  const shown = useApp(selectDayView);
  const view = shown?.view;

  const chart = useMemo(() => {
    if (!dataset || !view) return null;
    const { range } = dataset.timeline;
    // Only the days on which the count changes: a step chart needs no other point.
    const series = notClosedSeries(dataset, view);
    const total = dataset.sites.length;
    // The same compressed time axis as the slider's (2024 a quarter as wide).
    const knees = trackKnees(trackFor(range));
    const last = knees.units.at(-1) ?? 1;
    const x = scaleLinear()
      .domain(knees.days)
      .range(knees.units.map((units) => 1 + (units / last) * (WIDTH - 2)));
    const y = scaleLinear()
      .domain([0, total])
      .range([HEIGHT - 2, 2]);
    let path = '';
    series.forEach((point, i) => {
      const px = x(dayIndex(point.day)).toFixed(1);
      const py = y(point.notClosed).toFixed(1);
      path += i === 0 ? `M${px} ${py}` : `H${px}V${py}`;
    });
    path += `H${x(dayIndex(range.end)).toFixed(1)}`;
    return { path, x, y, total: dataset.sites.length };
  }, [dataset, view]);

  if (!chart || !shown) return null;
  const open = openSiteCount(shown.statuses);
  const todayX = chart.x(dayIndex(shown.day));
  return (
    <div className="open-sites">
      <p className="counter" data-open={open}>
        {t(lang, 'counter.open', { open, total: chart.total })}
      </p>
      <svg
        className="open-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t(lang, 'chart.label')}
      >
        <path d={chart.path} fill="none" stroke="#0072b2" strokeWidth={2} />
        <line x1={todayX} x2={todayX} y1={0} y2={HEIGHT} stroke="#1f2328" strokeWidth={1.5} />
        <circle cx={todayX} cy={chart.y(open)} r={3.5} fill="#1f2328" />
      </svg>
    </div>
  );
}

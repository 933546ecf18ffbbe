/**
 * "9 of 13 sites still open", and a small step chart of the count over time with
 * the current day marked. The series is computed once per dataset, not per day.
 */
import { useMemo } from 'react';
import { openSiteCount } from '../domain/views.ts';
import { t } from '../i18n/index.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectDataset, selectDayView, selectLang } from '../store/selectors.ts';
import { CHART_HEIGHT, CHART_WIDTH, openSitesChart } from './openSitesChart.ts';

export function OpenSites() {
  const lang = useApp(selectLang);
  const dataset = useApp(selectDataset);
  // The day, the story and the statuses shown.
  const shown = useApp(selectDayView);
  const story = shown?.story;

  const chart = useMemo(
    () => (dataset && story ? openSitesChart(dataset, story) : null),
    [dataset, story],
  );

  if (!chart || !shown) return null;
  const open = openSiteCount(shown.statuses);
  const todayX = chart.x(shown.day);
  return (
    <div className="open-sites">
      <p className="counter" data-open={open}>
        {t(lang, 'counter.open', { open, total: chart.total })}
      </p>
      <svg
        className="open-chart"
        viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
        role="img"
        aria-label={t(lang, 'chart.label')}
      >
        <path d={chart.path} fill="none" stroke="#0072b2" strokeWidth={2} />
        <line x1={todayX} x2={todayX} y1={0} y2={CHART_HEIGHT} stroke="#1f2328" strokeWidth={1.5} />
        <circle cx={todayX} cy={chart.y(open)} r={3.5} fill="#1f2328" />
      </svg>
    </div>
  );
}

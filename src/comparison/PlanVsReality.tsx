/**
 * "Which sites left early, and by how much", without scrubbing: each site's planned
 * window as a bar and the day it was reported left as a mark (a cross where it was
 * left without a handover), with the difference in days written beside it. A list
 * first, so that it reads without the picture; the picture is decoration.
 */
import { memo, useMemo } from 'react';
import type { Dataset, Lang } from '../domain/types.ts';
import { gapText } from '../i18n/gapText.ts';
import { formatDay, monthName, t } from '../i18n/index.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectDataset, selectLang } from '../store/selectors.ts';
import { gapChart } from './gapChart.ts';
import './comparison.css';

const W = 100;
const H = 14;

export function PlanVsReality({ large = false }: { large?: boolean }) {
  const lang = useApp(selectLang);
  const dataset = useApp(selectDataset);
  if (!dataset) return null;
  return <Chart dataset={dataset} lang={lang} large={large} />;
}

const Chart = memo(function Chart({
  dataset,
  lang,
  large,
}: {
  dataset: Dataset;
  lang: Lang;
  large: boolean;
}) {
  const chart = useMemo(() => gapChart(dataset), [dataset]);
  return (
    <figure className={`gap-chart${large ? ' is-large' : ''}`} aria-labelledby="gap-title">
      <figcaption>
        <strong id="gap-title">{t(lang, 'gap.title')}</strong>
        <span className="gap-intro"> {t(lang, 'gap.intro')}</span>
      </figcaption>
      <ol className="gap-rows">
        {chart.rows.map((row) => {
          const gap = gapText(lang, row.gap);
          return (
            <li
              key={row.site}
              data-site-id={row.site}
              data-gap-kind={row.gap.kind}
              data-gap-days={'days' in row.gap ? row.gap.days : 0}
            >
              <span className="gap-name">{row.name[lang]}</span>
              <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true">
                {chart.ticks.map((tick) => (
                  <line
                    key={tick.day}
                    x1={tick.at * W}
                    x2={tick.at * W}
                    y1={0}
                    y2={H}
                    className="gap-tick"
                    vectorEffect="non-scaling-stroke"
                  />
                ))}
                <rect
                  x={row.bar.from * W}
                  y={3}
                  width={Math.max(0.8, (row.bar.to - row.bar.from) * W)}
                  height={H - 6}
                  className={row.bar.kept ? 'gap-bar is-kept' : 'gap-bar'}
                />
                <line
                  x1={row.mark * W}
                  x2={row.mark * W}
                  y1={0}
                  y2={H}
                  className={row.departure === 'no-handover' ? 'gap-mark is-abandoned' : 'gap-mark'}
                  vectorEffect="non-scaling-stroke"
                />
              </svg>
              <span className="gap-text">
                <span className="gap-day">{formatDay(lang, row.reported)}</span>
                {row.departure === 'no-handover' && (
                  <span className="gap-abandoned"> · {t(lang, 'gap.noHandover')}</span>
                )}
                {row.departure === 'contested' && (
                  <span className="gap-contested"> · {t(lang, 'gap.contested')}</span>
                )}
                <span className="gap-diff"> · {gap}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="gap-axis" aria-hidden="true">
        {chart.ticks.map((tick) => {
          const [year, month] = tick.day.split('-').map(Number) as [number, number];
          return (
            <span key={tick.day} style={{ left: `${tick.at * 100}%` }}>
              {monthName(lang, month)} {year}
            </span>
          );
        })}
      </p>
      <p className="gap-legend">
        <span className="gap-key gap-key-bar" aria-hidden="true" /> {t(lang, 'gap.plannedWindow')}{' '}
        <span className="gap-key gap-key-mark" aria-hidden="true" /> {t(lang, 'gap.reportedDay')}{' '}
        <span className="gap-key gap-key-abandoned" aria-hidden="true" />{' '}
        {t(lang, 'gap.noHandover')}
      </p>
    </figure>
  );
});

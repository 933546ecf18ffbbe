/**
 * A site's card, as it happened: the day the sources say the Mission left or handed
 * it over, against the plan's window, with the sentence and source that say so, the
 * other versions where sources disagree, and the rule that chose between them.
 */
import { Fragment } from 'react';
import { planVsReported } from '../domain/comparison.ts';
import type { Lang, Site } from '../domain/types.ts';
import { formatDay, t } from '../i18n/index.ts';
import { Quotes } from '../sources/Quotes.tsx';
import { useApp } from '../store/StoreProvider.tsx';
import { selectDataset, selectReports } from '../store/selectors.ts';
import { gapText } from './gapText.ts';

export function ReportedFacts({ site, lang }: { site: Site; lang: Lang }) {
  const dataset = useApp(selectDataset);
  const reports = useApp(selectReports);
  const fact = dataset?.reported.sites.find((f) => f.site === site.id);
  if (!dataset || !fact) return null;
  const row = planVsReported([site], dataset.timeline.windows, dataset.reported)[0];
  const chosen = reports.find((r) => r.id === fact.left.citations[0]?.source);
  const left = formatDay(lang, fact.left.date);
  // The reported days beyond the departure, where the sources give them.
  const datedFacts = [
    { term: 'card.withdrawal', sentence: 'card.withdrawalStart', day: fact.withdrawalStart },
    { term: 'status.liquidation', sentence: 'card.liquidationReported', day: fact.liquidationFrom },
  ] as const;
  return (
    // Not a landmark: the card is one already, and the caption region has the same name in French.
    <div className="reported-facts">
      <h3>{t(lang, 'card.asReported')}</h3>
      <dl className="facts">
        <dt>{t(lang, 'card.handover')}</dt>
        <dd data-reported-left={fact.left.date} data-departure={fact.left.handover}>
          {fact.left.handover === 'handed-over'
            ? t(lang, 'card.leftHandedOver', { date: left })
            : t(lang, 'card.leftNoHandover', { date: left })}
          {row && <> · {gapText(lang, row.gap)}</>}
        </dd>
        {datedFacts.map(
          ({ term, sentence, day }) =>
            day && (
              <Fragment key={term}>
                <dt>{t(lang, term)}</dt>
                <dd>{t(lang, sentence, { date: formatDay(lang, day.date) })}</dd>
              </Fragment>
            ),
        )}
      </dl>
      <p className="reported-summary">{fact.left.summary[lang]}</p>
      {chosen?.kind === 'press' && <p className="reported-caveat">{t(lang, 'card.pressOnly')}</p>}
      {!fact.left.dayNamed && <p className="reported-caveat">{t(lang, 'card.dayImplied')}</p>}
      <h4>{t(lang, 'card.reportSources')}</h4>
      <Quotes citations={fact.left.citations} />
      {fact.withdrawalStart && <Quotes citations={fact.withdrawalStart.citations} />}
      {fact.otherVersions.length > 0 && (
        <details className="other-versions">
          <summary>
            {t(lang, 'card.otherVersions')} ({fact.otherVersions.length})
          </summary>
          <ul>
            {fact.otherVersions.map((version) => (
              <li key={`${version.date}:${version.summary.en.slice(0, 30)}`}>
                <p>
                  <strong>
                    {version.date ? formatDay(lang, version.date) : t(lang, 'card.noDay')}
                  </strong>{' '}
                  {version.summary[lang]}
                </p>
                <Quotes citations={version.citations} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <details className="rule">
        <summary>{t(lang, 'view.ruleTitle')}</summary>
        <p>{t(lang, 'view.rule')}</p>
      </details>
    </div>
  );
}

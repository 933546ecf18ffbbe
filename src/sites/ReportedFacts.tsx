/**
 * A site's card, as it happened, claim by claim: the withdrawal's start where a source
 * dates it, the day the Mission left, the handover (its day and recipient, or its
 * absence, or each account where they disagree), and who took the site over. Each
 * claim shows its own sentences, the first supporting its line; then the other
 * versions, and the rule that chose between them.
 */
import { claimsOf } from '../domain/claims.ts';
import { planVsReported } from '../domain/comparison.ts';
import type { Bilingual, ClaimCitation, Lang, Site } from '../domain/types.ts';
import { gapText } from '../i18n/gapText.ts';
import { formatDay, t } from '../i18n/index.ts';
import { Quotes } from '../sources/Quotes.tsx';
import { useApp } from '../store/StoreProvider.tsx';
import { selectDataset, selectReports } from '../store/selectors.ts';
import { ClaimBlock } from './ClaimBlock.tsx';
import { claimLines } from './claimLines.ts';

export function ReportedFacts({ site, lang }: { site: Site; lang: Lang }) {
  const dataset = useApp(selectDataset);
  const reports = useApp(selectReports);
  const fact = dataset?.reported.sites.find((f) => f.site === site.id);
  if (!dataset || !fact) return null;
  const row = planVsReported([site], dataset.timeline.windows, dataset.reported)[0];
  const { withdrawalStart, liquidationFrom, left, handover, takeover } = fact;
  const shared = { reports, lang };
  // What each claim shows comes from the domain, which the build checks against its citations.
  const claims = claimsOf(fact);
  const shows = (name: string) => claims.find((claim) => claim.name === name)?.shows ?? [];
  /** A claim's block but for its line: its label, summary, sentences and the parts it shows. */
  const claimed = (
    claim: string,
    label: string,
    name: string,
    part: { summary: Bilingual; citations: readonly ClaimCitation[] },
  ) => ({
    claim,
    label,
    summary: part.summary[lang],
    shows: shows(name),
    citations: part.citations,
    ...shared,
  });
  const lines = claimLines(lang, fact);
  return (
    // Not a landmark: the card is one already, and the caption region has the same name in French.
    <div className="reported-facts" data-departure={handover.kind}>
      <h3>{t(lang, 'card.asReported')}</h3>
      {withdrawalStart && (
        <ClaimBlock
          line={lines.start}
          {...claimed('start', t(lang, 'card.withdrawal'), 'withdrawalStart', withdrawalStart)}
        />
      )}
      {liquidationFrom && (
        <ClaimBlock
          line={t(lang, 'card.liquidationReported', {
            date: formatDay(lang, liquidationFrom.date),
          })}
          {...claimed(
            'liquidation',
            t(lang, 'status.liquidation'),
            'liquidationFrom',
            liquidationFrom,
          )}
        />
      )}
      <ClaimBlock
        line={
          <span data-reported-left={left.date}>
            {lines.left}
            {row && <> · {gapText(lang, row.gap)}</>}
          </span>
        }
        {...claimed('left', t(lang, 'card.left'), 'left', left)}
      >
        {!left.dayNamed && <p className="reported-caveat">{t(lang, 'card.dayImplied')}</p>}
        {left.exception && (
          <p className="reported-caveat" data-exception="">
            <strong>{t(lang, 'card.labelled', { label: t(lang, 'card.exception') })}</strong>{' '}
            {left.exception[lang]}
          </p>
        )}
      </ClaimBlock>
      <ClaimBlock
        line={<span data-handover-date={handover.date ?? undefined}>{lines.handover}</span>}
        noHandover={handover.kind === 'no-handover'}
        {...claimed('handover', t(lang, 'card.handoverClaim'), 'handover', handover)}
      >
        {handover.accounts.length > 0 && (
          <ul className="accounts">
            {handover.accounts.map((account, i) => (
              <li key={account.says} data-account={account.says}>
                <ClaimBlock
                  claim={`account-${account.says}`}
                  label={t(lang, `card.account.${account.says}`)}
                  line={account.summary[lang]}
                  summary={null}
                  shows={shows(`handover.accounts[${i}]`)}
                  citations={account.citations}
                  {...shared}
                />
              </li>
            ))}
          </ul>
        )}
      </ClaimBlock>
      {takeover && (
        <ClaimBlock
          line={lines.takeover}
          {...claimed('takeover', t(lang, 'card.takeover'), 'takeover', takeover)}
        />
      )}
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

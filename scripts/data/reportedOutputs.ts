/**
 * The reported facts as files a reader can download: a GeoJSON of the sites and the
 * columns the sites' CSV gains, claim by claim (the day left, the handover's day,
 * kind, recipient and formality, who took the site over, whether the handover is
 * contested), each with the address of its first source and the sentence that
 * supports it. Inferred things are never written as facts.
 */
import { gapFromWindow } from '../../src/domain/comparison.ts';
import type { ClaimCitation, Dataset, Report, ReportedSite, Site } from '../../src/domain/types.ts';

/** The gap as a short phrase for the CSV and GeoJSON ("31 days before its window"). */
function gapText(dataset: Dataset, site: Site): string {
  const fact = dataset.reported.sites.find((f) => f.site === site.id);
  const window = dataset.timeline.windows.find((w) => w.id === site.closureWindow);
  if (!fact) return '';
  if (!window) return 'no window in the plan';
  const gap = gapFromWindow(fact.left.date, window.start, window.end);
  if (gap.kind === 'within') return 'within its window';
  if (gap.kind === 'before') return `${gap.days} days before its window`;
  if (gap.kind === 'after') return `${gap.days} days after its window`;
  return '';
}

/** A claim's first citation (the one that supports its headline) with its source. */
function evidence(sources: readonly Report[], citations: readonly ClaimCitation[] | undefined) {
  const first = citations?.[0];
  const source = first ? sources.find((s) => s.id === first.source) : undefined;
  return {
    kind: source?.kind ?? null,
    url: source?.url ?? null,
    quote: first?.quote ?? null,
  };
}

/** Every claim of a site, flat, in the words of the columns. */
function claimColumns(dataset: Dataset, site: Site) {
  const fact: ReportedSite | undefined = dataset.reported.sites.find((f) => f.site === site.id);
  const { sources } = dataset.reported;
  const start = evidence(sources, fact?.withdrawalStart?.citations);
  const left = evidence(sources, fact?.left.citations);
  const handover = evidence(sources, fact?.handover.citations);
  const takeover = evidence(sources, fact?.takeover?.citations);
  const accounts = (fact?.handover.accounts ?? []).map((account) => ({
    says: account.says,
    ...evidence(sources, account.citations),
  }));
  return {
    reported_withdrawal_start: fact?.withdrawalStart?.date ?? null,
    reported_withdrawal_start_source_url: start.url,
    reported_withdrawal_start_quote: start.quote,
    reported_liquidation_from: fact?.liquidationFrom?.date ?? null,
    reported_left: fact?.left.date ?? null,
    reported_left_day_named: fact?.left.dayNamed ?? null,
    reported_left_source_kind: left.kind,
    reported_left_source_url: left.url,
    reported_left_quote: left.quote,
    reported_handover: fact?.handover.kind ?? null,
    reported_handover_contested: fact ? fact.handover.kind === 'contested' : null,
    reported_handover_date: fact?.handover.date ?? null,
    reported_handover_recipient: fact?.handover.recipient ?? null,
    reported_handover_formality: fact?.handover.formality ?? null,
    reported_handover_source_kind: handover.kind,
    reported_handover_source_url: handover.url,
    reported_handover_quote: handover.quote,
    reported_taken_over_by: fact?.takeover?.actor ?? null,
    reported_taken_over_on: fact?.takeover?.date ?? null,
    reported_takeover_source_kind: takeover.kind,
    reported_takeover_source_url: takeover.url,
    reported_takeover_quote: takeover.quote,
    accounts,
  };
}

/** The sites with what the sources report, as a GeoJSON FeatureCollection. */
export function toReportedGeoJson(dataset: Dataset) {
  return {
    type: 'FeatureCollection' as const,
    features: dataset.sites.map((site, index) => {
      const fact = dataset.reported.sites.find((f) => f.site === site.id);
      const window = dataset.timeline.windows.find((w) => w.id === site.closureWindow);
      const { accounts, ...claims } = claimColumns(dataset, site);
      return {
        type: 'Feature' as const,
        id: index,
        geometry: { type: 'Point' as const, coordinates: site.coordinates },
        properties: {
          id: site.id,
          name_fr: site.name.fr,
          name_en: site.name.en,
          planned_window: site.closureWindow,
          planned_start: window?.start ?? null,
          planned_end: window?.end ?? null,
          ...claims,
          reported_handover_accounts: accounts,
          gap: gapText(dataset, site),
          other_versions: fact?.otherVersions.map((v) => v.date).filter(Boolean) ?? [],
        },
      };
    }),
  };
}

const CSV_CLAIMS = [
  'reported_withdrawal_start',
  'reported_liquidation_from',
  'reported_left',
  'reported_left_source_kind',
  'reported_left_source_url',
  'reported_left_quote',
  'reported_handover',
  'reported_handover_contested',
  'reported_handover_date',
  'reported_handover_recipient',
  'reported_handover_formality',
  'reported_handover_source_kind',
  'reported_handover_source_url',
  'reported_handover_quote',
  'reported_taken_over_by',
  'reported_taken_over_on',
  'reported_takeover_source_url',
  'reported_takeover_quote',
] as const;

/** The CSV's reported columns: header and one row's values (a contested handover's accounts in one cell). */
export const toReportedCsvColumns = {
  header: [...CSV_CLAIMS, 'reported_handover_accounts', 'reported_gap'],
  row(dataset: Dataset, site: Site): unknown[] {
    const { accounts, ...claims } = claimColumns(dataset, site);
    return [
      ...CSV_CLAIMS.map((column) => claims[column]),
      accounts.map((account) => `${account.says}: ${account.url} "${account.quote}"`).join(' | '),
      gapText(dataset, site),
    ];
  },
};

/**
 * The reported facts as files a reader can download: a GeoJSON of the sites with
 * the day each was left and who says so, beside the plan's window, and the columns
 * the sites' CSV gains. Inferred things are never written as facts: every value
 * here comes with its source's kind and address.
 */
import { gapFromWindow } from '../../src/domain/comparison.ts';
import type { Dataset, Site } from '../../src/domain/types.ts';

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

function chosenSource(dataset: Dataset, site: Site) {
  const fact = dataset.reported.sites.find((f) => f.site === site.id);
  const first = fact?.left.citations[0];
  const source = first ? dataset.reported.sources.find((s) => s.id === first.source) : undefined;
  return { fact, first, source };
}

/** The sites with what the sources report, as a GeoJSON FeatureCollection. */
export function toReportedGeoJson(dataset: Dataset) {
  return {
    type: 'FeatureCollection' as const,
    features: dataset.sites.map((site, index) => {
      const { fact, first, source } = chosenSource(dataset, site);
      const window = dataset.timeline.windows.find((w) => w.id === site.closureWindow);
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
          reported_withdrawal_start: fact?.withdrawalStart?.date ?? null,
          reported_liquidation_from: fact?.liquidationFrom?.date ?? null,
          reported_left: fact?.left.date ?? null,
          reported_handover: fact?.left.handover ?? null,
          reported_day_named: fact?.left.dayNamed ?? null,
          gap: gapText(dataset, site),
          source_kind: source?.kind ?? null,
          source_publisher: source?.publisher ?? null,
          source_url: source?.url ?? null,
          quote: first?.quote ?? null,
          other_versions: fact?.otherVersions.map((v) => v.date).filter(Boolean) ?? [],
        },
      };
    }),
  };
}

/** The CSV's reported columns: header and one row's values. */
export const toReportedCsvColumns = {
  header: [
    'reported_withdrawal_start',
    'reported_liquidation_from',
    'reported_left',
    'reported_handover',
    'reported_gap',
    'reported_source_kind',
    'reported_source_url',
  ],
  row(dataset: Dataset, site: Site): unknown[] {
    const { fact, source } = chosenSource(dataset, site);
    return [
      fact?.withdrawalStart?.date,
      fact?.liquidationFrom?.date,
      fact?.left.date,
      fact?.left.handover,
      gapText(dataset, site),
      source?.kind,
      source?.url,
    ];
  },
};

/**
 * The withdrawal's data: the curated sites and timeline (data/*.json) joined with
 * the letters' metadata and the reference positions, placed on Natural Earth's Mali,
 * every quote checked against its letter, then validated with the app's own schema.
 * Any problem stops the build with a message that names what to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closureLabel } from '../../src/domain/closure.ts';
import { compareDays } from '../../src/domain/dates.ts';
import { parseDataset } from '../../src/domain/parseDataset.ts';
import { datasetProblems } from '../../src/domain/rules.ts';
import { siteStatusAt } from '../../src/domain/status.ts';
import {
  type Dataset,
  type Letter,
  SITE_IDS,
  type Site,
  type SiteId,
  type Timeline,
  WINDOW_IDS,
  type WindowId,
} from '../../src/domain/types.ts';
import { toCsv } from './csv.ts';
import { flowProblems } from './flows.ts';
import { loadMaliGeography } from './geo.ts';
import { INPUT_FILES, type Inputs, readInputs } from './inputs.ts';
import { DataError, type OutputFile, toJson } from './output.ts';
import { missingQuotes } from './quotes.ts';
import { assembleReported, missingReportQuotes, sortSources } from './reported.ts';
import { toReportedCsvColumns, toReportedGeoJson } from './reportedOutputs.ts';

export { DataError };

export interface DataDir {
  root: string;
}

/** Coordinates are written with 4 decimals (~11 m): enough, and stable in diffs. */
const PRECISION = 4;
const round = (value: number) => Number(value.toFixed(PRECISION));

/** Names used in messages about the inputs. */
const FILES = {
  sites: `data/${INPUT_FILES.sites}`,
  timeline: `data/${INPUT_FILES.timeline}`,
  letters: `data/${INPUT_FILES.letters}`,
  reported: `data/${INPUT_FILES.reported}`,
};

const siteOrder = (id: SiteId) => SITE_IDS.indexOf(id);
const windowOrder = (id: WindowId) => WINDOW_IDS.indexOf(id);

/** Sites with their positions; problems when a reference row is missing or the point is off. */
function placeSites(inputs: Inputs, root: string, problems: string[]): Site[] {
  const geography = loadMaliGeography(root);
  return inputs.sites.map(({ reference: ref, ...site }) => {
    const where = `${FILES.sites}: site ${site.id}`;
    const row = inputs.reference.get(ref);
    if (!row) {
      problems.push(`${where}: reference "${ref}" is not a row of data/${INPUT_FILES.reference}`);
      return { ...site, coordinates: [0, 0], coordinateSource: '' };
    }
    const coordinates: [number, number] = [round(row.lon), round(row.lat)];
    if (!geography.inMali(coordinates))
      problems.push(
        `${where}: ${coordinates.join(', ')} (row "${ref}" of data/${INPUT_FILES.reference}) is outside Mali's outline; is the order lon, lat?`,
      );
    else {
      const region = geography.regionAt(coordinates);
      if (region && (region.fr !== site.region.fr || region.en !== site.region.en))
        problems.push(
          `${where}: region is ${site.region.fr} / ${site.region.en}, but the position is in Natural Earth's ${region.fr} / ${region.en}`,
        );
    }
    return { ...site, coordinates, coordinateSource: row.source };
  });
}

/** The curated timeline with its letters, records sorted so the output's order is stable. */
function assembleTimeline(inputs: Inputs): Timeline {
  const { windows, events, flows, range, planLetter } = inputs.timeline;
  return {
    planLetter,
    // Newest first: the withdrawal plan leads, the older context follows.
    letters: [...inputs.letters].sort((a, b) => compareDays(b.date, a.date)),
    windows,
    events: [...events].sort((a, b) => compareDays(a.date, b.date) || a.id.localeCompare(b.id)),
    flows: [...flows].sort(
      (a, b) =>
        windowOrder(a.window) - windowOrder(b.window) || siteOrder(a.from) - siteOrder(b.from),
    ),
    range,
  };
}

function readLetter(root: string, letter: Letter, problems: string[]): string | null {
  try {
    return readFileSync(join(root, 'letters', letter.file), 'utf8');
  } catch {
    problems.push(
      `${FILES.letters}: letter ${letter.id}: file data/letters/${letter.file} not found`,
    );
    return null;
  }
}

/** Reads data/ and returns the checked dataset; throws DataError listing every problem. */
export function compileDataset({ root }: DataDir): Dataset {
  return compile({ root }).dataset;
}

/** The checked dataset and the stored sources (with their excerpts, for download). */
function compile({ root }: DataDir): { dataset: Dataset; inputs: Inputs } {
  const inputs = readInputs(root);
  const problems: string[] = [];
  const sites = placeSites(inputs, root, problems).sort(
    (a, b) => siteOrder(a.id) - siteOrder(b.id),
  );
  const timeline = assembleTimeline(inputs);
  const dataset: Dataset = { sites, timeline, reported: assembleReported(inputs, sites) };
  problems.push(...datasetProblems(dataset, FILES));
  problems.push(
    ...missingReportQuotes(
      dataset.reported,
      inputs.sources,
      `data/${INPUT_FILES.sources} and ${FILES.reported}`,
    ),
  );
  if (!problems.length) problems.push(...flowProblems(dataset, FILES));
  const texts = new Map<string, string | null>();
  const letterText = (letter: Letter) => {
    if (!texts.has(letter.id)) texts.set(letter.id, readLetter(root, letter, problems));
    return texts.get(letter.id) ?? null;
  };
  problems.push(...missingQuotes(dataset, letterText, FILES));
  if (problems.length) throw new DataError(problems.join('\n'));

  // The app will parse what we write with the same schema: make sure it will pass.
  const parsed = parseDataset(toSitesGeoJson(dataset), dataset.timeline, dataset.reported);
  if (!parsed.ok)
    throw new DataError(`The compiled data would not load:\n${parsed.problems.join('\n')}`);
  return { dataset, inputs };
}

/** The sites as GeoJSON: feature ids are integers in SITE_IDS order (maplibre feature state needs them). */
/** "Stated: …" or "Inferred: the letter lists only…" for a site's hubs, or null when it has none. */
function hubsBasis(dataset: Dataset, id: Site['id']): string | null {
  const flow = dataset.timeline.flows.find((f) => f.from === id);
  return flow ? (flow.note?.en ?? flow.basis) : null;
}

export function toSitesGeoJson(dataset: Dataset) {
  return {
    type: 'FeatureCollection' as const,
    features: dataset.sites.map(({ coordinates, ...properties }) => ({
      type: 'Feature' as const,
      id: siteOrder(properties.id),
      geometry: { type: 'Point' as const, coordinates },
      // Whether the letter states where the site's people went, or the map infers it
      // (the nearest hub the plan names): written beside the hubs wherever they go.
      properties: { ...properties, hubsBasis: hubsBasis(dataset, properties.id) },
    })),
  };
}

/** One row per site: where, its window and handover, and its status at each milestone. */
export function toSitesCsv(dataset: Dataset): string {
  const { windows } = dataset.timeline;
  const checkpoints = windows
    .filter((w) => w.id !== 'liquidation')
    .map((w) => ({ label: `status_end_${w.id}`, day: w.end }));
  const liquidation = windows.find((w) => w.id === 'liquidation');
  if (liquidation) checkpoints.push({ label: 'status_liquidation_start', day: liquidation.start });
  const header = [
    'id',
    'name_fr',
    'name_en',
    'kind',
    'region_fr',
    'region_en',
    'lon',
    'lat',
    'approximate',
    'uncertainty_km',
    'closure_window',
    'window_start',
    'window_end',
    'handover_date',
    'handover_basis',
    'hubs',
    'hubs_basis',
    'drawdown_from',
    'liquidation_from',
    ...checkpoints.map((c) => `${c.label} (${c.day})`),
    ...toReportedCsvColumns.header,
  ];
  const rows = dataset.sites.map((site) => {
    const w = windows.find((x) => x.id === site.closureWindow);
    const closure = closureLabel(site, windows);
    return [
      site.id,
      site.name.fr,
      site.name.en,
      site.kind,
      site.region.fr,
      site.region.en,
      site.coordinates[0].toFixed(PRECISION),
      site.coordinates[1].toFixed(PRECISION),
      site.approximate,
      site.uncertaintyKm,
      site.closureWindow,
      w?.start,
      w?.end,
      site.handoverDate,
      closure ? (closure.kind === 'reported' ? 'reported' : 'planned (window end)') : '',
      site.hubs.join(' '),
      hubsBasis(dataset, site.id),
      site.drawdownFrom,
      site.liquidationFrom,
      ...checkpoints.map((c) => siteStatusAt(site, c.day, windows)),
      ...toReportedCsvColumns.row(dataset, site),
    ];
  });
  return toCsv([header, ...rows]);
}

/** Generator for scripts/build-data.ts: the files the app loads and offers for download. */
export function withdrawalOutputs(dir: DataDir = { root: 'data' }): OutputFile[] {
  const { dataset, inputs } = compile(dir);
  return [
    { path: 'public/data/sites.geojson', content: toJson(toSitesGeoJson(dataset)) },
    { path: 'public/data/timeline.json', content: toJson(dataset.timeline) },
    { path: 'public/data/sites.csv', content: toSitesCsv(dataset) },
    { path: 'public/data/reported.json', content: toJson(dataset.reported) },
    { path: 'public/data/sites-reported.geojson', content: toJson(toReportedGeoJson(dataset)) },
    // The sources' stored excerpts, so a reader can check every quote without the network.
    { path: 'public/data/sources.json', content: toJson(sortSources(inputs.sources)) },
  ];
}

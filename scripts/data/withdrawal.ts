/**
 * The withdrawal's data: hand-curated sites and timeline (data/*.json) joined with
 * the letters' metadata and the reference coordinates, every quote checked against
 * its letter, then validated with the app's own schema. Any problem stops the build
 * with a message that names what to fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuote } from '../../src/domain/citations.ts';
import { parseDataset } from '../../src/domain/schema.ts';
import { siteStatusAt } from '../../src/domain/status.ts';
import type { Citation, Dataset, Letter, Site, Timeline } from '../../src/domain/types.ts';

export interface DataDir {
  root: string;
}

interface CuratedSite extends Omit<Site, 'coordinates' | 'coordinateSource'> {
  /** Row id in sites-reference.csv giving the position. */
  reference: string;
}

type CuratedTimeline = Omit<Timeline, 'letters'>;

/** Coordinates are written with 4 decimals (~11 m): enough, and stable in diffs. */
const PRECISION = 4;

/** A failure a person can act on: the build prints the message and exits non-zero. */
export class DataError extends Error {}

function readJson<T>(path: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DataError(`${path}: file not found.`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new DataError(`${path}: not valid JSON (${(error as Error).message}).`);
  }
}

/** Parses sites-reference.csv (id,name,lon,lat,source with quoted fields). */
export function parseReferenceCsv(
  text: string,
): Map<string, { lon: number; lat: number; source: string }> {
  const rows = new Map<string, { lon: number; lat: number; source: string }>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else field += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        fields.push(field);
        field = '';
      } else field += ch;
    }
    fields.push(field);
    const [id, name, lon, lat, source] = fields;
    if (!id || lon === undefined || lat === undefined) continue;
    rows.set(id, { lon: Number(lon), lat: Number(lat), source: `${name}: ${source ?? ''}`.trim() });
  }
  return rows;
}

function allCitations(dataset: Dataset): { where: string; citation: Citation }[] {
  const list: { where: string; citation: Citation }[] = [];
  for (const site of dataset.sites)
    for (const citation of site.citations) list.push({ where: `site ${site.id}`, citation });
  const { windows, events, flows } = dataset.timeline;
  for (const w of windows)
    for (const citation of w.citations) list.push({ where: `window ${w.id}`, citation });
  for (const e of events)
    for (const citation of e.citations) list.push({ where: `event ${e.id}`, citation });
  for (const f of flows)
    for (const citation of f.citations) list.push({ where: `flow ${f.id}`, citation });
  return list;
}

/** Every quote that is not in its letter, as a message naming the quote and the letter. */
export function missingQuotes(dataset: Dataset, letterText: (letter: Letter) => string): string[] {
  const letters = new Map(dataset.timeline.letters.map((letter) => [letter.id, letter]));
  const problems: string[] = [];
  for (const { where, citation } of allCitations(dataset)) {
    const letter = letters.get(citation.letter);
    if (!letter) {
      problems.push(`${where}: cites unknown letter "${citation.letter}"`);
      continue;
    }
    if (!findQuote(letterText(letter), citation.quote)) {
      const short = citation.quote.length > 80 ? `${citation.quote.slice(0, 80)}…` : citation.quote;
      problems.push(
        `${where}: quote not found in letter ${letter.id} (${letter.file}): "${short}"`,
      );
    }
  }
  return problems;
}

const round = (value: number) => Number(value.toFixed(PRECISION));

/** Reads data/ and returns the checked dataset; throws DataError listing every problem. */
export function compileDataset({ root }: DataDir): Dataset {
  const letters = readJson<Letter[]>(join(root, 'letters/letters.json'));
  const curated = readJson<CuratedSite[]>(join(root, 'sites.json'));
  const timeline = readJson<CuratedTimeline>(join(root, 'timeline.source.json'));
  const reference = parseReferenceCsv(readFileSync(join(root, 'sites-reference.csv'), 'utf8'));
  const problems: string[] = [];

  const sites: Site[] = curated.map(({ reference: ref, ...site }) => {
    const row = reference.get(ref);
    if (!row)
      problems.push(
        `data/sites.json: ${site.id}: reference "${ref}" is not a row of sites-reference.csv`,
      );
    return {
      ...site,
      coordinates: [round(row?.lon ?? Number.NaN), round(row?.lat ?? Number.NaN)],
      coordinateSource: row?.source ?? '',
    };
  });
  const dataset: Dataset = { sites, timeline: { letters, ...timeline } };

  const parsed = parseDataset(toSitesGeoJson(dataset), dataset.timeline);
  if (!parsed.ok) problems.push(...parsed.problems);
  const texts = new Map<string, string>();
  problems.push(
    ...missingQuotes(dataset, (letter) => {
      let text = texts.get(letter.id);
      if (text === undefined) {
        try {
          text = readFileSync(join(root, 'letters', letter.file), 'utf8');
        } catch {
          problems.push(`data/letters/letters.json: ${letter.id}: file ${letter.file} not found`);
          text = '';
        }
        texts.set(letter.id, text);
      }
      return text;
    }),
  );
  if (problems.length) throw new DataError(problems.join('\n'));
  return dataset;
}

/** The sites as GeoJSON: feature ids are stable integers (maplibre feature state needs them). */
export function toSitesGeoJson(dataset: Dataset) {
  return {
    type: 'FeatureCollection' as const,
    features: dataset.sites.map(({ coordinates, ...properties }, index) => ({
      type: 'Feature' as const,
      id: index,
      geometry: { type: 'Point' as const, coordinates },
      properties,
    })),
  };
}

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per site with its window, handover and status at the end of each phase. */
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
    'region',
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
    'drawdown_from',
    'liquidation_from',
    ...checkpoints.map((c) => `${c.label} (${c.day})`),
  ];
  const rows = dataset.sites.map((site) => {
    const w = windows.find((x) => x.id === site.closureWindow);
    return [
      site.id,
      site.name.fr,
      site.name.en,
      site.kind,
      site.region.fr,
      site.coordinates[0],
      site.coordinates[1],
      site.approximate,
      site.uncertaintyKm,
      site.closureWindow,
      w?.start,
      w?.end,
      site.handoverDate,
      site.handoverDate ? 'reported' : w ? 'planned (window end)' : '',
      site.hubs.join(' '),
      site.drawdownFrom,
      site.liquidationFrom,
      ...checkpoints.map((c) => siteStatusAt(site, c.day, windows)),
    ];
  });
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Generator for scripts/build-data.ts: the files the app loads and offers for download. */
export function withdrawalOutputs(
  dir: DataDir = { root: 'data' },
): { path: string; content: string }[] {
  const dataset = compileDataset(dir);
  return [
    { path: 'public/data/sites.geojson', content: json(toSitesGeoJson(dataset)) },
    { path: 'public/data/timeline.json', content: json(dataset.timeline) },
    { path: 'public/data/sites.csv', content: toSitesCsv(dataset) },
  ];
}

/**
 * Reads the hand-curated inputs in data/ and checks their shape with the app's own
 * schemas (strict here, so a misspelt field is caught, not silently dropped). Every
 * problem names the file, the record (index and id) and the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describeIssues } from '../../src/domain/issues.ts';
import {
  eventSchema,
  letterSchema,
  reportedCountSchema,
  reportedSiteSchema,
  siteFields,
  storedReportSchema,
  timelineFields,
} from '../../src/domain/schema.ts';
import { parseCsvLine } from './csv.ts';
import { DataError } from './output.ts';

/** A site as curated in data/sites.json: its position comes from a row of sites-reference.csv. */
const curatedSite = v.strictObject({ ...siteFields, reference: v.string() });
const curatedTimeline = v.strictObject(timelineFields);
/** A reported incident or milestone: an event of the reported story, never context. */
const curatedReportedEvent = v.strictObject({
  ...v.omit(eventSchema, ['context']).entries,
});
const curatedReported = v.strictObject({
  sites: v.array(reportedSiteSchema),
  events: v.array(curatedReportedEvent),
  counts: v.array(v.strictObject(reportedCountSchema.entries)),
});

export type CuratedSite = v.InferOutput<typeof curatedSite>;
export type CuratedTimeline = v.InferOutput<typeof curatedTimeline>;
export type CuratedLetter = v.InferOutput<typeof letterSchema>;
export type CuratedReported = v.InferOutput<typeof curatedReported>;
export type CuratedReport = v.InferOutput<typeof storedReportSchema>;

/** The input files, relative to the data directory; also the names used in messages. */
export const INPUT_FILES = {
  letters: 'letters/letters.json',
  sites: 'sites.json',
  timeline: 'timeline.source.json',
  reference: 'sites-reference.csv',
  sources: 'reports/sources.json',
  reported: 'reports/reported.json',
} as const;

export interface ReferencePoint {
  lon: number;
  lat: number;
  source: string;
}

export interface Inputs {
  letters: CuratedLetter[];
  sites: CuratedSite[];
  timeline: CuratedTimeline;
  reference: Map<string, ReferencePoint>;
  sources: CuratedReport[];
  reported: CuratedReported;
}

function readText(root: string, file: string): string {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    throw new DataError(`data/${file}: file not found (looked in ${join(root, file)}).`);
  }
}

function readJson(root: string, file: string): unknown {
  try {
    return JSON.parse(readText(root, file));
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`data/${file}: not valid JSON (${(error as Error).message}).`);
  }
}

/** sites-reference.csv (id,name,lon,lat,source) as positions by row id. */
export function parseReferenceCsv(
  text: string,
  file = 'sites-reference.csv',
): Map<string, ReferencePoint> {
  const rows = new Map<string, ReferencePoint>();
  const problems: string[] = [];
  text
    .split(/\r?\n/)
    .slice(1)
    .forEach((line, index) => {
      if (!line.trim()) return;
      const [id, name, lon, lat, source] = parseCsvLine(line);
      const point = { lon: Number(lon), lat: Number(lat) };
      if (!id || !Number.isFinite(point.lon) || !Number.isFinite(point.lat) || !lon || !lat) {
        problems.push(
          `data/${file}: line ${index + 2}: needs an id and numeric lon, lat (got "${line.slice(0, 60)}")`,
        );
        return;
      }
      rows.set(id, { ...point, source: `${name}: ${source ?? ''}`.trim() });
    });
  if (problems.length) throw new DataError(problems.join('\n'));
  return rows;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function parse<T extends v.GenericSchema>(
  schema: T,
  json: unknown,
  file: string,
  noun: string,
): Parsed<v.InferOutput<T>> {
  const result = v.safeParse(schema, json);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, problems: describeIssues(`data/${file}`, json, result.issues, noun) };
}

/** Reads and shape-checks data/; throws a DataError listing every problem found. */
export function readInputs(root: string): Inputs {
  const { letters: lettersFile, sites: sitesFile, timeline: timelineFile } = INPUT_FILES;
  const letters = parse(v.array(letterSchema), readJson(root, lettersFile), lettersFile, 'letter');
  const sites = parse(v.array(curatedSite), readJson(root, sitesFile), sitesFile, 'site');
  const timeline = parse(curatedTimeline, readJson(root, timelineFile), timelineFile, 'item');
  const { sources: sourcesFile, reported: reportedFile } = INPUT_FILES;
  const sources = parse(
    v.array(v.strictObject(storedReportSchema.entries)),
    readJson(root, sourcesFile),
    sourcesFile,
    'source',
  );
  const reported = parse(curatedReported, readJson(root, reportedFile), reportedFile, 'item');
  const reference = parseReferenceCsv(readText(root, INPUT_FILES.reference));
  if (!letters.ok || !sites.ok || !timeline.ok || !sources.ok || !reported.ok)
    throw new DataError(
      [letters, sites, timeline, sources, reported]
        .flatMap((parsed) => (parsed.ok ? [] : parsed.problems))
        .join('\n'),
    );
  return {
    letters: letters.value,
    sites: sites.value,
    timeline: timeline.value,
    reference,
    sources: sources.value,
    reported: reported.value,
  };
}

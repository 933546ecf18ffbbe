/**
 * The shape of the compiled data, checked with valibot by both the data build and
 * the app (which shows an alert naming the problem instead of a blank page). The
 * rules a shape cannot say (13 sites, kinds counted, dates in order) are in rules.ts.
 */
import * as v from 'valibot';
import { parseIsoDate } from './dates.ts';
import { describeIssues } from './issues.ts';
import { datasetProblems } from './rules.ts';
import {
  type Dataset,
  type IsoDate,
  REPORT_KINDS,
  type Reported,
  SITE_IDS,
  type Site,
  type Timeline,
  WINDOW_IDS,
} from './types.ts';

const isoDate = v.pipe(
  v.string(),
  v.check(
    (text) => parseIsoDate(text) !== null,
    (issue) => `must be a real calendar date written YYYY-MM-DD (got ${issue.received})`,
  ),
  v.transform((text) => text as IsoDate),
);
const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const bilingual = v.object({ fr: text, en: text });
const citation = v.object({
  letter: text,
  quote: v.pipe(v.string(), v.minLength(8, 'must be a sentence or clause of the letter')),
  en: text,
});
const NEEDS_CITATION = 'needs at least one citation: nothing is shown that no quote supports';
const citations = v.pipe(v.array(citation), v.minLength(1, NEEDS_CITATION));
const reportCitation = v.object({
  source: text,
  quote: v.pipe(v.string(), v.minLength(8, 'must be a sentence or clause of the source')),
  fr: text,
  en: text,
});
const reportCitations = v.pipe(v.array(reportCitation), v.minLength(1, NEEDS_CITATION));
/** An event of either story: the plan's cite letters, the reported story's cite reports. */
const eventCitations = v.pipe(
  v.array(v.union([citation, reportCitation])),
  v.minLength(1, NEEDS_CITATION),
);
const siteId = v.picklist(SITE_IDS);
const windowId = v.picklist(WINDOW_IDS);

/** A site's fields other than its position (the GeoJSON feature's `properties`). */
export const siteFields = {
  id: siteId,
  name: bilingual,
  kind: v.picklist(['camp', 'temporary-base', 'headquarters']),
  sector: v.nullable(bilingual),
  region: bilingual,
  approximate: v.boolean(),
  uncertaintyKm: v.nullable(v.pipe(v.number(), v.minValue(0, 'must not be negative'))),
  closureWindow: v.nullable(windowId),
  handoverDate: v.nullable(isoDate),
  hubs: v.array(siteId),
  drawdownFrom: v.nullable(isoDate),
  liquidationFrom: v.nullable(isoDate),
  citations,
};

const siteProperties = v.object({ ...siteFields, coordinateSource: text });

const sitesCollection = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.object({
      type: v.literal('Feature'),
      id: v.optional(v.number()),
      geometry: v.object({
        type: v.literal('Point'),
        coordinates: v.tuple([v.number(), v.number()]),
      }),
      properties: siteProperties,
    }),
  ),
});

export const letterSchema = v.object({
  id: text,
  file: text,
  date: isoDate,
  author: bilingual,
  symbol: v.nullable(text),
  symbolNote: v.nullable(bilingual),
  title: bilingual,
  url: v.nullable(bilingual),
});

export const windowSchema = v.object({
  id: windowId,
  name: bilingual,
  shortName: bilingual,
  start: isoDate,
  end: isoDate,
  endIsMinimum: v.boolean(),
  closes: v.array(siteId),
  changes: v.array(siteId),
  hubs: v.array(siteId),
  summary: bilingual,
  citations,
});

export const eventSchema = v.object({
  id: text,
  date: isoDate,
  endDate: v.nullable(isoDate),
  kind: v.picklist(['context', 'decision', 'handover', 'security', 'milestone', 'count']),
  context: v.boolean(),
  title: bilingual,
  summary: bilingual,
  sites: v.array(siteId),
  citations: eventCitations,
});

export const flowSchema = v.object({
  id: text,
  from: siteId,
  to: siteId,
  window: windowId,
  basis: v.picklist(['stated', 'inferred']),
  note: v.optional(bilingual),
  days: v.optional(v.object({ start: isoDate, end: isoDate })),
  citations,
});

/** The timeline without its letters (data/timeline.source.json). */
export const timelineFields = {
  planLetter: text,
  windows: v.array(windowSchema),
  events: v.array(eventSchema),
  flows: v.array(flowSchema),
  range: v.object({ start: isoDate, end: isoDate }),
};

const timelineSchema = v.object({ letters: v.array(letterSchema), ...timelineFields });

export const reportSchema = v.object({
  id: text,
  publisher: text,
  title: text,
  url: v.pipe(v.string(), v.url('must be a full URL')),
  published: v.nullable(isoDate),
  language: v.picklist(['fr', 'en']),
  kind: v.picklist(REPORT_KINDS),
  original: v.nullable(bilingual),
  note: v.nullable(bilingual),
});

/** A report as stored in data/reports/sources.json: with the paragraphs quoted, as published. */
export const storedReportSchema = v.object({
  ...reportSchema.entries,
  excerpt: v.pipe(v.string(), v.minLength(20, 'must hold the paragraphs quoted, as published')),
});

const reportedDay = v.object({ date: isoDate, summary: bilingual, citations: reportCitations });

/** What the sources report of one site (data/reports/reported.json, public/data/reported.json). */
export const reportedSiteSchema = v.object({
  site: siteId,
  withdrawalStart: v.nullable(reportedDay),
  liquidationFrom: v.nullable(reportedDay),
  left: v.object({
    date: isoDate,
    handover: v.picklist(['handed-over', 'no-handover']),
    dayNamed: v.boolean(),
    summary: bilingual,
    citations: reportCitations,
  }),
  otherVersions: v.array(
    v.object({
      date: v.nullable(isoDate),
      summary: bilingual,
      citations: v.pipe(
        v.array(v.union([citation, reportCitation])),
        v.minLength(1, NEEDS_CITATION),
      ),
    }),
  ),
});

const reportedSchema = v.object({
  sources: v.array(reportSchema),
  sites: v.array(reportedSiteSchema),
  events: v.array(eventSchema),
});

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** Names of the two compiled files, used at the start of every problem. */
export const COMPILED_FILES = {
  sites: 'sites.geojson',
  timeline: 'timeline.json',
  reported: 'reported.json',
} as const;

/** Checks the three compiled files (as parsed JSON) and returns the dataset or what is wrong. */
export function parseDataset(
  sitesJson: unknown,
  timelineJson: unknown,
  reportedJson: unknown,
): ParseResult {
  const sites = v.safeParse(sitesCollection, sitesJson);
  const timeline = v.safeParse(timelineSchema, timelineJson);
  const reported = v.safeParse(reportedSchema, reportedJson);
  const problems: string[] = [];
  if (!sites.success)
    problems.push(...describeIssues(COMPILED_FILES.sites, sitesJson, sites.issues));
  if (!timeline.success)
    problems.push(...describeIssues(COMPILED_FILES.timeline, timelineJson, timeline.issues));
  if (!reported.success)
    problems.push(...describeIssues(COMPILED_FILES.reported, reportedJson, reported.issues));
  if (!sites.success || !timeline.success || !reported.success) return { ok: false, problems };
  const dataset: Dataset = {
    sites: sites.output.features.map(
      (feature): Site => ({ ...feature.properties, coordinates: feature.geometry.coordinates }),
    ),
    timeline: timeline.output as Timeline,
    reported: reported.output as Reported,
  };
  const ruleProblems = datasetProblems(dataset, COMPILED_FILES);
  return ruleProblems.length ? { ok: false, problems: ruleProblems } : { ok: true, dataset };
}

/**
 * The shape of the compiled data, checked with valibot by both the data build and
 * the app (which shows an alert naming the problem instead of a blank page), plus
 * the rules a schema cannot say: the 13 sites, their kinds counted, dates ordered.
 */
import * as v from 'valibot';
import { compareDays, parseIsoDate } from './dates.ts';
import {
  type Dataset,
  type IsoDate,
  SITE_IDS,
  type Site,
  type Timeline,
  WINDOW_IDS,
} from './types.ts';

const isoDate = v.pipe(
  v.string(),
  v.check((text) => parseIsoDate(text) !== null, 'must be a real date written YYYY-MM-DD'),
  v.transform((text) => text as IsoDate),
);
const bilingual = v.object({
  fr: v.pipe(v.string(), v.minLength(1)),
  en: v.pipe(v.string(), v.minLength(1)),
});
const citation = v.object({
  letter: v.pipe(v.string(), v.minLength(1)),
  quote: v.pipe(v.string(), v.minLength(8, 'must be a sentence or clause of the letter')),
  en: v.pipe(v.string(), v.minLength(1)),
});
const citations = v.pipe(
  v.array(citation),
  v.minLength(1, 'needs at least one citation: nothing is shown that no quote supports'),
);
const siteId = v.picklist(SITE_IDS);
const windowId = v.picklist(WINDOW_IDS);

export const siteProperties = v.object({
  id: siteId,
  name: bilingual,
  kind: v.picklist(['camp', 'temporary-base', 'headquarters']),
  sector: v.nullable(bilingual),
  region: bilingual,
  coordinateSource: v.string(),
  approximate: v.boolean(),
  uncertaintyKm: v.nullable(v.number()),
  closureWindow: v.nullable(windowId),
  handoverDate: v.nullable(isoDate),
  hubs: v.array(siteId),
  drawdownFrom: v.nullable(isoDate),
  liquidationFrom: v.nullable(isoDate),
  citations,
});

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

const timelineSchema = v.object({
  letters: v.array(
    v.object({
      id: v.string(),
      file: v.string(),
      date: isoDate,
      author: bilingual,
      symbol: v.nullable(v.string()),
      symbolNote: v.nullable(bilingual),
      title: bilingual,
      url: v.nullable(bilingual),
    }),
  ),
  windows: v.array(
    v.object({
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
    }),
  ),
  events: v.array(
    v.object({
      id: v.string(),
      date: isoDate,
      endDate: v.nullable(isoDate),
      kind: v.picklist(['context', 'decision', 'handover', 'security', 'milestone']),
      context: v.boolean(),
      title: bilingual,
      summary: bilingual,
      sites: v.array(siteId),
      citations,
    }),
  ),
  flows: v.array(
    v.object({
      id: v.string(),
      from: siteId,
      to: siteId,
      window: windowId,
      basis: v.picklist(['stated', 'inferred']),
      citations,
    }),
  ),
  range: v.object({ start: isoDate, end: isoDate }),
});

/** Mali's extent (Natural Earth admin-0), a little generous: a site outside is a typo. */
export const MALI_BBOX = { west: -12.3, east: 4.3, south: 10.1, north: 25.1 };

function describeIssues(
  file: string,
  issues: readonly v.BaseIssue<unknown>[],
  name: (path: string) => string,
): string[] {
  return issues.slice(0, 5).map((issue) => {
    const path = v.getDotPath(issue) ?? '(root)';
    return `${file}: ${name(path)}: ${issue.message}`;
  });
}

/** Rules across records: ids, counts, dates in order, references that resolve. */
export function datasetProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const { sites, timeline } = dataset;
  const ids = sites.map((site) => site.id);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length)
    problems.push(`sites: duplicate site id ${[...new Set(duplicates)].join(', ')}`);
  const missing = SITE_IDS.filter((id) => !ids.includes(id));
  if (missing.length) problems.push(`sites: missing site ${missing.join(', ')}`);
  const count = (kind: Site['kind']) => sites.filter((site) => site.kind === kind).length;
  if (count('camp') !== 11)
    problems.push(`sites: the letter counts 11 camps, the data has ${count('camp')}`);
  if (count('temporary-base') !== 1)
    problems.push(
      `sites: the letter counts 1 temporary operating base, the data has ${count('temporary-base')}`,
    );
  if (count('headquarters') !== 1)
    problems.push(`sites: expected 1 headquarters (Bamako), the data has ${count('headquarters')}`);

  for (const site of sites) {
    const [lon, lat] = site.coordinates;
    if (
      lon < MALI_BBOX.west ||
      lon > MALI_BBOX.east ||
      lat < MALI_BBOX.south ||
      lat > MALI_BBOX.north
    ) {
      problems.push(
        `sites: ${site.id}: coordinates ${lon}, ${lat} are outside Mali (lon ${MALI_BBOX.west}…${MALI_BBOX.east}, lat ${MALI_BBOX.south}…${MALI_BBOX.north}); is the order [longitude, latitude]?`,
      );
    }
    const window = timeline.windows.find((w) => w.id === site.closureWindow);
    if (site.closureWindow && !window)
      problems.push(
        `sites: ${site.id}: closure window ${site.closureWindow} is not in the timeline`,
      );
    if (site.handoverDate) {
      if (!window) problems.push(`sites: ${site.id}: a handover date needs a closure window`);
      else if (
        compareDays(site.handoverDate, window.start) < 0 ||
        compareDays(site.handoverDate, window.end) > 0
      ) {
        problems.push(
          `sites: ${site.id}: handover ${site.handoverDate} is outside its window ${window.start} – ${window.end}`,
        );
      }
    }
    if (
      site.drawdownFrom &&
      site.liquidationFrom &&
      compareDays(site.drawdownFrom, site.liquidationFrom) >= 0
    ) {
      problems.push(
        `sites: ${site.id}: drawdown (${site.drawdownFrom}) must come before liquidation (${site.liquidationFrom})`,
      );
    }
  }

  const letterIds = new Set(timeline.letters.map((letter) => letter.id));
  const checkCitations = (where: string, list: { letter: string }[]) => {
    for (const c of list)
      if (!letterIds.has(c.letter)) problems.push(`${where}: cites unknown letter ${c.letter}`);
  };
  for (const site of sites) checkCitations(`sites: ${site.id}`, site.citations);

  if (compareDays(timeline.range.start, timeline.range.end) >= 0)
    problems.push('timeline: range.start must be before range.end');
  let previous: IsoDate | null = null;
  for (const window of timeline.windows) {
    if (compareDays(window.start, window.end) > 0)
      problems.push(
        `timeline: window ${window.id}: start ${window.start} is after end ${window.end}`,
      );
    if (previous && compareDays(window.start, previous) < 0)
      problems.push(`timeline: window ${window.id} starts before the previous window`);
    previous = window.start;
    checkCitations(`timeline: window ${window.id}`, window.citations);
  }
  const eventIds = new Set<string>();
  for (const event of timeline.events) {
    if (eventIds.has(event.id)) problems.push(`timeline: duplicate event id ${event.id}`);
    eventIds.add(event.id);
    if (
      !event.context &&
      (compareDays(event.date, timeline.range.start) < 0 ||
        compareDays(event.date, timeline.range.end) > 0)
    ) {
      problems.push(
        `timeline: event ${event.id} (${event.date}) is outside the timeline ${timeline.range.start} – ${timeline.range.end}; mark it context or move the range`,
      );
    }
    if (event.endDate && compareDays(event.endDate, event.date) < 0)
      problems.push(`timeline: event ${event.id} ends before it starts`);
    checkCitations(`timeline: event ${event.id}`, event.citations);
  }
  for (const flow of timeline.flows) {
    if (flow.from === flow.to)
      problems.push(`timeline: flow ${flow.id} goes from ${flow.from} to itself`);
    checkCitations(`timeline: flow ${flow.id}`, flow.citations);
  }
  return problems;
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** Checks the two compiled files (as parsed JSON) and returns the dataset or what is wrong. */
export function parseDataset(sitesJson: unknown, timelineJson: unknown): ParseResult {
  const sites = v.safeParse(sitesCollection, sitesJson);
  const timeline = v.safeParse(timelineSchema, timelineJson);
  const problems: string[] = [];
  if (!sites.success) {
    problems.push(
      ...describeIssues('sites.geojson', sites.issues, (path) => {
        const match = /^features\.(\d+)(.*)$/.exec(path);
        if (!match || !Array.isArray((sitesJson as { features?: unknown })?.features)) return path;
        const feature = (sitesJson as { features: { properties?: { id?: unknown } }[] }).features[
          Number(match[1])
        ];
        const id = typeof feature?.properties?.id === 'string' ? ` (${feature.properties.id})` : '';
        return `feature ${match[1]}${id}${match[2]}`;
      }),
    );
  }
  if (!timeline.success)
    problems.push(...describeIssues('timeline.json', timeline.issues, (path) => path));
  if (!sites.success || !timeline.success) return { ok: false, problems };
  const dataset: Dataset = {
    sites: sites.output.features.map((feature) => ({
      ...feature.properties,
      coordinates: feature.geometry.coordinates,
    })),
    timeline: timeline.output as Timeline,
  };
  const ruleProblems = datasetProblems(dataset);
  return ruleProblems.length ? { ok: false, problems: ruleProblems } : { ok: true, dataset };
}

/**
 * The compiled data (public/data/), read from disk for unit tests: the files as
 * JSON (fresh copies, so no test sees another's edits) and the parsed dataset.
 */
import { readFileSync } from 'node:fs';
import { parseDataset } from './parseDataset.ts';
import type { Dataset, Site, SiteId } from './types.ts';

const read = (file: string): unknown => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));

/** The three files the app loads, as parsed JSON. */
export function compiledJson(): { sites: unknown; timeline: unknown; reported: unknown } {
  return {
    sites: read('sites.geojson'),
    timeline: read('timeline.json'),
    reported: read('reported.json'),
  };
}

/** The compiled dataset, checked by the app's own schema; throws when it does not load. */
export function loadCompiledDataset(): Dataset {
  const { sites, timeline, reported } = compiledJson();
  const parsed = parseDataset(sites, timeline, reported);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.dataset;
}

/** The site `id` of `dataset`; throws when it is missing, so that a test fails by its name. */
export function siteOf(dataset: Dataset, id: SiteId): Site {
  const site = dataset.sites.find((s) => s.id === id);
  if (!site) throw new Error(`no site ${id}`);
  return site;
}

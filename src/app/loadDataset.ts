/**
 * Fetches the compiled data (public/data/) and checks its shape with the same
 * schema the data build uses. Every failure becomes a sentence a reader can act on
 * (which file, what went wrong), never an uncaught error.
 */

import { parseDataset } from '../domain/schema.ts';
import type { Dataset } from '../domain/types.ts';
import { publicUrl } from '../map/assets.ts';
import type { Basemap } from '../map/basemap.ts';
import { inlinedDataFile } from '../offline/inlinedData.ts';
import { DATA_FILES } from './dataFiles.ts';

export type LoadResult =
  | { ok: true; dataset: Dataset; basemap: Basemap }
  | { ok: false; problem: string };

async function fetchJson(
  path: string,
): Promise<{ ok: true; json: unknown } | { ok: false; problem: string }> {
  const inlined = inlinedDataFile(path);
  if (inlined !== null) return parseJson(path, inlined);
  let response: Response;
  try {
    response = await fetch(publicUrl(path));
  } catch {
    return { ok: false, problem: `${path}: the file could not be reached (network error).` };
  }
  if (!response.ok)
    return {
      ok: false,
      problem: `${path}: the server answered ${response.status} ${response.statusText}.`.replace(
        / \.$/,
        '.',
      ),
    };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, problem: `${path}: the file could not be reached (network error).` };
  }
  return parseJson(path, text);
}

function parseJson(
  path: string,
  text: string,
): { ok: true; json: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, problem: `${path}: the file is not valid JSON.` };
  }
}

function isFeatureCollection(json: unknown): json is Basemap {
  const value = json as { type?: unknown; features?: unknown } | null;
  return value?.type === 'FeatureCollection' && Array.isArray(value.features);
}

/** Loads and validates the sites, the plan's timeline, what was reported and the basemap. */
export async function loadDataset(): Promise<LoadResult> {
  const [sites, timeline, reported, basemap] = await Promise.all([
    fetchJson(DATA_FILES.sites),
    fetchJson(DATA_FILES.timeline),
    fetchJson(DATA_FILES.reported),
    fetchJson(DATA_FILES.basemap),
  ]);
  if (!sites.ok) return sites;
  if (!timeline.ok) return timeline;
  if (!reported.ok) return reported;
  if (!basemap.ok) return basemap;
  if (!isFeatureCollection(basemap.json)) {
    return { ok: false, problem: `${DATA_FILES.basemap}: not a GeoJSON FeatureCollection.` };
  }
  const parsed = parseDataset(sites.json, timeline.json, reported.json);
  if (!parsed.ok) return { ok: false, problem: parsed.problems.slice(0, 3).join(' ') };
  return { ok: true, dataset: parsed.dataset, basemap: basemap.json };
}

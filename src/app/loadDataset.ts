/**
 * Fetches the compiled data (public/data/) and checks its shape with the same
 * schema the data build uses. Every failure becomes a problem a reader can act on
 * (which file, what went wrong), never an uncaught error; the page words it in its
 * language (loadProblemText).
 */

import { parseDataset } from '../domain/parseDataset.ts';
import type { Dataset } from '../domain/types.ts';
import { publicUrl } from '../map/assets.ts';
import type { Basemap } from '../map/basemap.ts';
import { inlinedDataFile } from '../offline/inlinedData.ts';
import { DATA_FILES } from '../page/dataFiles.ts';

/** What went wrong with which file; `details` are the schema's own findings. */
export type LoadProblem =
  | { code: 'unreachable' | 'notJson' | 'notGeoJson'; file: string }
  | { code: 'status'; file: string; status: number }
  | { code: 'invalid'; file: string; details: readonly string[] };

export type LoadResult =
  | { ok: true; dataset: Dataset; basemap: Basemap }
  | { ok: false; problem: LoadProblem };

async function fetchJson(
  path: string,
): Promise<{ ok: true; json: unknown } | { ok: false; problem: LoadProblem }> {
  const inlined = inlinedDataFile(path);
  if (inlined !== null) return parseJson(path, inlined);
  let response: Response;
  try {
    response = await fetch(publicUrl(path));
  } catch {
    return { ok: false, problem: { code: 'unreachable', file: path } };
  }
  if (!response.ok)
    return { ok: false, problem: { code: 'status', file: path, status: response.status } };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, problem: { code: 'unreachable', file: path } };
  }
  return parseJson(path, text);
}

function parseJson(
  path: string,
  text: string,
): { ok: true; json: unknown } | { ok: false; problem: LoadProblem } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, problem: { code: 'notJson', file: path } };
  }
}

/** The data file a schema problem names first (each starts with its file's name). */
function fileNamedIn(problems: readonly string[]): string {
  const first = problems[0] ?? '';
  const named = Object.values(DATA_FILES).find((path) =>
    first.startsWith(path.slice(path.lastIndexOf('/') + 1)),
  );
  return named ?? 'data/';
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
    return { ok: false, problem: { code: 'notGeoJson', file: DATA_FILES.basemap } };
  }
  const parsed = parseDataset(sites.json, timeline.json, reported.json);
  if (!parsed.ok) {
    const details = parsed.problems.slice(0, 3);
    return { ok: false, problem: { code: 'invalid', file: fileNamedIn(details), details } };
  }
  return { ok: true, dataset: parsed.dataset, basemap: basemap.json };
}

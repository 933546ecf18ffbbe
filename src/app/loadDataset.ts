/**
 * Fetches the compiled data (public/data/) and checks its shape with the same
 * schema the data build uses. Every failure becomes a sentence a reader can act on
 * (which file, what went wrong), never an uncaught error.
 */
import { parseDataset } from '../domain/schema.ts';
import type { Dataset } from '../domain/types.ts';
import { publicUrl } from '../map/assets.ts';

export const DATA_FILES = { sites: 'data/sites.geojson', timeline: 'data/timeline.json' } as const;

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problem: string };

async function fetchJson(
  path: string,
): Promise<{ ok: true; json: unknown } | { ok: false; problem: string }> {
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
  try {
    return { ok: true, json: JSON.parse(await response.text()) };
  } catch {
    return { ok: false, problem: `${path}: the file is not valid JSON.` };
  }
}

/** Loads and validates the sites and the timeline. */
export async function loadDataset(): Promise<LoadResult> {
  const [sites, timeline] = await Promise.all([
    fetchJson(DATA_FILES.sites),
    fetchJson(DATA_FILES.timeline),
  ]);
  if (!sites.ok) return sites;
  if (!timeline.ok) return timeline;
  const parsed = parseDataset(sites.json, timeline.json);
  if (!parsed.ok) return { ok: false, problem: parsed.problems.slice(0, 3).join(' ') };
  return { ok: true, dataset: parsed.dataset };
}

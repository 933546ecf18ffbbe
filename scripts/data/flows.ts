/**
 * The documented rule for `inferred` flows: where a letter lists only a window's
 * hubs, each closing site's people go to the nearest of them. Checked here so the
 * data cannot drift from what data/README.md says.
 */
import distance from '@turf/distance';
import type { Dataset, Site, SiteId } from '../../src/domain/types.ts';

/** The hub nearest to `site` among `hubs`, or null when none is known. */
export function nearestHub(
  site: Site,
  hubs: readonly SiteId[],
  sites: readonly Site[],
): SiteId | null {
  let best: { id: SiteId; km: number } | null = null;
  for (const id of hubs) {
    const hub = sites.find((s) => s.id === id);
    if (!hub || hub.id === site.id) continue;
    const km = distance(site.coordinates, hub.coordinates, { units: 'kilometers' });
    if (!best || km < best.km) best = { id, km };
  }
  return best?.id ?? null;
}

/** Closing sites without a flow, inferred flows that break the nearest-hub rule, hubs that disagree. */
export function flowProblems(
  dataset: Dataset,
  file: { sites: string; timeline: string },
): string[] {
  const problems: string[] = [];
  const { sites, timeline } = dataset;
  for (const site of sites) {
    if (!site.closureWindow) continue;
    const targets = timeline.flows.filter((f) => f.from === site.id).map((f) => f.to);
    if (!targets.length)
      problems.push(
        `${file.timeline}: site ${site.id} closes in ${site.closureWindow} but has no flow`,
      );
    if ([...targets].sort().join() !== [...site.hubs].sort().join())
      problems.push(
        `${file.sites}: site ${site.id}: hubs (${site.hubs.join(', ')}) must match its flows' destinations (${targets.join(', ')})`,
      );
  }
  for (const flow of timeline.flows) {
    if (flow.basis !== 'inferred') continue;
    const site = sites.find((s) => s.id === flow.from);
    const window = timeline.windows.find((w) => w.id === flow.window);
    if (!site || !window) continue;
    const nearest = nearestHub(site, window.hubs, sites);
    if (nearest && nearest !== flow.to)
      problems.push(
        `${file.timeline}: flow ${flow.id} is inferred, so it must go to the nearest of ${window.id}'s hubs: ${nearest}, not ${flow.to}`,
      );
    if (!flow.note)
      problems.push(
        `${file.timeline}: flow ${flow.id} is inferred: add a note saying how it was chosen`,
      );
  }
  return problems;
}

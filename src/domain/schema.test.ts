import { describe, expect, it } from 'vitest';
import { compiledJson } from './compiledDataset.testing.ts';
import { parseDataset } from './parseDataset.ts';

interface SitesJson {
  features: { geometry: { coordinates: unknown }; properties: { kind: unknown } }[];
}
interface TimelineJson {
  windows: { end: unknown }[];
  flows: { from: unknown }[];
}

/** The `index`th item, or a failed test (the fixtures are the compiled files). */
function nth<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
}

/** Fresh copies of the compiled files for each test, so no test sees another's edits. */
function compiled(): { sites: SitesJson; timeline: TimelineJson; reported: unknown } {
  return compiledJson() as { sites: SitesJson; timeline: TimelineJson; reported: unknown };
}

function problemsOf(sites: unknown, timeline: unknown, reported = compiled().reported): string[] {
  const result = parseDataset(sites, timeline, reported);
  return result.ok ? [] : result.problems;
}

describe('parseDataset', () => {
  it('accepts the compiled data', () => {
    const { sites, timeline, reported } = compiled();
    const result = parseDataset(sites, timeline, reported);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.sites.map((s) => s.id)).toContain('ogossagou');
  });

  it('names the feature, its id and the allowed values for a wrong kind', () => {
    const { sites, timeline } = compiled();
    nth(sites.features, 7).properties.kind = 'fort';
    expect(problemsOf(sites, timeline)).toEqual([
      'sites.geojson: feature 7 (kidal): properties.kind must be one of camp, temporary-base, headquarters (got "fort")',
    ]);
  });

  it('says which file is not an object, and which fields are missing', () => {
    const problems = problemsOf(null, {});
    expect(problems[0]).toBe('sites.geojson: must be an object (got null)');
    expect(problems).toContain('timeline.json: windows is missing');
  });

  it('names the reported file when it alone is broken', () => {
    const { sites, timeline } = compiled();
    expect(problemsOf(sites, timeline, { sources: [], sites: [] })).toEqual([
      'reported.json: events is missing',
    ]);
  });

  it('names the window and the field for an impossible date', () => {
    const { sites, timeline } = compiled();
    nth(timeline.windows, 2).end = '2023-12-32';
    expect(problemsOf(sites, timeline)).toEqual([
      'timeline.json: window 2 (seq-b): end must be a real calendar date written YYYY-MM-DD (got "2023-12-32")',
    ]);
  });

  it('rejects a missing site and a wrong count of camps', () => {
    const { sites, timeline } = compiled();
    sites.features.splice(12, 1);
    const problems = problemsOf(sites, timeline);
    expect(problems).toContain('sites.geojson: missing site bamako');
    expect(
      problems.some((p) => p.startsWith('sites.geojson: the letter counts 1 headquarters')),
    ).toBe(true);
  });

  it('rejects coordinates outside Mali', () => {
    const { sites, timeline } = compiled();
    nth(sites.features, 0).geometry.coordinates = [16.8387, -2.5147];
    expect(problemsOf(sites, timeline)[0]).toMatch(
      /^sites\.geojson: site ber: coordinates 16\.8387, -2\.5147 are outside Mali/,
    );
  });

  it('rejects a flow from an unknown site', () => {
    const { sites, timeline } = compiled();
    nth(timeline.flows, 0).from = 'paris';
    expect(problemsOf(sites, timeline)[0]).toMatch(
      /^timeline\.json: flow 0 \(ber-tombouctou\): from must be one of ber, goundam, .* \(got "paris"\)$/,
    );
  });

  it('caps a flood of problems and says how many more there are', () => {
    const { sites, timeline } = compiled();
    for (const feature of sites.features) feature.properties.kind = 'x';
    const problems = problemsOf(sites, timeline);
    expect(problems).toHaveLength(9);
    expect(problems.at(-1)).toBe('sites.geojson: … and 5 more problems');
  });
});

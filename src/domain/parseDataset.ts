/**
 * The compiled data checked as the app and the data build load it: first its shape
 * (schema.ts), then the rules a shape cannot say (rules.ts). Apart from the schemas so
 * that the shapes, the types derived from them and the rules form no import circle.
 */
import * as v from 'valibot';
import { describeIssues } from './issues.ts';
import { datasetProblems } from './rules.ts';
import { COMPILED_FILES, reportedSchema, sitesCollection, timelineSchema } from './schema.ts';
import type { Dataset } from './types.ts';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

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
    sites: sites.output.features.map((feature) => ({
      ...feature.properties,
      coordinates: feature.geometry.coordinates,
    })),
    timeline: timeline.output,
    reported: reported.output,
  };
  const ruleProblems = datasetProblems(dataset, COMPILED_FILES);
  return ruleProblems.length ? { ok: false, problems: ruleProblems } : { ok: true, dataset };
}

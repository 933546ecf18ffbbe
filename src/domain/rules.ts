/**
 * The rules across records that a schema cannot say: exactly the 13 sites, kinds
 * counted as the letter counts them, real dates in order, handovers inside their
 * windows, positions inside Mali, references that resolve. Each problem names the
 * file and the record so a person knows what to edit.
 */
import { claimProblems, claimsOf, handoverShapeProblems } from './claims.ts';
import { compareDays, type IsoDate } from './dates.ts';
import type { Dataset, Site } from './types.ts';
import { SITE_IDS, WINDOW_IDS } from './vocabularies.ts';

/** Mali's extent (Natural Earth admin-0), a little generous: a site outside is a typo. */
export const MALI_BBOX = { west: -12.3, east: 4.3, south: 10.1, north: 25.1 };

/** What the letter counts: "11 camps et de la base opérationnelle temporaire", plus the headquarters. */
const KIND_COUNTS: Record<Site['kind'], number> = {
  camp: 11,
  'temporary-base': 1,
  headquarters: 1,
};

/** File names to start messages with: the compiled files in the app, the inputs in the build. */
export interface ProblemFiles {
  sites: string;
  timeline: string;
  reported: string;
  letters?: string;
}

const inside = (day: IsoDate, start: IsoDate, end: IsoDate) =>
  compareDays(day, start) >= 0 && compareDays(day, end) <= 0;

function siteProblems(dataset: Dataset, file: string): string[] {
  const problems: string[] = [];
  const { sites, timeline } = dataset;
  const ids = sites.map((site) => site.id);
  const duplicates = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  if (duplicates.length) problems.push(`${file}: duplicate site id ${duplicates.join(', ')}`);
  const missing = SITE_IDS.filter((id) => !ids.includes(id));
  if (missing.length) problems.push(`${file}: missing site ${missing.join(', ')}`);
  for (const [kind, expected] of Object.entries(KIND_COUNTS)) {
    const count = sites.filter((site) => site.kind === kind).length;
    if (count !== expected)
      problems.push(
        `${file}: the letter counts ${expected} ${kind === 'camp' ? 'camps' : kind}, the data has ${count} (${kind}: ${sites
          .filter((site) => site.kind === kind)
          .map((site) => site.id)
          .join(', ')})`,
      );
  }

  for (const site of sites) {
    const where = `${file}: site ${site.id}`;
    const [lon, lat] = site.coordinates;
    const { west, east, south, north } = MALI_BBOX;
    if (!(lon >= west && lon <= east && lat >= south && lat <= north))
      problems.push(
        `${where}: coordinates ${lon}, ${lat} are outside Mali (lon ${west}…${east}, lat ${south}…${north}); is the order [longitude, latitude]?`,
      );
    const window = timeline.windows.find((w) => w.id === site.closureWindow);
    if (site.closureWindow && !window)
      problems.push(`${where}: closure window ${site.closureWindow} is not in the timeline`);
    if (window && !window.closes.includes(site.id))
      problems.push(
        `${where}: closes in ${window.id}, but that window's "closes" does not list it`,
      );
    if (site.handoverDate) {
      if (!window) problems.push(`${where}: a handover date needs a closure window`);
      else if (!inside(site.handoverDate, window.start, window.end))
        problems.push(
          `${where}: handover ${site.handoverDate} is outside its window ${window.id} (${window.start} – ${window.end})`,
        );
    }
    for (const hub of site.hubs)
      if (window && !window.hubs.includes(hub))
        problems.push(
          `${where}: hub ${hub} is not one of ${window.id}'s hubs (${window.hubs.join(', ')})`,
        );
    if (
      site.drawdownFrom &&
      site.liquidationFrom &&
      compareDays(site.drawdownFrom, site.liquidationFrom) >= 0
    )
      problems.push(
        `${where}: drawdown (${site.drawdownFrom}) must come before liquidation (${site.liquidationFrom})`,
      );
    if (window && (site.drawdownFrom || site.liquidationFrom))
      problems.push(`${where}: a site that closes cannot also be drawn down or liquidated`);
  }
  return problems;
}

function timelineProblems(dataset: Dataset, file: string): string[] {
  const problems: string[] = [];
  const { timeline, sites } = dataset;
  const { range } = timeline;
  if (compareDays(range.start, range.end) >= 0)
    problems.push(`${file}: range.start (${range.start}) must be before range.end (${range.end})`);

  const order = timeline.windows.map((w) => w.id).join(', ');
  if (order !== WINDOW_IDS.join(', '))
    problems.push(
      `${file}: windows must be ${WINDOW_IDS.join(', ')} in this order (found ${order})`,
    );
  let previous: { id: string; end: IsoDate } | null = null;
  for (const window of timeline.windows) {
    const where = `${file}: window ${window.id}`;
    if (compareDays(window.start, window.end) > 0)
      problems.push(`${where}: start ${window.start} is after end ${window.end}`);
    // Sequences b and c share 15 December, so a window may start on the previous one's last day.
    if (previous && compareDays(window.start, previous.end) < 0)
      problems.push(
        `${where}: starts ${window.start}, before ${previous.id} ends (${previous.end})`,
      );
    previous = window;
    for (const id of window.closes) {
      const site = sites.find((s) => s.id === id);
      if (site && site.closureWindow !== window.id)
        problems.push(
          `${where}: closes ${id}, but site ${id} has closureWindow ${site.closureWindow}`,
        );
    }
  }

  const eventIds = new Set<string>();
  for (const event of timeline.events) {
    const where = `${file}: event ${event.id}`;
    if (eventIds.has(event.id)) problems.push(`${file}: duplicate event id ${event.id}`);
    eventIds.add(event.id);
    const last = event.endDate ?? event.date;
    if (
      !event.context &&
      !(inside(event.date, range.start, range.end) && inside(last, range.start, range.end))
    )
      problems.push(
        `${where} (${event.date}${event.endDate ? ` – ${event.endDate}` : ''}) is outside the timeline ${range.start} – ${range.end}; mark it context or move the range`,
      );
    if (event.context !== (event.kind === 'context'))
      problems.push(`${where}: kind "context" and context: true go together`);
    if (event.endDate && compareDays(event.endDate, event.date) < 0)
      problems.push(`${where}: ends (${event.endDate}) before it starts (${event.date})`);
  }

  const flowIds = new Set<string>();
  for (const flow of timeline.flows) {
    const where = `${file}: flow ${flow.id}`;
    if (flowIds.has(flow.id)) problems.push(`${file}: duplicate flow id ${flow.id}`);
    flowIds.add(flow.id);
    const window = timeline.windows.find((w) => w.id === flow.window);
    if (flow.from === flow.to) problems.push(`${where}: goes from ${flow.from} to itself`);
    if (window && !window.closes.includes(flow.from))
      problems.push(`${where}: ${flow.from} does not close in ${window.id}`);
    if (window && !window.hubs.includes(flow.to))
      problems.push(
        `${where}: ${flow.to} is not one of ${window.id}'s hubs (${window.hubs.join(', ')})`,
      );
  }
  return problems;
}

function citationProblems(dataset: Dataset, files: ProblemFiles): string[] {
  const { timeline, sites } = dataset;
  const letterIds = timeline.letters.map((letter) => letter.id);
  const problems: string[] = [];
  const lettersFile = files.letters ?? files.timeline;
  const duplicates = [...new Set(letterIds.filter((id, i) => letterIds.indexOf(id) !== i))];
  if (duplicates.length)
    problems.push(`${lettersFile}: duplicate letter id ${duplicates.join(', ')}`);
  for (const letter of timeline.letters)
    if (letter.url && !letter.symbol)
      problems.push(
        `${lettersFile}: letter ${letter.id}: a link needs a symbol (url must be null)`,
      );
  const check = (where: string, list: readonly object[]) => {
    for (const c of list)
      if ('letter' in c && typeof c.letter === 'string' && !letterIds.includes(c.letter))
        problems.push(
          `${where}: cites unknown letter "${c.letter}" (known: ${letterIds.join(', ')})`,
        );
  };
  for (const site of sites) check(`${files.sites}: site ${site.id}`, site.citations);
  for (const w of timeline.windows) check(`${files.timeline}: window ${w.id}`, w.citations);
  for (const e of timeline.events) check(`${files.timeline}: event ${e.id}`, e.citations);
  for (const f of timeline.flows) check(`${files.timeline}: flow ${f.id}`, f.citations);
  if (!letterIds.includes(timeline.planLetter))
    problems.push(`${files.timeline}: planLetter "${timeline.planLetter}" is not a known letter`);
  for (const fact of dataset.reported.sites)
    fact.otherVersions.forEach((version, i) => {
      check(`${files.reported}: site ${fact.site}: otherVersions[${i}]`, version.citations);
    });
  return problems;
}

/** What the sources report: one record per site, days in order and in range, known sources. */
function reportedProblems(dataset: Dataset, file: string): string[] {
  const problems: string[] = [];
  const { reported, timeline } = dataset;
  const { range } = timeline;
  const sourceIds = reported.sources.map((source) => source.id);
  const duplicateSources = sourceIds.filter((id, i) => sourceIds.indexOf(id) !== i);
  if (duplicateSources.length)
    problems.push(`${file}: duplicate source id ${[...new Set(duplicateSources)].join(', ')}`);
  const cited = new Set<string>();
  const check = (where: string, list: readonly object[]) => {
    for (const citation of list) {
      if (!('source' in citation) || typeof citation.source !== 'string') continue;
      cited.add(citation.source);
      if (!sourceIds.includes(citation.source))
        problems.push(`${where}: cites unknown source "${citation.source}"`);
    }
  };
  const inRange = (where: string, day: IsoDate) => {
    if (!inside(day, range.start, range.end))
      problems.push(`${where}: ${day} is outside the timeline ${range.start} – ${range.end}`);
  };

  const siteIds = reported.sites.map((fact) => fact.site);
  const missing = SITE_IDS.filter((id) => !siteIds.includes(id));
  if (missing.length) problems.push(`${file}: no reported departure for ${missing.join(', ')}`);
  const twice = siteIds.filter((id, i) => siteIds.indexOf(id) !== i);
  if (twice.length) problems.push(`${file}: site ${[...new Set(twice)].join(', ')} listed twice`);

  for (const fact of reported.sites) {
    const where = `${file}: site ${fact.site}`;
    inRange(`${where}: left`, fact.left.date);
    check(`${where}: left`, fact.left.citations);
    check(`${where}: handover`, fact.handover.citations);
    fact.handover.accounts.forEach((account, i) => {
      check(`${where}: handover.accounts[${i}]`, account.citations);
    });
    if (fact.handover.date) inRange(`${where}: handover`, fact.handover.date);
    if (fact.takeover) {
      check(`${where}: takeover`, fact.takeover.citations);
      if (fact.takeover.date) inRange(`${where}: takeover`, fact.takeover.date);
    }
    problems.push(...handoverShapeProblems(fact.handover, where));
    for (const claim of claimsOf(fact)) problems.push(...claimProblems(claim, where));
    for (const [name, day] of [
      ['withdrawalStart', fact.withdrawalStart],
      ['liquidationFrom', fact.liquidationFrom],
    ] as const) {
      if (!day) continue;
      inRange(`${where}: ${name}`, day.date);
      check(`${where}: ${name}`, day.citations);
      if (compareDays(day.date, fact.left.date) >= 0)
        problems.push(
          `${where}: ${name} (${day.date}) must come before the day it was left (${fact.left.date})`,
        );
    }
    fact.otherVersions.forEach((version, i) => {
      check(`${where}: otherVersions[${i}]`, version.citations);
    });
  }
  const eventIds = new Set(timeline.events.map((event) => event.id));
  for (const event of reported.events) {
    const where = `${file}: event ${event.id}`;
    if (eventIds.has(event.id)) problems.push(`${where}: id already used by another event`);
    eventIds.add(event.id);
    inRange(where, event.date);
    check(where, event.citations);
  }
  for (const id of sourceIds)
    if (!cited.has(id)) problems.push(`${file}: source ${id} is never cited; remove it or cite it`);
  return problems;
}

/** Every rule the dataset breaks, as messages naming the file and the record; empty when all hold. */
export function datasetProblems(dataset: Dataset, files: ProblemFiles): string[] {
  return [
    ...siteProblems(dataset, files.sites),
    ...timelineProblems(dataset, files.timeline),
    ...citationProblems(dataset, files),
    ...reportedProblems(dataset, files.reported),
  ];
}

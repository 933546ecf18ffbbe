/**
 * The reported story ("as it happened"), assembled from data/reports/: the sources
 * with their excerpts, each site's reported departure, and the story's events. A
 * departure, a reported start of withdrawal and a start of liquidation each become
 * an event, so the caption and the slider's ticks tell them; where the letter of
 * 18 August gives a day of its own (Ogossagou, Ber), it is kept as another version.
 */
import { findQuote } from '../../src/domain/citations.ts';
import { compareDays } from '../../src/domain/dates.ts';
import type {
  Bilingual,
  OtherVersion,
  Reported,
  ReportedCount,
  ReportedSite,
  Site,
  StoredReport,
  Timeline,
  TimelineEvent,
} from '../../src/domain/types.ts';
import type { Inputs } from './inputs.ts';
import { shortQuote } from './quotes.ts';

const departureTitle = (site: Site, fact: ReportedSite): Bilingual =>
  fact.left.handover === 'handed-over'
    ? { fr: `${site.name.fr} : camp remis`, en: `${site.name.en}: handed over` }
    : {
        fr: `${site.name.fr} : camp quitté sans remise`,
        en: `${site.name.en}: left without a handover`,
      };

/** The events a site's reported facts make: its withdrawal's start, its liquidation, its departure. */
function siteEvents(site: Site, fact: ReportedSite): TimelineEvent[] {
  const event = (
    id: string,
    kind: TimelineEvent['kind'],
    title: Bilingual,
    day: { date: TimelineEvent['date']; summary: Bilingual; citations: TimelineEvent['citations'] },
  ): TimelineEvent => ({
    id,
    date: day.date,
    endDate: null,
    kind,
    context: false,
    title,
    summary: day.summary,
    sites: [site.id],
    citations: day.citations,
  });
  const events = [event(`left-${site.id}`, 'handover', departureTitle(site, fact), fact.left)];
  if (fact.withdrawalStart)
    events.push(
      event(
        `withdrawal-starts-${site.id}`,
        'milestone',
        { fr: `${site.name.fr} : début du retrait`, en: `${site.name.en}: withdrawal begins` },
        fact.withdrawalStart,
      ),
    );
  if (fact.liquidationFrom)
    events.push(
      event(
        `liquidation-${site.id}`,
        'milestone',
        {
          fr: `${site.name.fr} : site de la liquidation`,
          en: `${site.name.en}: a liquidation site`,
        },
        fact.liquidationFrom,
      ),
    );
  return events;
}

/** The letter's own day for a site's handover, where it gives one that the sources do not. */
function letterVersion(site: Site, fact: ReportedSite, timeline: Timeline): OtherVersion | null {
  if (!site.handoverDate || site.handoverDate === fact.left.date) return null;
  const event = timeline.events.find(
    (e) => e.kind === 'handover' && e.date === site.handoverDate && e.sites.includes(site.id),
  );
  if (!event) return null;
  return {
    date: site.handoverDate,
    summary: {
      fr: 'La lettre du 18 août 2023 (S/2023/611) donne ce jour.',
      en: 'The letter of 18 August 2023 (S/2023/611) gives this day.',
    },
    citations: event.citations,
  };
}

/** The reported story, with the letter's versions added and every event sorted by day. */
export function assembleReported(inputs: Inputs, sites: Site[], timeline: Timeline): Reported {
  const facts: ReportedSite[] = inputs.reported.sites.map((fact) => {
    const site = sites.find((s) => s.id === fact.site);
    const fromLetter = site ? letterVersion(site, fact, timeline) : null;
    return fromLetter ? { ...fact, otherVersions: [fromLetter, ...fact.otherVersions] } : fact;
  });
  const countTitle = (what: ReportedCount['what']): Bilingual =>
    what === 'sites'
      ? { fr: 'Le décompte des sites, selon une source', en: 'The count of sites, as reported' }
      : {
          fr: 'Le personnel parti, selon une source',
          en: 'Personnel who had left, as reported',
        };
  const events: TimelineEvent[] = [
    ...facts.flatMap((fact) => {
      const site = sites.find((s) => s.id === fact.site);
      return site ? siteEvents(site, fact) : [];
    }),
    ...inputs.reported.events.map((event) => ({ ...event, context: false })),
    ...inputs.reported.counts.map(
      (count): TimelineEvent => ({
        id: count.id,
        date: count.date,
        endDate: null,
        kind: 'count',
        context: false,
        title: countTitle(count.what),
        summary: count.summary,
        sites: [],
        citations: count.citations,
      }),
    ),
  ].sort((a, b) => compareDays(a.date, b.date) || a.id.localeCompare(b.id));
  return {
    sources: sortSources(inputs.sources).map(({ excerpt: _excerpt, ...source }) => source),
    sites: facts,
    events,
  };
}

/** The sources by publication day (undated last), then id: a stable order for diffs. */
export function sortSources<T extends { id: string; published: string | null }>(sources: T[]): T[] {
  return [...sources].sort(
    (a, b) =>
      (a.published ?? '9999-12-31').localeCompare(b.published ?? '9999-12-31') ||
      a.id.localeCompare(b.id),
  );
}

/** Every report quote not found in its source's stored excerpt, naming the record. */
export function missingReportQuotes(
  reported: Reported,
  stored: readonly StoredReport[],
  file: string,
): string[] {
  const excerpts = new Map(stored.map((source) => [source.id, source.excerpt]));
  const problems: string[] = [];
  const check = (where: string, citations: readonly object[]) => {
    for (const citation of citations) {
      if (!('source' in citation) || typeof citation.source !== 'string') continue;
      if (!('quote' in citation) || typeof citation.quote !== 'string') continue;
      const excerpt = excerpts.get(citation.source);
      // Unknown sources are reported by the dataset rules.
      if (excerpt === undefined) continue;
      if (!findQuote(excerpt, citation.quote))
        problems.push(
          `${where}: quote not found in the excerpt of source ${citation.source}: "${shortQuote(citation.quote)}"`,
        );
    }
  };
  for (const fact of reported.sites) {
    const where = `${file}: site ${fact.site}`;
    check(`${where}: left`, fact.left.citations);
    if (fact.withdrawalStart) check(`${where}: withdrawalStart`, fact.withdrawalStart.citations);
    if (fact.liquidationFrom) check(`${where}: liquidationFrom`, fact.liquidationFrom.citations);
    fact.otherVersions.forEach((version, i) => {
      check(`${where}: otherVersions[${i}]`, version.citations);
    });
  }
  for (const event of reported.events) check(`${file}: event ${event.id}`, event.citations);
  return problems;
}

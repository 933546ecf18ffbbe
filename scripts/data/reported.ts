/**
 * The reported story ("as it happened"), assembled from data/reports/: the sources
 * with their excerpts, each site's claims, and the story's events. Each claim of a
 * site becomes its own event, with the claim's citations in order (the first
 * supports the title, which the dataset rules check): the withdrawal's start, the day
 * the Mission left, the handover (or its absence, or the accounts that contest it),
 * the takeover, the start of the liquidation.
 */
import { findQuote } from '../../src/domain/citations.ts';
import { compareDays } from '../../src/domain/dates.ts';
import type {
  Actor,
  Bilingual,
  Recipient,
  Reported,
  ReportedCount,
  ReportedSite,
  Site,
  StoredReport,
  TimelineEvent,
} from '../../src/domain/types.ts';
import type { Inputs } from './inputs.ts';
import { shortQuote } from './quotes.ts';

/** "to the governor", as a title ends (French uses the noun, so no agreement is needed). */
const RECIPIENT_PHRASES: Record<Recipient, Bilingual> = {
  state: { fr: 'à l’État malien', en: 'the Malian State' },
  'civilian-authorities': { fr: 'aux autorités civiles', en: 'the civilian authorities' },
  governor: { fr: 'au gouverneur', en: 'the governor' },
  prefect: { fr: 'au préfet', en: 'the prefect' },
  army: { fr: 'à l’armée', en: 'the army' },
};

const ACTOR_PHRASES: Record<Actor, Bilingual> = {
  army: { fr: 'l’armée malienne', en: 'the Malian army' },
  'csp-psd': { fr: 'les rebelles du CSP-PSD', en: 'the CSP-PSD rebels' },
};

type Day = Pick<TimelineEvent, 'date' | 'summary' | 'citations'>;

/** The titles of a site's events, each stating only what its first citation supports. */
function titles(site: Site, fact: ReportedSite) {
  const { fr, en } = site.name;
  const to = fact.handover.recipient ? RECIPIENT_PHRASES[fact.handover.recipient] : null;
  const by = fact.takeover ? ACTOR_PHRASES[fact.takeover.actor] : null;
  return {
    start: { fr: `${fr} : début du retrait`, en: `${en}: withdrawal begins` },
    liquidation: { fr: `${fr} : site de la liquidation`, en: `${en}: a liquidation site` },
    left: { fr: `${fr} : départ de la Mission`, en: `${en}: the Mission leaves` },
    handedOver: to
      ? { fr: `${fr} : rétrocession ${to.fr}`, en: `${en}: handed over to ${to.en}` }
      : { fr: `${fr} : rétrocession`, en: `${en}: handed over` },
    noHandover: { fr: `${fr} : départ sans rétrocession`, en: `${en}: left without a handover` },
    contested: { fr: `${fr} : rétrocession contestée`, en: `${en}: handover contested` },
    takeover: by
      ? { fr: `${fr} : prise de contrôle par ${by.fr}`, en: `${en}: taken over by ${by.en}` }
      : null,
  };
}

/** The events a site's claims make. */
function siteEvents(site: Site, fact: ReportedSite): TimelineEvent[] {
  const title = titles(site, fact);
  const event = (
    id: string,
    kind: TimelineEvent['kind'],
    heading: Bilingual,
    day: Day,
  ): TimelineEvent => ({
    id: `${id}-${site.id}`,
    date: day.date,
    endDate: null,
    kind,
    context: false,
    title: heading,
    summary: day.summary,
    sites: [site.id],
    citations: day.citations,
  });
  const events = [event('left', 'handover', title.left, fact.left)];
  const { handover, takeover } = fact;
  if (handover.kind === 'handed-over' && handover.date)
    events.push(
      event('handover', 'handover', title.handedOver, { ...handover, date: handover.date }),
    );
  if (handover.kind === 'no-handover')
    events.push(
      event('no-handover', 'handover', title.noHandover, { ...handover, date: fact.left.date }),
    );
  if (handover.kind === 'contested')
    events.push(
      event('handover-contested', 'handover', title.contested, {
        date: fact.left.date,
        summary: handover.summary,
        citations: handover.accounts.flatMap((account) => account.citations),
      }),
    );
  if (takeover && title.takeover)
    events.push(
      event('takeover', 'security', title.takeover, {
        ...takeover,
        date: takeover.date ?? fact.left.date,
      }),
    );
  if (fact.withdrawalStart)
    events.push(event('withdrawal-starts', 'milestone', title.start, fact.withdrawalStart));
  if (fact.liquidationFrom)
    events.push(event('liquidation', 'milestone', title.liquidation, fact.liquidationFrom));
  return events;
}

/** The reported story, every event sorted by day. */
export function assembleReported(inputs: Inputs, sites: Site[]): Reported {
  const facts = inputs.reported.sites;
  const COUNT_TITLES: Record<ReportedCount['what'], Bilingual> = {
    sites: { fr: 'Le décompte des sites, selon une source', en: 'The count of sites, as reported' },
    personnel: {
      fr: 'Le personnel parti, selon une source',
      en: 'Personnel who had left, as reported',
    },
    // A target stated, not a departure: never worded as personnel who had left.
    'personnel-to-repatriate': {
      fr: 'Le personnel à rapatrier, selon une source',
      en: 'Personnel to repatriate, as reported',
    },
  };
  const countTitle = (what: ReportedCount['what']): Bilingual => COUNT_TITLES[what];
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
    check(`${where}: handover`, fact.handover.citations);
    fact.handover.accounts.forEach((account, i) => {
      check(`${where}: handover.accounts[${i}]`, account.citations);
    });
    if (fact.takeover) check(`${where}: takeover`, fact.takeover.citations);
    if (fact.withdrawalStart) check(`${where}: withdrawalStart`, fact.withdrawalStart.citations);
    if (fact.liquidationFrom) check(`${where}: liquidationFrom`, fact.liquidationFrom.citations);
    fact.otherVersions.forEach((version, i) => {
      check(`${where}: otherVersions[${i}]`, version.citations);
    });
  }
  for (const event of reported.events) check(`${file}: event ${event.id}`, event.citations);
  return problems;
}

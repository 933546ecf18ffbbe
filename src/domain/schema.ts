/**
 * The shape of the compiled data, checked with valibot by both the data build and
 * the app (which shows an alert naming the problem instead of a blank page). The
 * types in types.ts are derived from these schemas, so the two cannot drift apart.
 * The rules a shape cannot say (13 sites, kinds counted, dates in order) are in rules.ts.
 */
import * as v from 'valibot';
import { type IsoDate, parseIsoDate } from './dates.ts';
import {
  ACCOUNTS,
  ACTORS,
  CLAIM_PARTS,
  COUNT_SUBJECTS,
  DEPARTURES,
  EVENT_KINDS,
  FLOW_BASES,
  FORMALITIES,
  LANGS,
  RECIPIENTS,
  REPORT_KINDS,
  SITE_IDS,
  SITE_KINDS,
  WINDOW_IDS,
} from './vocabularies.ts';

const isoDate = v.pipe(
  v.string(),
  v.check(
    (text) => parseIsoDate(text) !== null,
    (issue) => `must be a real calendar date written YYYY-MM-DD (got ${issue.received})`,
  ),
  v.transform((text) => text as IsoDate),
);
const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
/** A text in both languages. */
export const bilingualSchema = v.object({ fr: text, en: text });
/** An exact sentence or clause of a letter (compared after white space is collapsed). */
export const letterCitationSchema = v.object({
  /** The letter's id. */
  letter: text,
  quote: v.pipe(v.string(), v.minLength(8, 'must be a sentence or clause of the letter')),
  /** A short English summary of the quote, shown beside the French in English. */
  en: text,
});
const NEEDS_CITATION = 'needs at least one citation: nothing is shown that no quote supports';
const citations = v.pipe(v.array(letterCitationSchema), v.minLength(1, NEEDS_CITATION));
/** An exact sentence of a report (compared after white space is collapsed), glossed in both languages. */
export const reportCitationSchema = v.object({
  /** The report's id. */
  source: text,
  quote: v.pipe(v.string(), v.minLength(8, 'must be a sentence or clause of the source')),
  fr: text,
  en: text,
});
const reportCitations = v.pipe(v.array(reportCitationSchema), v.minLength(1, NEEDS_CITATION));
/** Either story's citations: the plan's cite letters, the reported story's cite reports. */
const anyCitations = v.pipe(
  v.array(v.union([letterCitationSchema, reportCitationSchema])),
  v.minLength(1, NEEDS_CITATION),
);
const siteId = v.picklist(SITE_IDS);
const windowId = v.picklist(WINDOW_IDS);
/** [longitude, latitude], WGS84. */
const lonLat = v.tuple([v.number(), v.number()]);

/** A site's fields other than its position (the GeoJSON feature's `properties`). */
export const siteFields = {
  id: siteId,
  name: bilingualSchema,
  kind: v.picklist(SITE_KINDS),
  /** The Mission's sector, when a letter names it; null when no letter does. */
  sector: v.nullable(bilingualSchema),
  region: bilingualSchema,
  /** True when the position is derived from distances, not a gazetteer point. */
  approximate: v.boolean(),
  /** Radius of the position's uncertainty, in km, when known. */
  uncertaintyKm: v.nullable(v.pipe(v.number(), v.minValue(0, 'must not be negative'))),
  /** The window in which a letter schedules the site's closure, if any. */
  closureWindow: v.nullable(windowId),
  /** The day a letter reports the site was handed over, if it does. */
  handoverDate: v.nullable(isoDate),
  /** Where the site's people and equipment go (the window's hubs). */
  hubs: v.array(siteId),
  /** First day of `drawdown` status, if the plan draws the site down. */
  drawdownFrom: v.nullable(isoDate),
  /** First day of `liquidation` status, if the site stays through liquidation. */
  liquidationFrom: v.nullable(isoDate),
  citations,
};

/** A site as the app holds it: its fields, where its position comes from, and the position. */
export const siteSchema = v.object({
  ...siteFields,
  /** Where the position comes from (GeoNames id, derivation…). */
  coordinateSource: text,
  coordinates: lonLat,
});

export const sitesCollection = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.object({
      type: v.literal('Feature'),
      id: v.optional(v.number()),
      geometry: v.object({ type: v.literal('Point'), coordinates: lonLat }),
      properties: v.omit(siteSchema, ['coordinates']),
    }),
  ),
});

/** One of the four letters to the President of the Security Council. */
export const letterSchema = v.object({
  id: text,
  /** File name under data/letters/. */
  file: text,
  date: isoDate,
  author: bilingualSchema,
  /** UN document symbol (`S/2023/611`), or null when not known. */
  symbol: v.nullable(text),
  /** Why the symbol is uncertain, when it is. */
  symbolNote: v.nullable(bilingualSchema),
  title: bilingualSchema,
  /** Link to the original on undocs.org, per language; null when no symbol is known. */
  url: v.nullable(bilingualSchema),
});

/** A phase, a sequence of phase two, or the liquidation period. */
export const windowSchema = v.object({
  id: windowId,
  name: bilingualSchema,
  /** A short label for the slider's band ("Phase 1", "Séq. a"). */
  shortName: bilingualSchema,
  start: isoDate,
  /** Last day, inclusive. For liquidation, the earliest end the letter allows (at least 18 months). */
  end: isoDate,
  /** True when `end` is a lower bound rather than a planned last day. */
  endIsMinimum: v.boolean(),
  /** Sites whose closure the window schedules. */
  closes: v.array(siteId),
  /** Sites the window changes without closing them (drawn down, reduced). */
  changes: v.array(siteId),
  /** Sites that receive people and equipment during the window. */
  hubs: v.array(siteId),
  summary: bilingualSchema,
  citations,
});

export const eventSchema = v.object({
  id: text,
  date: isoDate,
  /** Last day, inclusive, for events that span days (a workshop). */
  endDate: v.nullable(isoDate),
  kind: v.picklist(EVENT_KINDS),
  /** Context from the older letters (2013, 2020), kept out of the 2023 story's way. */
  context: v.boolean(),
  title: bilingualSchema,
  summary: bilingualSchema,
  sites: v.array(siteId),
  citations: anyCitations,
});

/** People and equipment moving from a closing site to a hub. */
export const flowSchema = v.object({
  id: text,
  from: siteId,
  to: siteId,
  window: windowId,
  basis: v.picklist(FLOW_BASES),
  /** How an `inferred` flow was chosen (the nearest of the window's hubs), for the reader. */
  note: v.optional(bilingualSchema),
  /** The days a letter gives the move (the Ber convoy), drawn then instead of the whole closing. */
  days: v.optional(v.object({ start: isoDate, end: isoDate })),
  citations,
});

/** The timeline without its letters (data/timeline.source.json). */
export const timelineFields = {
  /** The letter that sets out the plan (S/2023/611): after its date the plan is only a plan. */
  planLetter: text,
  windows: v.array(windowSchema),
  events: v.array(eventSchema),
  flows: v.array(flowSchema),
  /** First and last day of the slider. */
  range: v.object({ start: isoDate, end: isoDate }),
};

/** The compiled timeline, as written to public/data/timeline.json. */
export const timelineSchema = v.object({ letters: v.array(letterSchema), ...timelineFields });

/** A source beyond the letters: a UN release, a copy of one, or a press article. */
export const reportSchema = v.object({
  id: text,
  publisher: text,
  title: text,
  url: v.pipe(v.string(), v.url('must be a full URL')),
  /** The page's publication day, when known. */
  published: v.nullable(isoDate),
  language: v.picklist(LANGS),
  kind: v.picklist(REPORT_KINDS),
  /** For a copy: whose release it republishes. */
  original: v.nullable(bilingualSchema),
  note: v.nullable(bilingualSchema),
});

/** A report as stored in data/reports/sources.json: with the paragraphs quoted, as published. */
export const storedReportSchema = v.object({
  ...reportSchema.entries,
  excerpt: v.pipe(v.string(), v.minLength(20, 'must hold the paragraphs quoted, as published')),
});

/**
 * A sentence behind a claim, saying which parts of the claim it supports (its day, the
 * handover, the recipient, the actor): the build refuses a claim shown with a part no
 * citation supports, and one whose first citation does not support its whole headline.
 */
export const claimCitationSchema = v.object({
  ...reportCitationSchema.entries,
  supports: v.pipe(
    v.array(v.picklist(CLAIM_PARTS)),
    v.minLength(1, 'must name the parts of the claim the sentence supports'),
  ),
});
const claimCitations = v.array(claimCitationSchema);

/** What every reported claim carries: what it says, and the sentences that prove it. */
const claimEvidence = { summary: bilingualSchema, citations: claimCitations };

/** A reported day with what happened and who says so (a withdrawal's start, a liquidation's). */
export const reportedDaySchema = v.object({
  date: isoDate,
  ...claimEvidence,
});

/** The day the last of the Mission's personnel left a site (only that: the handover is its own claim). */
export const reportedDepartureSchema = v.object({
  date: isoDate,
  /** True when the first sentence names the day; false when it implies it ("Thursday", "today"). */
  dayNamed: v.boolean(),
  /** Where the day departs from the rule for disagreements, why: said on the card's face. */
  exception: v.nullable(bilingualSchema),
  ...claimEvidence,
});

/** One source's account of a contested handover, shown beside the others. */
export const handoverAccountSchema = v.object({
  says: v.picklist(ACCOUNTS),
  ...claimEvidence,
});

/**
 * The handover: done (its day where a source dates it, to whom, formal or provisional),
 * absent, or contested (then each account with its sources, and no day or recipient of
 * its own).
 */
export const handoverClaimSchema = v.object({
  kind: v.picklist(DEPARTURES),
  date: v.nullable(isoDate),
  recipient: v.nullable(v.picklist(RECIPIENTS)),
  formality: v.nullable(v.picklist(FORMALITIES)),
  ...claimEvidence,
  accounts: v.array(handoverAccountSchema),
});

/** Who took the site over once the Mission had left, where that is reported. */
export const takeoverClaimSchema = v.object({
  actor: v.picklist(ACTORS),
  date: v.nullable(isoDate),
  ...claimEvidence,
});

/** Another source's version of a departure (a report's, or the letter's own day), shown beside the chosen one. */
export const otherVersionSchema = v.object({
  date: v.nullable(isoDate),
  summary: bilingualSchema,
  citations: anyCitations,
});

/** What the sources report of one site, claim by claim (data/reports/reported.json, public/data/reported.json). */
export const reportedSiteSchema = v.object({
  site: siteId,
  withdrawalStart: v.nullable(reportedDaySchema),
  liquidationFrom: v.nullable(reportedDaySchema),
  left: reportedDepartureSchema,
  handover: handoverClaimSchema,
  takeover: v.nullable(takeoverClaimSchema),
  otherVersions: v.array(otherVersionSchema),
});

/** A reported count (sites, personnel): counts disagree, so each is kept with its source. */
export const reportedCountSchema = v.object({
  id: v.string(),
  date: isoDate,
  what: v.picklist(COUNT_SUBJECTS),
  summary: bilingualSchema,
  citations: reportCitations,
});

/** What happened, as reported, written to public/data/reported.json. */
export const reportedSchema = v.object({
  sources: v.array(reportSchema),
  sites: v.array(reportedSiteSchema),
  /** The reported story's events: departures (made from `sites`), incidents and counts. */
  events: v.array(eventSchema),
});

/** Names of the two compiled files, used at the start of every problem. */
export const COMPILED_FILES = {
  sites: 'sites.geojson',
  timeline: 'timeline.json',
  reported: 'reported.json',
} as const;

/**
 * The withdrawal's data model, shared by the data build (scripts/) and the app.
 * Everything a reader sees is one of these, and each carries the sentences of the
 * sources that support it (`citations`). The shapes are derived from the schemas
 * that validate the data (schema.ts), and the word lists from vocabularies.ts, so
 * each is written once; the fields are documented there.
 */
import type * as v from 'valibot';
import type {
  bilingualSchema,
  claimCitationSchema,
  eventSchema,
  flowSchema,
  handoverAccountSchema,
  handoverClaimSchema,
  letterCitationSchema,
  letterSchema,
  otherVersionSchema,
  reportCitationSchema,
  reportedCountSchema,
  reportedDaySchema,
  reportedDepartureSchema,
  reportedSchema,
  reportedSiteSchema,
  reportSchema,
  siteSchema,
  storedReportSchema,
  takeoverClaimSchema,
  timelineSchema,
  windowSchema,
} from './schema.ts';
import type * as vocabulary from './vocabularies.ts';

// The calendar day's type, from the module that counts days.
export type { IsoDate } from './dates.ts';
// The word lists, from the one file that lists them.
export * from './vocabularies.ts';

export type Lang = (typeof vocabulary.LANGS)[number];
export type SiteId = (typeof vocabulary.SITE_IDS)[number];
export type SiteKind = (typeof vocabulary.SITE_KINDS)[number];
export type SiteStatus = (typeof vocabulary.SITE_STATUSES)[number];
export type WindowId = (typeof vocabulary.WINDOW_IDS)[number];
export type EventKind = (typeof vocabulary.EVENT_KINDS)[number];
export type FlowBasis = (typeof vocabulary.FLOW_BASES)[number];
export type Story = (typeof vocabulary.STORIES)[number];
export type ReportKind = (typeof vocabulary.REPORT_KINDS)[number];
export type Departure = (typeof vocabulary.DEPARTURES)[number];
/** A departure the map draws as its own kind: left without a handover, or contested. */
export type UnusualDeparture = Exclude<Departure, 'handed-over'>;
export type ClaimPart = (typeof vocabulary.CLAIM_PARTS)[number];
export type Recipient = (typeof vocabulary.RECIPIENTS)[number];
export type Actor = (typeof vocabulary.ACTORS)[number];

/** A text in both languages. */
export type Bilingual = v.InferOutput<typeof bilingualSchema>;

export type LetterId = string;
/** One of the four letters to the President of the Security Council. */
export type Letter = v.InferOutput<typeof letterSchema>;
/** An exact sentence or clause of a letter, with a short English summary. */
export type LetterCitation = v.InferOutput<typeof letterCitationSchema>;
/** An exact sentence of a report, glossed in both languages. */
export type ReportCitation = v.InferOutput<typeof reportCitationSchema>;
/** What supports a fact: a letter's sentence, or a report's. */
export type Citation = LetterCitation | ReportCitation;

export type Site = v.InferOutput<typeof siteSchema>;
/** A phase, a sequence of phase two, or the liquidation period. */
export type ClosureWindow = v.InferOutput<typeof windowSchema>;
export type TimelineEvent = v.InferOutput<typeof eventSchema>;
/** People and equipment moving from a closing site to a hub. */
export type Flow = v.InferOutput<typeof flowSchema>;

/** A source beyond the letters: a UN release, a copy of one, or a press article. */
export type Report = v.InferOutput<typeof reportSchema>;
/** A report with the paragraphs quoted from it, stored as published: the build checks every quote against them. */
export type StoredReport = v.InferOutput<typeof storedReportSchema>;
/** A report's sentence behind a claim, with the parts of the claim it supports. */
export type ClaimCitation = v.InferOutput<typeof claimCitationSchema>;
/** The handover: done, absent or contested, with its day, recipient and accounts. */
export type HandoverClaim = v.InferOutput<typeof handoverClaimSchema>;
/** One source's account of a contested handover. */
export type HandoverAccount = v.InferOutput<typeof handoverAccountSchema>;
/** Who took a site over once the Mission had left. */
export type TakeoverClaim = v.InferOutput<typeof takeoverClaimSchema>;
/** A reported day with what happened and who says so. */
export type ReportedDay = v.InferOutput<typeof reportedDaySchema>;
/** The day the last of the Mission's personnel left a site. */
export type ReportedDeparture = v.InferOutput<typeof reportedDepartureSchema>;
/** Another source's version of a departure, shown beside the chosen one. */
export type OtherVersion = v.InferOutput<typeof otherVersionSchema>;
/** What the sources report of one site. */
export type ReportedSite = v.InferOutput<typeof reportedSiteSchema>;
/** A reported count (sites, personnel): counts disagree, so each is kept with its source. */
export type ReportedCount = v.InferOutput<typeof reportedCountSchema>;
/** What happened, as reported, written to public/data/reported.json. */
export type Reported = v.InferOutput<typeof reportedSchema>;
/** The compiled timeline, as written to public/data/timeline.json. */
export type Timeline = v.InferOutput<typeof timelineSchema>;

/** What the app loads: sites, the plan's timeline and what was reported. */
export interface Dataset {
  sites: Site[];
  timeline: Timeline;
  reported: Reported;
}

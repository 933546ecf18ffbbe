/**
 * The withdrawal's data model, shared by the data build (scripts/) and the app.
 * Everything a reader sees is one of these, and each carries the sentences of the
 * letters that support it (`citations`).
 */

/** A calendar day as `YYYY-MM-DD`. Branded so that any string cannot pass for a date. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** The two languages of the app. Quotes stay in the letters' French. */
export type Lang = 'fr' | 'en';

/** A text in both languages. */
export interface Bilingual {
  fr: string;
  en: string;
}

export type LetterId = string;

/** One of the four letters to the President of the Security Council. */
export interface Letter {
  id: LetterId;
  /** File name under data/letters/. */
  file: string;
  date: IsoDate;
  author: Bilingual;
  /** UN document symbol (`S/2023/611`), or null when not known. */
  symbol: string | null;
  /** Why the symbol is uncertain, when it is. */
  symbolNote: Bilingual | null;
  title: Bilingual;
  /** Link to the original on undocs.org, per language; null when no symbol is known. */
  url: Bilingual | null;
}

/** An exact sentence or clause of a letter (compared after white space is collapsed). */
export interface LetterCitation {
  letter: LetterId;
  quote: string;
  /** A short English summary of the quote, shown beside the French in English. */
  en: string;
}

/** What supports a fact: a letter's sentence, or a report's (see `ReportCitation`). */
export type Citation = LetterCitation | ReportCitation;

export const SITE_IDS = [
  'ber',
  'goundam',
  'menaka',
  'tessalit',
  'aguelhok',
  'douentza',
  'mopti',
  'kidal',
  'ansongo',
  'gao',
  'tombouctou',
  'ogossagou',
  'bamako',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

export type SiteKind = 'camp' | 'temporary-base' | 'headquarters';

export const SITE_STATUSES = ['open', 'closing', 'closed', 'drawdown', 'liquidation'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/** The closure windows of the plan, in order, then the liquidation period. */
export const WINDOW_IDS = ['phase-1', 'seq-a', 'seq-b', 'seq-c', 'liquidation'] as const;
export type WindowId = (typeof WINDOW_IDS)[number];

export interface Site {
  id: SiteId;
  name: Bilingual;
  kind: SiteKind;
  /** The Mission's sector, when a letter names it; null when no letter does. */
  sector: Bilingual | null;
  region: Bilingual;
  /** [longitude, latitude], WGS84. */
  coordinates: [number, number];
  /** Where the position comes from (GeoNames id, derivation…). */
  coordinateSource: string;
  /** True when the position is derived from distances, not a gazetteer point. */
  approximate: boolean;
  /** Radius of the position's uncertainty, in km, when known. */
  uncertaintyKm: number | null;
  /** The window in which a letter schedules the site's closure, if any. */
  closureWindow: WindowId | null;
  /** The day a letter reports the site was handed over, if it does. */
  handoverDate: IsoDate | null;
  /** Where the site's people and equipment go (the window's hubs). */
  hubs: SiteId[];
  /** First day of `drawdown` status, if the plan draws the site down. */
  drawdownFrom: IsoDate | null;
  /** First day of `liquidation` status, if the site stays through liquidation. */
  liquidationFrom: IsoDate | null;
  citations: LetterCitation[];
}

/** A phase, a sequence of phase two, or the liquidation period. */
export interface ClosureWindow {
  id: WindowId;
  name: Bilingual;
  /** A short label for the slider's band ("Phase 1", "Séq. a"). */
  shortName: Bilingual;
  start: IsoDate;
  /** Last day, inclusive. For liquidation, the earliest end the letter allows (at least 18 months). */
  end: IsoDate;
  /** True when `end` is a lower bound rather than a planned last day. */
  endIsMinimum: boolean;
  /** Sites whose closure the window schedules. */
  closes: SiteId[];
  /** Sites the window changes without closing them (drawn down, reduced). */
  changes: SiteId[];
  /** Sites that receive people and equipment during the window. */
  hubs: SiteId[];
  summary: Bilingual;
  citations: LetterCitation[];
}

export type EventKind = 'context' | 'decision' | 'handover' | 'security' | 'milestone' | 'count';

export interface TimelineEvent {
  id: string;
  date: IsoDate;
  /** Last day, inclusive, for events that span days (a workshop). */
  endDate: IsoDate | null;
  kind: EventKind;
  /** Context from the older letters (2013, 2020), kept out of the 2023 story's way. */
  context: boolean;
  title: Bilingual;
  summary: Bilingual;
  sites: SiteId[];
  citations: Citation[];
}

export type FlowBasis = 'stated' | 'inferred';

/** People and equipment moving from a closing site to a hub. */
export interface Flow {
  id: string;
  from: SiteId;
  to: SiteId;
  window: WindowId;
  /** `stated` when a letter says where people went; `inferred` when it only lists the hubs. */
  basis: FlowBasis;
  /** How an `inferred` flow was chosen (the nearest of the window's hubs), for the reader. */
  note?: Bilingual;
  /** The days a letter gives the move (the Ber convoy), drawn then instead of the whole closing. */
  days?: { start: IsoDate; end: IsoDate };
  citations: LetterCitation[];
}

/**
 * The two stories the map tells: the plan of the letters (`plan`) and what the
 * sources reported happened (`reported`, "as it happened").
 */
export const VIEWS = ['plan', 'reported'] as const;
export type View = (typeof VIEWS)[number];

/** Who published a report: a UN page, a UN release republished verbatim, or the press. */
export const REPORT_KINDS = ['un', 'un-copy', 'press'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A source beyond the letters: a UN release, a copy of one, or a press article. */
export interface Report {
  id: string;
  publisher: string;
  title: string;
  url: string;
  /** The page's publication day, when known. */
  published: IsoDate | null;
  language: Lang;
  kind: ReportKind;
  /** For a copy: whose release it republishes. */
  original: Bilingual | null;
  note: Bilingual | null;
}

/** A report with the paragraphs quoted from it, stored as published: the build checks every quote against them. */
export interface StoredReport extends Report {
  excerpt: string;
}

/** An exact sentence of a report (compared after white space is collapsed), glossed in both languages. */
export interface ReportCitation {
  source: string;
  quote: string;
  fr: string;
  en: string;
}

/** A reported day with what happened and who says so. */
export interface ReportedDay {
  date: IsoDate;
  summary: Bilingual;
  citations: ReportCitation[];
}

/** Whether the Mission handed the site over, or left it without a handover (Tessalit, Aguelhok, Kidal). */
export type Departure = 'handed-over' | 'no-handover';

/** The day the Mission left or handed over a site, chosen by the rule for disagreements. */
export interface ReportedDeparture extends ReportedDay {
  handover: Departure;
  /** True when the chosen sentence names the day; false when it implies it ("Thursday", "today"). */
  dayNamed: boolean;
}

/** Another source's version of a departure (a report's, or the letter's own day), shown beside the chosen one. */
export interface OtherVersion {
  date: IsoDate | null;
  summary: Bilingual;
  citations: Citation[];
}

/** What the sources report of one site. */
export interface ReportedSite {
  site: SiteId;
  withdrawalStart: ReportedDay | null;
  liquidationFrom: ReportedDay | null;
  left: ReportedDeparture;
  otherVersions: OtherVersion[];
}

/** A reported count (sites, personnel): counts disagree, so each is kept with its source. */
export interface ReportedCount {
  id: string;
  date: IsoDate;
  what: 'sites' | 'personnel';
  summary: Bilingual;
  citations: ReportCitation[];
}

/** What happened, as reported, written to public/data/reported.json. */
export interface Reported {
  sources: Report[];
  sites: ReportedSite[];
  /** The reported story's events: departures (made from `sites`), incidents and counts. */
  events: TimelineEvent[];
}

/** The compiled timeline, as written to public/data/timeline.json. */
export interface Timeline {
  letters: Letter[];
  /** The letter that sets out the plan (S/2023/611): after its date the plan is only a plan. */
  planLetter: LetterId;
  windows: ClosureWindow[];
  events: TimelineEvent[];
  flows: Flow[];
  /** First and last day of the slider. */
  range: { start: IsoDate; end: IsoDate };
}

/** What the app loads: sites, the plan's timeline and what was reported. */
export interface Dataset {
  sites: Site[];
  timeline: Timeline;
  reported: Reported;
}

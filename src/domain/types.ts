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
export interface Citation {
  letter: LetterId;
  quote: string;
  /** A short English summary of the quote, shown beside the French in English. */
  en: string;
}

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
  citations: Citation[];
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
  citations: Citation[];
}

export type EventKind = 'context' | 'decision' | 'handover' | 'security' | 'milestone';

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
  citations: Citation[];
}

/** The compiled timeline, as written to public/data/timeline.json. */
export interface Timeline {
  letters: Letter[];
  windows: ClosureWindow[];
  events: TimelineEvent[];
  flows: Flow[];
  /** First and last day of the slider. */
  range: { start: IsoDate; end: IsoDate };
}

/** What the app loads: sites and timeline together. */
export interface Dataset {
  sites: Site[];
  timeline: Timeline;
}

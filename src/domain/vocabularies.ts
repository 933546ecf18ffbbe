/**
 * Every closed list of words the data uses, written once: the schema validates
 * against these lists, the types are derived from the schema, and the app iterates
 * over them (the legend's kinds and statuses, the view switch, the sources' kinds).
 */

/** The two languages of the app. Quotes stay in the sources' own language. */
export const LANGS = ['fr', 'en'] as const;

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

/** The letter's "11 camps et la base opérationnelle temporaire", plus the headquarters. */
export const SITE_KINDS = ['camp', 'temporary-base', 'headquarters'] as const;

/** A site's status on a day: derived from the data, never stored in it. */
export const SITE_STATUSES = ['open', 'closing', 'closed', 'drawdown', 'liquidation'] as const;

/** The closure windows of the plan, in order, then the liquidation period. */
export const WINDOW_IDS = ['phase-1', 'seq-a', 'seq-b', 'seq-c', 'liquidation'] as const;

export const EVENT_KINDS = [
  'context',
  'decision',
  'handover',
  'security',
  'milestone',
  'count',
] as const;

/** `stated` when a letter says where people went; `inferred` when it only lists the hubs. */
export const FLOW_BASES = ['stated', 'inferred'] as const;

/**
 * The two stories the map tells: the plan of the letters (`plan`) and what the
 * sources reported happened (`reported`, "as it happened").
 */
export const VIEWS = ['plan', 'reported'] as const;

/** Who published a report: a UN page, a UN release republished verbatim, or the press. */
export const REPORT_KINDS = ['un', 'un-copy', 'press'] as const;

/** Whether the Mission handed a site over, or left it without a handover (Tessalit, Aguelhok, Kidal). */
export const DEPARTURES = ['handed-over', 'no-handover'] as const;

/** What a reported count counts. */
export const COUNT_SUBJECTS = ['sites', 'personnel'] as const;

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
export const STORIES = ['plan', 'reported'] as const;

/** Who published a report: a UN page, a UN release republished verbatim, or the press. */
export const REPORT_KINDS = ['un', 'un-copy', 'press'] as const;

/**
 * What the sources say of a site's handover: handed over, left without one (Aguelhok,
 * Kidal), or contested where accounts disagree (Tessalit: taken over by the army, says
 * the army; left without a handover, says VOA).
 */
export const DEPARTURES = ['handed-over', 'no-handover', 'contested'] as const;

/** What one account of a contested handover says happened. */
export const ACCOUNTS = ['handed-over', 'no-handover'] as const;

/**
 * The parts of a reported claim a citation can support: its day, the handover (or its
 * absence), to whom it went, and who took the site over.
 */
export const CLAIM_PARTS = ['day', 'handover', 'recipient', 'actor'] as const;

/** Whom a site was handed to, as the sources name it. */
export const RECIPIENTS = ['state', 'civilian-authorities', 'governor', 'prefect', 'army'] as const;

/** Whether a handover was formal (a ceremony, signed documents) or provisional. */
export const FORMALITIES = ['formal', 'provisional'] as const;

/** Who took a site over after the Mission left it, where that is reported. */
export const ACTORS = ['army', 'csp-psd'] as const;

/**
 * What a reported count counts: sites, personnel who had left, or the personnel the
 * withdrawal was to repatriate (a target stated, not a departure).
 */
export const COUNT_SUBJECTS = ['sites', 'personnel', 'personnel-to-repatriate'] as const;

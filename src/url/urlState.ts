/**
 * The URL as a pure codec: what a reader can bookmark or share. Reading never
 * throws: a value that cannot be used becomes the default, with a notice that says
 * what was ignored. Writing omits defaults so shared links stay short.
 *
 *   ?date=2023-08-12&site=ber&lang=fr&view=reported   (`time=` is read too, as Our World in Data names it)
 */
import { clampDate, compareDays, parseIsoDate } from '../domain/dates.ts';
import { isLang, isStory } from '../domain/guards.ts';
import type { IsoDate, Lang, Story } from '../domain/types.ts';
import type { MessageKey } from '../i18n/index.ts';

export interface UrlState {
  day: IsoDate;
  site: string | null;
  lang: Lang | null;
  /** Which story: the plan (the default) or what happened. */
  view: Story;
  present: boolean;
  embed: boolean;
}

export interface UrlNotice {
  key: MessageKey;
  values?: Record<string, string>;
}

export interface UrlContext {
  siteIds: readonly string[];
  range: { start: IsoDate; end: IsoDate };
  defaultDay: IsoDate;
  /** The page's own view (a page of the reported story opens in it); the plan otherwise. */
  defaultView?: Story;
}

/** Values are echoed back in notices: keep them short (they are shown as text, never as HTML). */
const MAX_ECHO = 40;
function echo(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
}

const isOn = (value: string | null) => value === '1' || value === 'true' || value === '';

/** The language asked for by `lang=`, if it is one we have. */
export function langFromUrl(search: string): Lang | null {
  const value = new URLSearchParams(search).get('lang');
  return value !== null && isLang(value) ? value : null;
}

/** Whether the URL asks for the embed's page (`embed=1`). */
export const embedFromUrl = (search: string): boolean =>
  isOn(new URLSearchParams(search).get('embed'));

/** Whether the URL asks for presentation mode (`present=1`). */
export const presentFromUrl = (search: string): boolean =>
  isOn(new URLSearchParams(search).get('present'));

/** Reads the URL's query string; returns the state and what the reader should be told. */
export function parseUrlState(
  search: string,
  context: UrlContext,
): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const state: UrlState = {
    day: context.defaultDay,
    site: null,
    lang: null,
    view: context.defaultView ?? 'plan',
    present: isOn(params.get('present')),
    embed: isOn(params.get('embed')),
  };

  const rawDate = params.get('date') ?? params.get('time');
  if (rawDate !== null) {
    const value = rawDate.trim();
    const parsed =
      value === 'earliest'
        ? context.range.start
        : value === 'latest'
          ? context.range.end
          : parseIsoDate(value);
    if (!parsed) {
      notices.push({ key: 'url.badDate', values: { value: echo(rawDate) } });
    } else {
      const clamped = clampDate(parsed, context.range.start, context.range.end);
      if (compareDays(clamped, parsed) !== 0)
        notices.push({ key: 'url.dateOutOfRange', values: { value: echo(rawDate) } });
      state.day = clamped;
    }
  }

  const site = params.get('site');
  if (site !== null) {
    if (context.siteIds.includes(site)) state.site = site;
    else notices.push({ key: 'url.unknownSite', values: { value: echo(site) } });
  }

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) state.lang = lang;
    else notices.push({ key: 'url.unknownLang', values: { value: echo(lang) } });
  }

  const view = params.get('view');
  if (view !== null) {
    if (isStory(view)) state.view = view;
    else notices.push({ key: 'url.unknownView', values: { value: echo(view) } });
  }
  return { state, notices };
}

/**
 * The query string for `state`, without defaults: no date when it is the default day,
 * no language when it is the one the reader's browser would pick anyway, no view when
 * it is the page's own.
 */
export function toSearchParams(
  state: UrlState,
  defaults: { day: IsoDate; lang: Lang; view?: Story },
): string {
  const params = new URLSearchParams();
  if (state.day !== defaults.day) params.set('date', state.day);
  if (state.site) params.set('site', state.site);
  if (state.lang && state.lang !== defaults.lang) params.set('lang', state.lang);
  if (state.view !== (defaults.view ?? 'plan')) params.set('view', state.view);
  if (state.present) params.set('present', '1');
  if (state.embed) params.set('embed', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * From a loaded dataset and the page's URL to a fresh store: the URL decides the
 * day, the site, the language and the view; what it asked for that cannot be used
 * becomes a notice. Without them, the page's own day and language (an event's page),
 * then the timeline's start and the browser's language.
 */
import { clampDate } from '../domain/dates.ts';
import type { Dataset, IsoDate, Lang, SiteId, Story } from '../domain/types.ts';
import { type AppState, type AppStoreApi, createAppStore } from '../store/appStore.ts';
import { parseUrlState, type UrlNotice } from '../url/urlState.ts';
import type { PageDefaults } from './pageDefaults.ts';

/** What the address leaves out when it equals these. */
export interface UrlDefaults {
  day: IsoDate;
  lang: Lang;
  view: Story;
}

/** Where the page starts: the store's first values, what the reader is told, the URL as read, its defaults. */
export interface UrlStart {
  state: Pick<AppState, 'day' | 'lang' | 'selectedSiteId' | 'presenting' | 'story' | 'embed'>;
  notices: UrlNotice[];
  defaults: UrlDefaults;
}

export function startFromUrl(
  dataset: Dataset,
  search: string,
  browserLang: Lang,
  page: PageDefaults = { day: null, lang: null, view: null },
): UrlStart {
  const { range } = dataset.timeline;
  const defaults: UrlDefaults = {
    day: page.day ? clampDate(page.day, range.start, range.end) : range.start,
    lang: page.lang ?? browserLang,
    view: page.view ?? 'plan',
  };
  const { state, notices } = parseUrlState(search, {
    siteIds: dataset.sites.map((site) => site.id),
    range,
    defaultDay: defaults.day,
    defaultView: defaults.view,
  });
  return {
    state: {
      day: state.day,
      lang: state.lang ?? defaults.lang,
      selectedSiteId: state.site as SiteId | null,
      presenting: state.present,
      story: state.view,
      // The embed's own page is the embed, with or without `embed=1` in its address.
      embed: page.embed || state.embed,
    },
    notices,
    defaults,
  };
}

/** Moves `store` to where `start` says, and tells the reader what the URL asked for in vain. */
export function goTo(store: AppStoreApi, start: UrlStart): void {
  store.setState(start.state);
  for (const notice of start.notices) store.getState().notify(notice.key, notice.values);
}

export function storeFromUrl(
  dataset: Dataset,
  search: string,
  browserLang: Lang,
  page?: PageDefaults,
): { store: AppStoreApi; defaults: UrlDefaults } {
  const start = startFromUrl(dataset, search, browserLang, page);
  const store = createAppStore({ dataset, ...start.state });
  goTo(store, start);
  return { store, defaults: start.defaults };
}

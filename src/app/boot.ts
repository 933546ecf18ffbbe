/**
 * From a loaded dataset and the page's URL to a fresh store: the URL decides the
 * day, the site, the language and the view; what it asked for that cannot be used
 * becomes a notice. Without them, the page's own day and language (an event's page),
 * then the timeline's start and the browser's language.
 */
import { clampDate } from '../domain/dates.ts';
import type { Dataset, IsoDate, Lang, SiteId, View } from '../domain/types.ts';
import { type AppStoreApi, createAppStore } from '../store/appStore.ts';
import { parseUrlState, type UrlState } from '../url/urlState.ts';
import type { PageDefaults } from './pageDefaults.ts';

/** What the address leaves out when it equals these. */
export interface UrlDefaults {
  day: IsoDate;
  lang: Lang;
  view: View;
}

export function storeFromUrl(
  dataset: Dataset,
  search: string,
  browserLang: Lang,
  page: PageDefaults = { day: null, lang: null, view: null },
): { store: AppStoreApi; url: UrlState; defaults: UrlDefaults } {
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
  const store = createAppStore({
    dataset,
    day: state.day,
    lang: state.lang ?? defaults.lang,
    selectedSiteId: state.site as SiteId | null,
    presenting: state.present,
    view: state.view,
  });
  for (const notice of notices) store.getState().notify(notice.key, notice.values);
  return { store, url: state, defaults };
}

/**
 * From a loaded dataset and the page's URL to a fresh store: the URL decides the
 * day, the site, the language and the view; what it asked for that cannot be used becomes a
 * notice.
 */
import type { Dataset, Lang, SiteId } from '../domain/types.ts';
import { type AppStoreApi, createAppStore } from '../store/appStore.ts';
import { parseUrlState, type UrlState } from '../url/urlState.ts';

export function storeFromUrl(
  dataset: Dataset,
  search: string,
  browserLang: Lang,
): { store: AppStoreApi; url: UrlState } {
  const { range } = dataset.timeline;
  const { state, notices } = parseUrlState(search, {
    siteIds: dataset.sites.map((site) => site.id),
    range,
    defaultDay: range.start,
  });
  const store = createAppStore({
    dataset,
    day: state.day,
    lang: state.lang ?? browserLang,
    selectedSiteId: state.site as SiteId | null,
    presenting: state.present,
    view: state.view,
  });
  for (const notice of notices) store.getState().notify(notice.key, notice.values);
  return { store, url: state };
}

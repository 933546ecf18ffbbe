/**
 * The sites as an accessible list, kept in step with the slider: the screen
 * reader's and the phone's way in. Each row carries `data-site-id` and
 * `data-status` so that tests and host pages can read the state.
 */
import type { SiteStatus } from '../domain/types.ts';
import { formatDay, t } from '../i18n/index.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import {
  selectDay,
  selectHubs,
  selectLang,
  selectSelectedSiteId,
  selectSites,
  selectStatuses,
} from '../store/selectors.ts';
import { SiteGlyph } from './SiteGlyph.tsx';

export function SiteList() {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const day = useApp(selectDay);
  const sites = useApp(selectSites);
  const statuses = useApp(selectStatuses);
  const selected = useApp(selectSelectedSiteId);
  const hubs = useApp(selectHubs);
  if (!statuses) return null;

  return (
    <section className="site-list" aria-labelledby="site-list-title">
      <h2 id="site-list-title">{t(lang, 'list.title')}</h2>
      <p className="visually-hidden">{t(lang, 'list.caption', { date: formatDay(lang, day) })}</p>
      <ul>
        {sites.map((site) => {
          const status: SiteStatus = statuses[site.id];
          return (
            <li
              key={site.id}
              data-site-id={site.id}
              data-status={status}
              className={`status-${status}`}
            >
              <button
                type="button"
                aria-pressed={selected === site.id}
                aria-controls="site-card"
                onClick={() => store.getState().selectSite(selected === site.id ? null : site.id)}
              >
                <SiteGlyph kind={site.kind} status={status} />
                <span className="site-name">{site.name[lang]}</span>
                <span className="site-status">
                  {t(lang, `status.${status}`)}
                  {hubs.has(site.id) && <span className="hub-badge"> · {t(lang, 'list.hub')}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

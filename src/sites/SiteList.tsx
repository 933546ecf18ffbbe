/**
 * The sites as an accessible list, kept in step with the slider: the screen
 * reader's and the phone's way in. Each row carries `data-site-id` and
 * `data-status` so that tests and host pages can read the state.
 */
import { memo, useCallback } from 'react';
import type { Lang, Site, SiteId, SiteStatus } from '../domain/types.ts';
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
  const onSelect = useCallback(
    (id: SiteId) => {
      const { selectedSiteId, selectSite } = store.getState();
      selectSite(selectedSiteId === id ? null : id);
    },
    [store],
  );
  if (!statuses) return null;

  return (
    <section className="site-list" aria-labelledby="site-list-title">
      <h2 id="site-list-title">{t(lang, 'list.title')}</h2>
      <p className="visually-hidden">{t(lang, 'list.caption', { date: formatDay(lang, day) })}</p>
      <ul>
        {sites.map((site) => (
          <SiteRow
            key={site.id}
            site={site}
            status={statuses[site.id]}
            hub={hubs.has(site.id)}
            selected={selected === site.id}
            lang={lang}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </section>
  );
}

interface SiteRowProps {
  site: Site;
  status: SiteStatus;
  hub: boolean;
  selected: boolean;
  lang: Lang;
  onSelect: (id: SiteId) => void;
}

/** One row; re-rendered only when its own status, hub or selection changes, not every day. */
const SiteRow = memo(function SiteRow({
  site,
  status,
  hub,
  selected,
  lang,
  onSelect,
}: SiteRowProps) {
  return (
    <li data-site-id={site.id} data-status={status} className={`status-${status}`}>
      <button
        type="button"
        aria-pressed={selected}
        aria-controls="site-card"
        onClick={() => onSelect(site.id)}
      >
        <SiteGlyph kind={site.kind} status={status} />
        <span className="site-name">{site.name[lang]}</span>
        <span className="site-status">
          {t(lang, `status.${status}`)}
          {hub && <span className="hub-badge"> · {t(lang, 'list.hub')}</span>}
        </span>
      </button>
    </li>
  );
});

/**
 * The sites as an accessible list, kept in step with the slider: the screen
 * reader's and the phone's way in. Each row carries `data-site-id` and
 * `data-status` so that tests and host pages can read the state.
 */
import { memo } from 'react';
import type { FlowBasis, Lang, Site, SiteStatus, UnusualDeparture } from '../domain/types.ts';
import { formatDay, t } from '../i18n/index.ts';
import { statusLabel } from '../i18n/statusLabel.ts';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import {
  selectDayView,
  selectLang,
  selectSelectedSiteId,
  selectSites,
} from '../store/selectors.ts';
import { SiteGlyph } from '../symbols/SiteGlyph.tsx';

export function SiteList() {
  const lang = useApp(selectLang);
  const sites = useApp(selectSites);
  const selected = useApp(selectSelectedSiteId);
  const dayView = useApp(selectDayView);
  if (!dayView) return null;

  return (
    <section className="site-list" aria-labelledby="site-list-title">
      <h2 id="site-list-title">{t(lang, 'list.title')}</h2>
      <p className="visually-hidden">
        {t(lang, 'list.caption', { date: formatDay(lang, dayView.day) })}
      </p>
      <ul>
        {sites.map((site) => (
          <SiteRow
            key={site.id}
            site={site}
            status={dayView.statuses[site.id]}
            hub={dayView.hubs.get(site.id) ?? null}
            planned={dayView.planned}
            departure={dayView.departures.get(site.id) ?? null}
            selected={selected === site.id}
            lang={lang}
          />
        ))}
      </ul>
    </section>
  );
}

interface SiteRowProps {
  site: Site;
  status: SiteStatus;
  hub: FlowBasis | null;
  planned: boolean;
  departure: UnusualDeparture | null;
  selected: boolean;
  lang: Lang;
}

/** One row; re-rendered only when its own status, hub or selection changes, not every day. */
const SiteRow = memo(function SiteRow({
  site,
  status,
  hub,
  planned,
  departure,
  selected,
  lang,
}: SiteRowProps) {
  const store = useAppStoreApi();
  // A second press on the selected site closes its card.
  const toggle = () => {
    const { selectedSiteId, selectSite } = store.getState();
    selectSite(selectedSiteId === site.id ? null : site.id);
  };
  return (
    <li
      data-site-id={site.id}
      data-status={status}
      data-departure={departure ?? undefined}
      className={`status-${status}`}
    >
      <button type="button" aria-pressed={selected} aria-controls="site-card" onClick={toggle}>
        <SiteGlyph kind={site.kind} status={status} departure={departure} />
        <span className="site-name">{site.name[lang]}</span>
        <span className="site-status">
          {statusLabel(lang, status, planned)}
          {departure && (
            <>
              {' '}
              ·{' '}
              {t(
                lang,
                departure === 'contested' ? 'legend.contested' : 'legend.leftWithoutHandover',
              ).toLowerCase()}
            </>
          )}
          {hub && (
            <span className="hub-badge" data-hub-basis={hub}>
              {' '}
              · {t(lang, 'list.hub')}
              {hub === 'inferred' && ` (${t(lang, 'card.hubInferred')})`}
            </span>
          )}
        </span>
      </button>
    </li>
  );
});

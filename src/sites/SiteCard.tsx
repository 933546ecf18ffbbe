/**
 * A site's card: what it was, what the plan did with it and when, and the
 * sentences of the letters that say so, each with its letter's date, author,
 * symbol and a link to the original. Quotes stay in French; in English an
 * English summary stands beside each.
 */
import { useEffect, useRef } from 'react';
import { formatCoordinates } from '../i18n/formatCoordinates.ts';
import { formatDay, t } from '../i18n/index.ts';
import { statusLabel } from '../i18n/statusLabel.ts';
import { CloseButton } from '../page/CloseButton.tsx';
import { Quotes } from '../sources/Quotes.tsx';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import { selectDayView, selectLang, selectSelectedSite } from '../store/selectors.ts';
import { SiteGlyph } from '../symbols/SiteGlyph.tsx';
import { ClosureFacts } from './ClosureFacts.tsx';
import { ReportedFacts } from './ReportedFacts.tsx';
import { SiteEvents } from './SiteEvents.tsx';

export function SiteCard() {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const site = useApp(selectSelectedSite);
  const dayView = useApp(selectDayView);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const siteId = site?.id;

  // Opening a card moves focus to it, so keyboard and screen reader users land on what they asked for.
  // Not the card the page opened with: nobody asked yet, and focus would scroll the page (or a
  // host's frame) past the map.
  const openedWith = useRef(siteId);
  useEffect(() => {
    if (siteId === openedWith.current) return;
    openedWith.current = undefined;
    if (siteId) headingRef.current?.focus();
  }, [siteId]);

  if (!site || !dayView) return <div id="site-card" hidden />;
  const status = dayView.statuses[site.id];
  const close = () => {
    store.getState().selectSite(null);
    document
      .querySelector<HTMLButtonElement>(`.site-list [data-site-id="${site.id}"] button`)
      ?.focus();
  };

  return (
    <section
      id="site-card"
      className="site-card"
      aria-labelledby="site-card-title"
      data-site-id={site.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <header>
        <SiteGlyph
          kind={site.kind}
          status={status}
          size={24}
          departure={dayView.departures.get(site.id) ?? null}
        />
        <h2 id="site-card-title" tabIndex={-1} ref={headingRef}>
          {site.name[lang]}
        </h2>
        <CloseButton className="card-close" label={t(lang, 'card.close')} onClick={close} />
      </header>
      <dl className="facts">
        <dt>{t(lang, 'card.statusOn', { date: formatDay(lang, dayView.day) })}</dt>
        <dd className={`status-${status}`} data-status={status}>
          {statusLabel(lang, status, dayView.planned)}
        </dd>
        <dt>{t(lang, 'card.kind')}</dt>
        <dd>{t(lang, `kind.${site.kind}`)}</dd>
        <dt>{t(lang, 'card.sector')}</dt>
        <dd>{site.sector ? site.sector[lang] : <em>{t(lang, 'card.sectorUnknown')}</em>}</dd>
        <dt>{t(lang, 'card.region')}</dt>
        <dd>{site.region[lang]}</dd>
        <ClosureFacts site={site} lang={lang} />
        <dt>{t(lang, 'card.position')}</dt>
        <dd>
          {formatCoordinates(lang, site.coordinates)}
          {site.approximate && site.uncertaintyKm !== null && (
            <strong> ({t(lang, 'card.approximate', { km: site.uncertaintyKm })})</strong>
          )}
          <details className="position-source">
            <summary>{t(lang, 'card.positionSource')}</summary>
            <small>{site.coordinateSource}</small>
          </details>
        </dd>
      </dl>
      <h3>{t(lang, 'card.sources')}</h3>
      <Quotes citations={site.citations} />
      <ReportedFacts site={site} lang={lang} />
      <SiteEvents site={site} />
    </section>
  );
}

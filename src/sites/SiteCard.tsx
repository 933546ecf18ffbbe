/**
 * A site's card: what it was, what the plan did with it and when, and the
 * sentences of the letters that say so, each with its letter's date, author,
 * symbol and a link to the original. Quotes stay in French; in English an
 * English summary stands beside each.
 */
import { useEffect, useRef } from 'react';
import type { Lang, Site } from '../domain/types.ts';
import { formatCoordinates } from '../i18n/formatCoordinates.ts';
import { formatDay, t } from '../i18n/index.ts';
import { statusLabel } from '../i18n/statusLabel.ts';
import { Quotes } from '../sources/Quotes.tsx';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import {
  selectDay,
  selectDayView,
  selectEvents,
  selectFlows,
  selectLang,
  selectLetters,
  selectReports,
  selectSelectedSite,
  selectShowsPlan,
  selectSites,
  selectStatuses,
  selectWindows,
} from '../store/selectors.ts';
import { SiteGlyph } from '../symbols/SiteGlyph.tsx';
import { ReportedFacts } from './ReportedFacts.tsx';

function ClosureFacts({ site, lang }: { site: Site; lang: Lang }) {
  const windows = useApp(selectWindows);
  const closureWindow = windows.find((w) => w.id === site.closureWindow);
  // Select the stable list, derive here: a selector that filters would return a new
  // array on every read and make React re-render forever.
  const sites = useApp(selectSites);
  const flows = useApp(selectFlows);
  const hubs = sites.filter((other) => site.hubs.includes(other.id));
  // Where the letter does not say where a site's people went, the hub is the map's inference.
  const hubFlow = flows.find((flow) => flow.from === site.id);
  return (
    <>
      <dt>{t(lang, 'card.window')}</dt>
      <dd>
        {closureWindow
          ? t(lang, 'card.planWindowFrom', {
              name: closureWindow.name[lang],
              start: formatDay(lang, closureWindow.start),
              end: formatDay(lang, closureWindow.end),
            })
          : t(lang, 'card.noWindow')}
      </dd>
      {closureWindow && (
        <>
          <dt>{t(lang, 'card.handover')}</dt>
          <dd data-handover={site.handoverDate ? 'reported' : 'planned'}>
            {site.handoverDate
              ? t(lang, 'card.handoverReported', { date: formatDay(lang, site.handoverDate) })
              : t(lang, 'card.handoverPlanned', { date: formatDay(lang, closureWindow.end) })}
          </dd>
        </>
      )}
      {hubs.length > 0 && (
        <>
          <dt>{t(lang, 'card.hubs')}</dt>
          <dd data-hub-basis={hubFlow?.basis}>
            {hubs.map((hub) => hub.name[lang]).join(', ')}
            {hubFlow && (
              <>
                {' '}
                <em className="basis">
                  ({t(lang, hubFlow.basis === 'stated' ? 'card.hubStated' : 'card.hubInferred')})
                </em>
                {hubFlow.note && <small className="basis-note"> {hubFlow.note[lang]}</small>}
              </>
            )}
          </dd>
        </>
      )}
      {site.drawdownFrom && (
        <>
          <dt>{t(lang, 'status.drawdown')}</dt>
          <dd>{t(lang, 'card.drawdown', { date: formatDay(lang, site.drawdownFrom) })}</dd>
        </>
      )}
      {site.liquidationFrom && (
        <>
          <dt>{t(lang, 'status.liquidation')}</dt>
          <dd>{t(lang, 'card.liquidation', { date: formatDay(lang, site.liquidationFrom) })}</dd>
        </>
      )}
    </>
  );
}

export function SiteCard() {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const site = useApp(selectSelectedSite);
  const day = useApp(selectDay);
  const statuses = useApp(selectStatuses);
  const dayView = useApp(selectDayView);
  const events = useApp(selectEvents);
  const letters = useApp(selectLetters);
  const reports = useApp(selectReports);
  const planned = useApp(selectShowsPlan);
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

  if (!site || !statuses) return <div id="site-card" hidden />;
  const status = statuses[site.id];
  const siteEvents = events.filter((event) => event.sites.includes(site.id));
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
          abandoned={dayView?.leftWithoutHandover.has(site.id) ?? false}
        />
        <h2 id="site-card-title" tabIndex={-1} ref={headingRef}>
          {site.name[lang]}
        </h2>
        <button
          type="button"
          className="card-close"
          onClick={close}
          aria-label={t(lang, 'card.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <dl className="facts">
        <dt>{t(lang, 'card.statusOn', { date: formatDay(lang, day) })}</dt>
        <dd className={`status-${status}`} data-status={status}>
          {statusLabel(lang, status, planned)}
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
      <Quotes citations={site.citations} letters={letters} reports={reports} lang={lang} />
      <ReportedFacts site={site} lang={lang} />
      {siteEvents.length > 0 && (
        <>
          <h3>{t(lang, 'card.events')}</h3>
          <ul className="card-events">
            {siteEvents.map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => store.getState().setDay(event.date)}
                >
                  {formatDay(lang, event.date)}
                </button>{' '}
                {event.title[lang]}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

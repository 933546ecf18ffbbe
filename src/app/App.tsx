/**
 * The app: load the data (with a clear alert and a retry when that fails), make a
 * store from the URL, and lay out the map, the timeline and the panels.
 */

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { PlanVsReality } from '../comparison/PlanVsReality.tsx';
import type { Lang } from '../domain/types.ts';
import { useEmbedBridge } from '../embed/EmbedBridge.ts';
import { EmbedControls } from '../embed/EmbedControls.tsx';
import { useEmbedChrome } from '../embed/embedChrome.ts';
import { MAP_SUMMARY_ID, MapSummary } from '../embed/MapSummary.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { formatDay, preferredLang, t } from '../i18n/index.ts';
import type { Basemap } from '../map/basemap.ts';
import { LocatorMap } from '../map/LocatorMap.tsx';
import type { MapController } from '../map/MapController.ts';
import { MapView, prefersReducedMotion } from '../map/MapView.tsx';
import { MapCamera } from '../map/mapCamera.ts';
import { engineAllowed } from '../map/mapEngine.ts';
import { StaticMap } from '../map/StaticMap.tsx';
import { ZoomControls } from '../map/ZoomControls.tsx';
import { inPhoneLayout } from '../page/phoneLayout.ts';
import { PresentationView } from '../present/PresentationView.tsx';
import { PresenterView } from '../present/PresenterView.tsx';
import { presenterFromUrl } from '../present/presenterWindow.ts';
import { enterFullscreen, usePresentation } from '../present/usePresentation.ts';
import { Legend } from '../sites/Legend.tsx';
import { SiteCard } from '../sites/SiteCard.tsx';
import { SiteList } from '../sites/SiteList.tsx';
import { SourcesPanel } from '../sources/SourcesPanel.tsx';
import type { AppStoreApi } from '../store/appStore.ts';
import { StoreProvider, useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import {
  selectDayView,
  selectFlows,
  selectLang,
  selectPresenting,
  selectSelectedSiteId,
  selectSites,
} from '../store/selectors.ts';
import { Announcer } from '../timeline/Announcer.tsx';
import { EventCaption } from '../timeline/EventCaption.tsx';
import { OpenSites } from '../timeline/OpenSites.tsx';
import { Player } from '../timeline/Player.ts';
import { TimeSlider } from '../timeline/TimeSlider.tsx';
import { langFromUrl, type UrlState } from '../url/urlState.ts';
import { useUrlSync } from '../url/useUrlSync.ts';
import { ViewBanner } from '../view/ViewBanner.tsx';
import { ViewSwitch } from '../view/ViewSwitch.tsx';
import { goTo, startFromUrl, storeFromUrl, type UrlDefaults, type UrlStart } from './boot.ts';
import { startDataAttempt } from './dataAttempt.ts';
import { type LoadProblem, type LoadResult, loadDataset } from './loadDataset.ts';
import { loadProblemText } from './loadProblemText.ts';
import { Notices } from './Notices.tsx';
import { pageDefaults } from './pageDefaults.ts';

type Boot =
  | { state: 'loading' }
  | { state: 'failed'; problem: LoadProblem }
  | {
      state: 'ready';
      store: AppStoreApi;
      url: UrlState;
      defaults: UrlDefaults;
      basemap: Basemap;
      /** Where the address asks to go once React holds the page the build wrote. */
      wanted?: UrlStart;
    };

const browserLang = (): Lang =>
  preferredLang(typeof navigator === 'undefined' ? [] : navigator.languages);

function bootFrom(result: LoadResult, hydrating = false): Boot {
  if (!result.ok) return { state: 'failed', problem: result.problem };
  const page = pageDefaults(document.getElementById('root'));
  if (!hydrating) {
    const ready = storeFromUrl(result.dataset, window.location.search, browserLang(), page);
    return { state: 'ready', ...ready, basemap: result.basemap };
  }
  // React's first render must be the page the build wrote (its day, language and view,
  // nothing from the address), so that it keeps that markup's elements instead of
  // replacing them; the address's state follows at once (App's effect).
  const written = storeFromUrl(result.dataset, '', htmlLang(), page);
  const wanted = startFromUrl(result.dataset, window.location.search, browserLang(), page);
  return { state: 'ready', ...written, basemap: result.basemap, wanted };
}

/** The language the build wrote the page in. */
const htmlLang = (): Lang => (document.documentElement.lang === 'fr' ? 'fr' : 'en');

interface AppProps {
  /** The data's download, started by main.tsx before React. */
  firstLoad?: Promise<LoadResult>;
  /**
   * The data, already loaded: main.tsx waits for it when the build wrote the map into
   * the page, so that React's first render is that same map (taken over, or drawn in
   * its place for the embed and presentation), never a loading message.
   */
  loaded?: LoadResult;
  /** React takes over the markup the build wrote (hydration) rather than replacing it. */
  hydrating?: boolean;
}

export function App({ firstLoad, loaded, hydrating = false }: AppProps) {
  const [boot, setBoot] = useState<Boot>(() =>
    loaded ? bootFrom(loaded, hydrating) : { state: 'loading' },
  );
  const bootLang = langFromUrl(window.location.search) ?? browserLang();
  // 0: the first load; each Try again adds one and fetches anew.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt === 0 && loaded) return;
    return startDataAttempt({
      attempt,
      firstLoad,
      load: loadDataset,
      apply: (result) => setBoot(bootFrom(result)),
    });
  }, [attempt, firstLoad, loaded]);

  // Once the written page is React's, go where the address asks: the same store (the map
  // and the subscriptions keep it), set to the wanted day, language, site, view and mode.
  useEffect(() => {
    if (boot.state !== 'ready' || !boot.wanted) return;
    const { url, defaults } = boot.wanted;
    goTo(boot.store, boot.wanted);
    setBoot({ ...boot, url, defaults, wanted: undefined });
  }, [boot]);

  const retry = () => {
    setBoot({ state: 'loading' });
    setAttempt((previous) => previous + 1);
  };

  if (boot.state === 'ready') {
    // The presenter view's window: the briefer's notes, not the map (see present/).
    if (presenterFromUrl(window.location.search))
      return (
        <StoreProvider store={boot.store}>
          <PresenterView />
        </StoreProvider>
      );
    return (
      <StoreProvider store={boot.store}>
        <Shell url={boot.url} defaults={boot.defaults} basemap={boot.basemap} />
      </StoreProvider>
    );
  }
  return (
    <div className="app app-boot" lang={bootLang}>
      <header className="app-header">
        <h1>{t(bootLang, 'app.title')}</h1>
      </header>
      <main className="boot-message">
        {boot.state === 'loading' ? (
          <p role="status">{t(bootLang, 'app.loading')}</p>
        ) : (
          <div role="alert" className="load-error">
            <p>
              <strong>{t(bootLang, 'load.failed')}</strong>
            </p>
            <p className="load-problem">{loadProblemText(bootLang, boot.problem)}</p>
            {boot.problem.code === 'invalid' && (
              // The schema's own findings, as technical detail: written in English.
              <ul className="load-details" lang="en">
                {boot.problem.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
            <button type="button" onClick={retry}>
              {t(bootLang, 'load.retry')}
            </button>
          </div>
        )}
      </main>
    </div>
  );
}

/** The whole page for a store: what the app shows, and what the build writes into the HTML. */
export function Shell({
  url,
  defaults,
  basemap,
}: {
  url: UrlState;
  defaults: UrlDefaults;
  basemap: Basemap;
}) {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const [webglProblem, setWebglProblem] = useState<string | null>(null);
  const [contextLost, setContextLost] = useState(false);
  // The engine: asked for by the reader's first zoom or pan, then drawn (mapCamera.ts).
  const [engineAsked, setEngineAsked] = useState(false);
  const [mapReady, setMapReady] = useState(false);
  // Not while presenting (the room sees the SVG map), nor for a reader saving data:
  // there the SVG map zooms and pans alone.
  const camera = useMemo(
    () =>
      new MapCamera(() => {
        if (!store.getState().presenting && engineAllowed()) setEngineAsked(true);
      }),
    [store],
  );
  // On phones the introduction stays folded until the reader asks for it.
  const [introOpen, setIntroOpen] = useState(false);
  const onMapReady = useCallback(() => setMapReady(true), []);
  const controllerRef = useRef<MapController | null>(null);
  const onWebglUnavailable = useCallback((reason: string) => setWebglProblem(reason), []);
  const onContextLost = useCallback((lost: boolean) => setContextLost(lost), []);
  const presenting = useApp(selectPresenting);
  useUrlSync(store, defaults, { embed: url.embed });
  usePresentation(store);
  const rootRef = useRef<HTMLDivElement>(null);
  useEmbedBridge(store, rootRef);
  useEmbedChrome(rootRef, url.embed);

  useEffect(() => {
    const player = new Player(store, prefersReducedMotion);
    return () => player.destroy();
  }, [store]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'app.title');
  }, [lang]);

  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return (
    <div className={`app${presenting ? ' is-presenting' : ''}`} lang={lang} ref={rootRef}>
      <a className="skip-link" href="#timeline">
        {t(lang, 'app.skipToTimeline')}
      </a>
      <header className="app-header">
        <div className="title-block">
          <h1>{t(lang, 'app.title')}</h1>
          {!url.embed && (
            <p id="intro" className={`intro${introOpen ? ' is-open' : ''}`}>
              {t(lang, 'app.intro')}
            </p>
          )}
          {/* Only ever shown from the HTML the build writes, where scripts do not run. */}
          <noscript>
            <p className="no-script-note">
              {t(lang, 'static.noScript', { date: formatDay(lang, store.getState().day) })}
            </p>
          </noscript>
        </div>
        {!url.embed && (
          // Phones only (CSS): the introduction waits behind this button, so that the
          // map, the slider and the buttons all fit the first screen.
          <button
            type="button"
            className="intro-toggle"
            aria-expanded={introOpen}
            aria-controls="intro"
            onClick={() => setIntroOpen(!introOpen)}
          >
            {t(lang, 'app.about')}
          </button>
        )}
        <ViewSwitch />
        <ExportMenu camera={camera} basemap={basemap} />
        <button
          type="button"
          className="present-button"
          aria-label={t(lang, 'present.startLabel')}
          onClick={() => {
            store.getState().setPresenting(true);
            void enterFullscreen();
          }}
        >
          {t(lang, 'present.start')}
        </button>
        <button
          type="button"
          className="lang-switch"
          lang={other}
          aria-label={t(lang, 'lang.switchLabel')}
          onClick={() => store.getState().setLang(other)}
        >
          {t(lang, 'lang.switch')}
        </button>
        <EmbedControls embed={url.embed} />
      </header>
      <main className="app-main" aria-describedby={url.embed ? MAP_SUMMARY_ID : undefined}>
        <div className="map-area">
          {url.embed && <MapSummary />}
          <MapView
            basemap={basemap}
            asked={engineAsked && !webglProblem}
            camera={camera}
            onReady={onMapReady}
            onWebglUnavailable={onWebglUnavailable}
            onContextLost={onContextLost}
            controllerRef={controllerRef}
          />
          {(webglProblem || !mapReady) && <StaticSiteMap basemap={basemap} camera={camera} />}
          <ZoomControls camera={camera} />
          <LocatorMap basemap={basemap} camera={camera} lang={lang} />
          <div className="map-overlays">
            <ViewBanner />
            <Notices />
            {webglProblem && (
              <p className="notice notice-warning" role="status" data-problem="no-webgl">
                {t(lang, 'notice.noWebgl')}
              </p>
            )}
            {contextLost && (
              <p className="notice notice-warning" role="status" data-problem="context-lost">
                {t(lang, 'notice.contextLost')}
              </p>
            )}
            {!presenting && <EventCaption />}
          </div>
          {presenting && <PresentationView />}
        </div>
        <TimeSlider />
        <aside className="panel">
          <OpenSites />
          <SiteCard />
          <GapPanel />
          <SiteList />
          <Legend />
          <SourcesPanel />
        </aside>
      </main>
      <Announcer />
    </div>
  );
}

/** Plan against reality in the panel: open from the start on wide screens, folded on phones. */
function GapPanel() {
  const lang = useApp(selectLang);
  // Written into the HTML by the build as a wide screen shows it: open. Folded on a
  // narrow screen once React holds the page, before the browser paints again.
  const [open, setOpen] = useState(true);
  useLayoutEffect(() => {
    if (inPhoneLayout()) setOpen(false);
  }, []);
  return (
    <details className="gap-panel" open={open}>
      <summary>{t(lang, 'gap.title')}</summary>
      <PlanVsReality />
    </details>
  );
}

/** The SVG map at the current day: the map until the engine takes over, and without WebGL. */
function StaticSiteMap({ basemap, camera }: { basemap: Basemap; camera: MapCamera }) {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const sites = useApp(selectSites);
  const dayView = useApp(selectDayView);
  const selected = useApp(selectSelectedSiteId);
  const flows = useApp(selectFlows);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    return element ? camera.attachSvg(element) : undefined;
  }, [camera]);
  if (!dayView) return null;
  return (
    <StaticMap
      ref={ref}
      basemap={basemap}
      sites={sites}
      flows={flows}
      view={dayView}
      selected={selected}
      lang={lang}
      onSelectSite={(id) => store.getState().selectSite(id)}
    />
  );
}

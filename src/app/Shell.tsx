/**
 * The whole page for a store: the header, the map (the SVG map, then the engine when
 * asked), the slider and the panels. The app renders it once the data is in; the build
 * renders it into each page's HTML.
 */

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { GapPanel } from '../comparison/GapPanel.tsx';
import type { Lang } from '../domain/types.ts';
import { useEmbedBridge } from '../embed/EmbedBridge.ts';
import { EmbedControls } from '../embed/EmbedControls.tsx';
import { useEmbedChrome } from '../embed/embedChrome.ts';
import { MAP_SUMMARY_ID, MapSummary } from '../embed/MapSummary.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { formatDay, t } from '../i18n/index.ts';
import type { Basemap } from '../map/basemap.ts';
import { LocatorMap } from '../map/LocatorMap.tsx';
import type { MapController } from '../map/MapController.ts';
import { MapView, prefersReducedMotion } from '../map/MapView.tsx';
import { MapCamera } from '../map/mapCamera.ts';
import { engineAllowed } from '../map/mapEngine.ts';
import { StaticMap } from '../map/StaticMap.tsx';
import { useFreeArea } from '../map/useFreeArea.ts';
import { ZoomControls } from '../map/ZoomControls.tsx';
import { registerServiceWorker } from '../offline/registerServiceWorker.ts';
import { SteadyLabel } from '../page/SteadyLabel.tsx';
import { PresentationView } from '../present/PresentationView.tsx';
import { enterFullscreen, usePresentation } from '../present/usePresentation.ts';
import { Legend } from '../sites/Legend.tsx';
import { SiteCard } from '../sites/SiteCard.tsx';
import { SiteList } from '../sites/SiteList.tsx';
import { SourcesPanel } from '../sources/SourcesPanel.tsx';
import { useApp, useAppStoreApi } from '../store/StoreProvider.tsx';
import {
  selectDayView,
  selectEmbed,
  selectEngineDrawn,
  selectFlows,
  selectLang,
  selectPresenting,
  selectSelectedSiteId,
  selectSites,
} from '../store/selectors.ts';
import { StoryBanner } from '../story/StoryBanner.tsx';
import { StorySwitch } from '../story/StorySwitch.tsx';
import { Announcer } from '../timeline/Announcer.tsx';
import { EventCaption } from '../timeline/EventCaption.tsx';
import { OpenSites } from '../timeline/OpenSites.tsx';
import { Player } from '../timeline/Player.ts';
import { TimeSlider } from '../timeline/TimeSlider.tsx';
import { useUrlSync } from '../url/useUrlSync.ts';
import type { UrlDefaults } from './boot.ts';
import { MapProblem, Notices } from './Notices.tsx';

/** The whole page for a store: what the app shows, and what the build writes into the HTML. */
export function Shell({ defaults, basemap }: { defaults: UrlDefaults; basemap: Basemap }) {
  const store = useAppStoreApi();
  const lang = useApp(selectLang);
  const embed = useApp(selectEmbed);
  const [webglProblem, setWebglProblem] = useState<string | null>(null);
  const [contextLost, setContextLost] = useState(false);
  // The engine: asked for by the reader's first zoom or pan, then drawn (mapCamera.ts).
  const [engineAsked, setEngineAsked] = useState(false);
  // Not while presenting (the room sees the SVG map), nor for a reader saving data:
  // there the SVG map zooms and pans alone.
  const camera = useMemo(() => {
    let asked = false;
    return new MapCamera(() => {
      if (asked || store.getState().presenting || !engineAllowed()) return;
      asked = true;
      // After the frame that paints the SVG map's answer to the gesture: React's render
      // and the engine's download and start-up, begun in the same task, delayed it.
      requestAnimationFrame(() => setTimeout(() => setEngineAsked(true), 0));
    });
  }, [store]);
  // On phones the introduction stays folded until the reader asks for it.
  const [introOpen, setIntroOpen] = useState(false);
  const controllerRef = useRef<MapController | null>(null);
  const onWebglUnavailable = useCallback((reason: string) => setWebglProblem(reason), []);
  const onContextLost = useCallback((lost: boolean) => setContextLost(lost), []);
  const presenting = useApp(selectPresenting);
  useUrlSync(store, defaults);
  usePresentation(store);
  const rootRef = useRef<HTMLDivElement>(null);
  const mapAreaRef = useRef<HTMLDivElement>(null);
  useFreeArea(mapAreaRef, camera);
  useEmbedBridge(store, rootRef);
  useEmbedChrome(rootRef, embed);
  useEffect(() => registerServiceWorker(store), [store]);
  const engineDrawn = useApp(selectEngineDrawn);

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
          {!embed && (
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
        {!embed && (
          // Phones only (CSS): the introduction waits behind this button, so that the
          // map, the slider and the buttons all fit the first screen.
          <button
            type="button"
            className="intro-toggle"
            aria-expanded={introOpen}
            aria-controls="intro"
            onClick={() => setIntroOpen(!introOpen)}
          >
            <SteadyLabel lang={lang} words="app.about" />
          </button>
        )}
        <StorySwitch />
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
          <SteadyLabel lang={lang} words="present.start" />
        </button>
        <button
          type="button"
          className="lang-switch"
          lang={other}
          aria-label={t(lang, 'lang.switchLabel')}
          onClick={() => store.getState().setLang(other)}
        >
          <SteadyLabel lang={lang} words="lang.switch" />
        </button>
        <EmbedControls />
      </header>
      <main className="app-main" aria-describedby={embed ? MAP_SUMMARY_ID : undefined}>
        <div className="map-area" ref={mapAreaRef}>
          {embed && <MapSummary />}
          <MapView
            basemap={basemap}
            asked={engineAsked && !webglProblem}
            camera={camera}
            onWebglUnavailable={onWebglUnavailable}
            onContextLost={onContextLost}
            controllerRef={controllerRef}
          />
          {(webglProblem || !engineDrawn) && <StaticSiteMap basemap={basemap} camera={camera} />}
          <ZoomControls camera={camera} />
          <LocatorMap basemap={basemap} camera={camera} lang={lang} />
          {/* A column over the map's left side, beside which Mali is framed; presenting, a
              box at the top right that must only keep clear of the sites (freeArea.ts). */}
          <div className="map-overlays" data-over-map={presenting ? '' : 'beside'}>
            <StoryBanner />
            <Notices />
            {webglProblem && <MapProblem problem="no-webgl" />}
            {contextLost && <MapProblem problem="context-lost" />}
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

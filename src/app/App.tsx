/**
 * The app: load the data (with a clear alert and a retry when that fails), make a
 * store from the URL, and hand it to the page (Shell), or to the presenter view in
 * its own window.
 */

import { useEffect, useState } from 'react';
import type { Lang } from '../domain/types.ts';
import { preferredLang } from '../i18n/index.ts';
import type { Basemap } from '../map/basemap.ts';
import { PresenterView } from '../present/PresenterView.tsx';
import { presenterFromUrl } from '../present/presenterWindow.ts';
import type { AppStoreApi } from '../store/appStore.ts';
import { StoreProvider } from '../store/StoreProvider.tsx';
import { langFromUrl } from '../url/urlState.ts';
import { BootScreen } from './BootScreen.tsx';
import { goTo, startFromUrl, storeFromUrl, type UrlDefaults, type UrlStart } from './boot.ts';
import { startDataAttempt } from './dataAttempt.ts';
import { type LoadProblem, type LoadResult, loadDataset } from './loadDataset.ts';
import { pageDefaults } from './pageDefaults.ts';
import { Shell } from './Shell.tsx';

type Boot =
  | { state: 'loading' }
  | { state: 'failed'; problem: LoadProblem }
  | {
      state: 'ready';
      store: AppStoreApi;
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
    const { defaults } = boot.wanted;
    goTo(boot.store, boot.wanted);
    setBoot({ ...boot, defaults, wanted: undefined });
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
        <Shell defaults={boot.defaults} basemap={boot.basemap} />
      </StoreProvider>
    );
  }
  return (
    <BootScreen
      lang={bootLang}
      problem={boot.state === 'failed' ? boot.problem : null}
      onRetry={retry}
    />
  );
}

/**
 * The store's shape: its state, its actions and the store's type. Apart from the
 * store itself so that the selectors can name the store they read without importing
 * the module that uses them.
 */
import type { Mutate, StoreApi } from 'zustand/vanilla';
import type { Dataset, IsoDate, Lang, SiteId, Story } from '../domain/types.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { DerivedCache } from './derived.ts';

export const PLAY_SPEEDS = [1, 2, 4] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

/** Something the reader should be told once (a URL value that was ignored, say). */
export interface Notice {
  id: number;
  key: MessageKey;
  values?: Record<string, string>;
}

/** Who has drawn the map on screen: the SVG map, once React holds the page; then the engine, once it has taken over. */
export type MapDrawer = 'svg' | 'engine';

export interface AppState {
  dataset: Dataset | null;
  day: IsoDate;
  playing: boolean;
  speed: PlaySpeed;
  selectedSiteId: SiteId | null;
  lang: Lang;
  /** Which story the map tells: the letters' plan, or what the sources reported. */
  story: Story;
  notices: Notice[];
  /** Presentation mode: chrome hidden, events stepped like slides. */
  presenting: boolean;
  /** The screen blanked (B or . in presentation mode), as in slide software. */
  blanked: boolean;
  /** Presentation mode's plan-against-reality slide (G). */
  gapSlide: boolean;
  /** Embedded in another page (`?embed=1`, or the embed's own pages): the embed's layout. */
  embed: boolean;
  /** Null until a map is on screen and ready (what the embed and the service worker wait for). */
  mapDrawnBy: MapDrawer | null;
}

export interface AppActions {
  /** Moves to `day`, clamped to the timeline's range. */
  setDay: (day: IsoDate) => void;
  stepDays: (days: number) => void;
  goToNextEvent: () => void;
  goToPreviousEvent: () => void;
  goToStart: () => void;
  goToEnd: () => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  setSpeed: (speed: PlaySpeed) => void;
  selectSite: (id: SiteId | null) => void;
  setLang: (lang: Lang) => void;
  setStory: (view: Story) => void;
  notify: (key: MessageKey, values?: Record<string, string>) => void;
  dismissNotice: (id: number) => void;
  setPresenting: (presenting: boolean) => void;
  toggleBlank: () => void;
  toggleGapSlide: () => void;
  setMapDrawnBy: (drawer: MapDrawer) => void;
}

export type AppStore = AppState &
  AppActions & {
    /** This store's memo of derived values, read by the selectors; never state. */
    readonly derived: DerivedCache;
  };

/** The store, with `subscribe(selector, listener)` for non-React subscribers. */
export type AppStoreApi = Mutate<StoreApi<AppStore>, [['zustand/subscribeWithSelector', never]]>;

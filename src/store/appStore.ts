/**
 * The app's one store: the minimum state (the dataset, the day, playback, the
 * selected site, the language, what the reader should be told), with the actions
 * next to it. A factory, so each page load, test and embed gets a fresh store whose
 * initial state comes from the URL. Non-React code (the map, the player, the embed
 * bridge) subscribes through `subscribeWithSelector` without re-rendering anything.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { addDays, clampDate, compareDays } from '../domain/dates.ts';
import { nextEvent, previousEvent } from '../domain/timeline.ts';
import type { Dataset, IsoDate, Lang, SiteId, View } from '../domain/types.ts';
import type { MessageKey } from '../i18n/index.ts';
import { createDerivedCache, type DerivedCache } from './derived.ts';
import { selectEvents } from './selectors.ts';

export const PLAY_SPEEDS = [1, 2, 4] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

/** Something the reader should be told once (a URL value that was ignored, say). */
export interface Notice {
  id: number;
  key: MessageKey;
  values?: Record<string, string>;
}

export interface AppState {
  dataset: Dataset | null;
  day: IsoDate;
  playing: boolean;
  speed: PlaySpeed;
  selectedSiteId: SiteId | null;
  lang: Lang;
  /** Which story the map tells: the letters' plan, or what the sources reported. */
  view: View;
  notices: Notice[];
  /** Presentation mode: chrome hidden, events stepped like slides. */
  presenting: boolean;
  /** The screen blanked (B or . in presentation mode), as in slide software. */
  blanked: boolean;
  /** Presentation mode's plan-against-reality slide (G). */
  gapSlide: boolean;
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
  setView: (view: View) => void;
  notify: (key: MessageKey, values?: Record<string, string>) => void;
  dismissNotice: (id: number) => void;
  setPresenting: (presenting: boolean) => void;
  toggleBlank: () => void;
  toggleGapSlide: () => void;
}

export type AppStore = AppState &
  AppActions & {
    /** This store's memo of derived values, read by the selectors; never state. */
    readonly derived: DerivedCache;
  };

/** The store, with `subscribe(selector, listener)` for non-React subscribers. */
export type AppStoreApi = Mutate<StoreApi<AppStore>, [['zustand/subscribeWithSelector', never]]>;

let nextNoticeId = 1;

/** A fresh store; `initial` usually comes from the URL. */
export function createAppStore(
  initial: Partial<AppState> & Pick<AppState, 'day' | 'lang'>,
): AppStoreApi {
  return createStore<AppStore>()(
    subscribeWithSelector((set, get) => {
      const clamp = (day: IsoDate): IsoDate => {
        const range = get().dataset?.timeline.range;
        return range ? clampDate(day, range.start, range.end) : day;
      };
      const events = () => selectEvents(get());
      return {
        dataset: null,
        playing: false,
        speed: 1,
        selectedSiteId: null,
        view: 'plan',
        notices: [],
        presenting: false,
        blanked: false,
        gapSlide: false,
        ...initial,
        derived: createDerivedCache(),

        setDay: (day) => {
          const clamped = clamp(day);
          if (clamped !== get().day) set({ day: clamped });
        },
        stepDays: (days) => get().setDay(addDays(get().day, days)),
        goToNextEvent: () => {
          const next = nextEvent(events(), get().day);
          if (get().gapSlide) set({ gapSlide: false });
          if (next) set({ day: clamp(next.date) });
        },
        goToPreviousEvent: () => {
          const previous = previousEvent(events(), get().day);
          if (previous) set({ day: clamp(previous.date) });
        },
        goToStart: () => {
          const range = get().dataset?.timeline.range;
          if (range) set({ day: range.start });
        },
        goToEnd: () => {
          const range = get().dataset?.timeline.range;
          if (range) set({ day: range.end });
        },
        play: () => {
          const range = get().dataset?.timeline.range;
          // Playing from the end starts again from the beginning.
          if (range && compareDays(get().day, range.end) >= 0) set({ day: range.start });
          set({ playing: true });
        },
        pause: () => set({ playing: false }),
        togglePlay: () => (get().playing ? get().pause() : get().play()),
        setSpeed: (speed) => set({ speed }),
        selectSite: (selectedSiteId) => set({ selectedSiteId }),
        setLang: (lang) => set({ lang }),
        setView: (view) => set({ view }),
        notify: (key, values) =>
          set({
            notices: [
              ...get().notices,
              values ? { id: nextNoticeId++, key, values } : { id: nextNoticeId++, key },
            ],
          }),
        dismissNotice: (id) => set({ notices: get().notices.filter((notice) => notice.id !== id) }),
        setPresenting: (presenting) => set({ presenting, blanked: false, gapSlide: false }),
        toggleBlank: () => set({ blanked: !get().blanked }),
        toggleGapSlide: () => set({ gapSlide: !get().gapSlide }),
      };
    }),
  );
}

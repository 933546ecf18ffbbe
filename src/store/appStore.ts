/**
 * The app's one store: the minimum state (the dataset, the day, playback, the
 * selected site, the language, what the reader should be told), with the actions
 * next to it. A factory, so each page load, test and embed gets a fresh store whose
 * initial state comes from the URL. Non-React code (the map, the player, the embed
 * bridge) subscribes through `subscribeWithSelector` without re-rendering anything.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { addDays, clampDate, compareDays } from '../domain/dates.ts';
import { nextEvent, previousEvent } from '../domain/timeline.ts';
import type { IsoDate } from '../domain/types.ts';
import { createDerivedCache } from './derived.ts';
import { selectEvents } from './selectors.ts';
import type { AppState, AppStore, AppStoreApi } from './state.ts';

export {
  type AppActions,
  type AppState,
  type AppStore,
  type AppStoreApi,
  type MapDrawer,
  type Notice,
  PLAY_SPEEDS,
  type PlaySpeed,
} from './state.ts';

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
        story: 'plan',
        notices: [],
        presenting: false,
        blanked: false,
        gapSlide: false,
        embed: false,
        mapDrawnBy: null,
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
        setStory: (story) => set({ story }),
        notify: (key, values) =>
          set({
            notices: [
              ...get().notices,
              values ? { id: nextNoticeId++, key, values } : { id: nextNoticeId++, key },
            ],
          }),
        dismissNotice: (id) => set({ notices: get().notices.filter((notice) => notice.id !== id) }),
        setMapDrawnBy: (drawer) => set({ mapDrawnBy: drawer }),
        setPresenting: (presenting) => set({ presenting, blanked: false, gapSlide: false }),
        toggleBlank: () => set({ blanked: !get().blanked }),
        toggleGapSlide: () => set({ gapSlide: !get().gapSlide }),
      };
    }),
  );
}

/**
 * Keeps the address bar current with `history.replaceState` (a bookmark or a shared
 * link reopens the same state) without adding a history entry per day scrubbed.
 */
import { useEffect, useEffectEvent } from 'react';
import { shallow } from 'zustand/shallow';
import type { IsoDate, Lang, Story } from '../domain/types.ts';
import type { AppStoreApi } from '../store/appStore.ts';
import { toSearchParams } from './urlState.ts';

/** Writes at most this often while the day changes fast (playback, a held key). */
const WRITE_EVERY_MS = 250;

export function useUrlSync(
  store: AppStoreApi,
  defaults: { day: IsoDate; lang: Lang; view: Story },
): void {
  // The address is written from the latest defaults, whenever the write comes: when the
  // app moves from the page the build wrote to the address's state, they change in the
  // same step as the store, and a write with the old ones must not win.
  const write = useEffectEvent(() => {
    const s = store.getState();
    if (!s.dataset) return;
    const search = toSearchParams(
      {
        day: s.day,
        site: s.selectedSiteId,
        lang: s.lang,
        view: s.story,
        present: s.presenting,
        embed: s.embed,
      },
      defaults,
    );
    if (search !== window.location.search) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    }
  });

  useEffect(() => {
    let timer: number | null = null;
    const schedule = () => {
      if (timer !== null) return;
      timer = window.setTimeout(() => {
        timer = null;
        write();
      }, WRITE_EVERY_MS);
    };
    const unsubscribe = store.subscribe(
      (s) => [s.day, s.selectedSiteId, s.lang, s.presenting, s.story] as const,
      schedule,
      { equalityFn: shallow },
    );
    return () => {
      unsubscribe();
      if (timer !== null) {
        window.clearTimeout(timer);
        write();
      }
    };
  }, [store]);
}

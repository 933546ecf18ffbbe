/**
 * Drives playback from animation frames: reads the pure clock, writes the day to
 * the store only when it changes (a few times a second, not every frame), and
 * stops at the end (loop is off).
 */

import type { AppStoreApi } from '../store/appStore.ts';
import { selectEventDays, selectTrack } from '../store/selectors.ts';
import { advance, type PlaybackClock, type PlaybackRules, startClock } from './playback.ts';

export class Player {
  private frame: number | null = null;
  private clock: PlaybackClock | null = null;
  private lastTime = 0;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: AppStoreApi,
    private readonly reducedMotion: () => boolean,
  ) {
    this.unsubscribe = store.subscribe((state, previous) => {
      if (state.playing && !previous.playing) this.start();
      else if (!state.playing && previous.playing) this.stop();
      // The reader moved the slider while playing: carry on from there.
      else if (state.playing && this.clock && state.day !== this.clock.day)
        this.clock = startClock(state.day, this.rules());
      else if (state.playing && state.speed !== previous.speed)
        this.clock = startClock(state.day, this.rules());
    });
    if (store.getState().playing) this.start();
  }

  private rules(): PlaybackRules {
    const state = this.store.getState();
    const { dataset, speed } = state;
    return {
      speed,
      end: dataset?.timeline.range.end ?? state.day,
      // The current view's story: playback holds on the days of the events it shows,
      // sorted once per story by the store's memo, not on every frame.
      eventDays: selectEventDays(state),
      reducedMotion: this.reducedMotion(),
      compressedFrom: selectTrack(state)?.compressedFrom ?? null,
    };
  }

  private start(): void {
    this.clock = startClock(this.store.getState().day, this.rules());
    this.lastTime = performance.now();
    this.frame = requestAnimationFrame(this.tick);
  }

  private stop(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    this.clock = null;
  }

  private readonly tick = (now: number): void => {
    if (!this.clock) return;
    // A background tab or a long frame must not skip weeks at once.
    const elapsed = Math.min(250, Math.max(0, now - this.lastTime));
    this.lastTime = now;
    const { clock, done } = advance(this.clock, elapsed, this.rules());
    this.clock = clock;
    if (clock.day !== this.store.getState().day) this.store.getState().setDay(clock.day);
    if (done) {
      this.store.getState().pause();
      return;
    }
    this.frame = requestAnimationFrame(this.tick);
  };

  destroy(): void {
    this.stop();
    this.unsubscribe();
  }
}

/**
 * Playback as a pure clock: given how much time passed, which day comes next.
 * It moves day by day, holds on each event's day so the reader can see what
 * changed, and under reduced motion jumps from event to event instead. No React,
 * no timers: the Player drives it from animation frames, tests drive it by hand.
 */
import { addDays, compareDays } from '../domain/dates.ts';
import { COMPRESSION } from '../domain/track.ts';
import type { IsoDate } from '../domain/types.ts';

/** Days per second at speed 1: the 2023 withdrawal plays in about a minute. */
export const DAYS_PER_SECOND = 6;
/** How long playback holds on an event's day at speed 1. */
export const EVENT_HOLD_MS = 1500;
/** Under reduced motion, how long each event stays before the next. */
export const REDUCED_MOTION_STEP_MS = 3000;

export interface PlaybackClock {
  day: IsoDate;
  /** Time accumulated toward the next step. */
  carryMs: number;
  /** Time still to hold on the current day. */
  holdMs: number;
}

export interface PlaybackRules {
  speed: number;
  end: IsoDate;
  /** Days that have events, sorted. */
  eventDays: readonly IsoDate[];
  reducedMotion: boolean;
  /** From this day on, days go by COMPRESSION times faster, as the slider draws them narrower. */
  compressedFrom?: IsoDate | null;
}

function nextEventDay(eventDays: readonly IsoDate[], day: IsoDate): IsoDate | null {
  return eventDays.find((d) => compareDays(d, day) > 0) ?? null;
}

/** Starts a clock on `day`, holding first if an event falls on it. */
export function startClock(day: IsoDate, rules: PlaybackRules): PlaybackClock {
  const hold = rules.eventDays.includes(day) ? EVENT_HOLD_MS / rules.speed : 0;
  return { day, carryMs: 0, holdMs: hold };
}

/** Advances the clock by `elapsedMs`; `done` when the end of the range is reached. */
export function advance(
  clock: PlaybackClock,
  elapsedMs: number,
  rules: PlaybackRules,
): { clock: PlaybackClock; done: boolean } {
  let { day, carryMs, holdMs } = clock;
  let budget = elapsedMs;
  if (holdMs > 0) {
    const used = Math.min(holdMs, budget);
    holdMs -= used;
    budget -= used;
  }
  if (rules.reducedMotion) {
    carryMs += budget;
    if (carryMs < REDUCED_MOTION_STEP_MS) return { clock: { day, carryMs, holdMs }, done: false };
    const next = nextEventDay(rules.eventDays, day);
    if (!next || compareDays(next, rules.end) > 0)
      return { clock: { day: rules.end, carryMs: 0, holdMs: 0 }, done: true };
    return { clock: { day: next, carryMs: 0, holdMs: 0 }, done: false };
  }
  const fullDayMs = 1000 / (DAYS_PER_SECOND * rules.speed);
  // The next day's share of time: the thumb moves at one speed along the whole track.
  const msToNext = () =>
    rules.compressedFrom && compareDays(addDays(day, 1), rules.compressedFrom) >= 0
      ? fullDayMs / COMPRESSION
      : fullDayMs;
  carryMs += budget;
  let msPerDay = msToNext();
  while (holdMs === 0 && carryMs >= msPerDay) {
    if (compareDays(day, rules.end) >= 0)
      return { clock: { day: rules.end, carryMs: 0, holdMs: 0 }, done: true };
    carryMs -= msPerDay;
    day = addDays(day, 1);
    msPerDay = msToNext();
    if (rules.eventDays.includes(day)) {
      holdMs = EVENT_HOLD_MS / rules.speed;
      // The hold starts now: time already counted toward later days is spent on it.
      const used = Math.min(holdMs, carryMs);
      holdMs -= used;
      carryMs -= used;
      if (holdMs > 0) carryMs = 0;
    }
  }
  const done = compareDays(day, rules.end) >= 0 && holdMs === 0;
  return { clock: { day, carryMs, holdMs }, done };
}

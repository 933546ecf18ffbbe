import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../domain/types.ts';
import {
  advance,
  DAYS_PER_SECOND,
  EVENT_HOLD_MS,
  REDUCED_MOTION_STEP_MS,
  startClock,
} from './playback.ts';

const d = (s: string) => s as IsoDate;
const rules = {
  speed: 1,
  end: d('2023-08-20'),
  eventDays: [d('2023-08-03'), d('2023-08-12')],
  reducedMotion: false,
};
const msPerDay = 1000 / DAYS_PER_SECOND;

describe('playback clock', () => {
  it('moves one day per step at speed 1', () => {
    const { clock } = advance(startClock(d('2023-07-01'), rules), msPerDay * 3 + 1, rules);
    expect(clock.day).toBe('2023-07-04');
  });

  it('holds on an event’s day before going on', () => {
    let { clock } = advance(startClock(d('2023-08-02'), rules), msPerDay + 1, rules);
    expect(clock.day).toBe('2023-08-03');
    ({ clock } = advance(clock, EVENT_HOLD_MS - 50, rules));
    expect(clock.day).toBe('2023-08-03');
    ({ clock } = advance(clock, 50 + msPerDay + 1, rules));
    expect(clock.day).toBe('2023-08-04');
  });

  it('goes faster at a higher speed', () => {
    const fast = { ...rules, speed: 4 };
    const { clock } = advance(startClock(d('2023-07-01'), fast), msPerDay, fast);
    expect(clock.day).toBe('2023-07-05');
  });

  it('stops at the end of the range', () => {
    const { clock, done } = advance(startClock(d('2023-08-19'), rules), 10_000, rules);
    expect(clock.day).toBe('2023-08-20');
    expect(done).toBe(true);
  });

  it('under reduced motion, jumps from event to event', () => {
    const calm = { ...rules, reducedMotion: true };
    let { clock } = advance(startClock(d('2023-07-01'), calm), REDUCED_MOTION_STEP_MS - 1, calm);
    expect(clock.day).toBe('2023-07-01');
    ({ clock } = advance(clock, 2, calm));
    expect(clock.day).toBe('2023-08-03');
    ({ clock } = advance(clock, REDUCED_MOTION_STEP_MS, calm));
    expect(clock.day).toBe('2023-08-12');
  });
});

describe('playback through the compressed year', () => {
  const rules = {
    speed: 1,
    end: '2024-12-31' as IsoDate,
    eventDays: [],
    reducedMotion: false,
    compressedFrom: '2024-01-01' as IsoDate,
  };

  it('moves 6 days a second in 2023 and 24 in 2024, so the thumb keeps one speed', () => {
    const in2023 = advance(startClock('2023-09-01' as IsoDate, rules), 1000, rules);
    expect(in2023.clock.day).toBe('2023-09-07');
    const in2024 = advance(startClock('2024-03-01' as IsoDate, rules), 1000, rules);
    expect(in2024.clock.day).toBe('2024-03-25');
  });

  it('without a compressed year, 2024 plays like 2023', () => {
    const plain = { ...rules, compressedFrom: null };
    expect(advance(startClock('2024-03-01' as IsoDate, plain), 1000, plain).clock.day).toBe(
      '2024-03-07',
    );
  });
});

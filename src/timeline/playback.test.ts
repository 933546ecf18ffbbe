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
    const jump = advance(clock, REDUCED_MOTION_STEP_MS, calm);
    expect(jump.clock.day).toBe('2023-08-12');
    // An event before the end is a stop on the way, not the end of playback.
    expect(jump.done).toBe(false);
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

describe('playback clock, to the millisecond', () => {
  it('starts holding on an event’s day, for less time at a higher speed', () => {
    expect(startClock(d('2023-08-03'), rules)).toEqual({
      day: '2023-08-03',
      carryMs: 0,
      holdMs: EVENT_HOLD_MS,
    });
    expect(startClock(d('2023-08-03'), { ...rules, speed: 2 }).holdMs).toBe(EVENT_HOLD_MS / 2);
    expect(startClock(d('2023-08-04'), rules).holdMs).toBe(0);
  });

  it('spends the start’s hold before counting time toward the next day', () => {
    const half = advance(startClock(d('2023-08-03'), rules), EVENT_HOLD_MS / 2, rules);
    expect(half).toEqual({
      clock: { day: '2023-08-03', carryMs: 0, holdMs: EVENT_HOLD_MS / 2 },
      done: false,
    });
    const past = advance(half.clock, EVENT_HOLD_MS / 2 + msPerDay / 2, rules);
    expect(past.clock).toEqual({
      day: '2023-08-03',
      carryMs: expect.closeTo(msPerDay / 2, 6),
      holdMs: 0,
    });
  });

  it('holds on an event reached within one step, and forgets the time beyond the hold', () => {
    const { clock } = advance(startClock(d('2023-08-02'), rules), msPerDay + 100, rules);
    expect(clock).toEqual({ day: '2023-08-03', carryMs: 0, holdMs: EVENT_HOLD_MS - 100 });
  });

  it('goes past an event in one step when the step outlasts its hold', () => {
    const step = msPerDay + EVENT_HOLD_MS + msPerDay + 1;
    const { clock, done } = advance(startClock(d('2023-08-02'), rules), step, rules);
    expect(clock).toEqual({ day: '2023-08-04', carryMs: expect.closeTo(1, 6), holdMs: 0 });
    expect(done).toBe(false);
  });

  it('is done only once the last day’s hold is over', () => {
    const ending = { ...rules, end: d('2023-08-12') };
    const reached = advance(startClock(d('2023-08-11'), ending), msPerDay, ending);
    expect(reached).toEqual({
      clock: { day: '2023-08-12', carryMs: 0, holdMs: EVENT_HOLD_MS },
      done: false,
    });
    expect(advance(reached.clock, EVENT_HOLD_MS, ending).done).toBe(true);
  });

  it('holds half as long on an event reached at double speed', () => {
    const fast = { ...rules, speed: 2 };
    const { clock } = advance(startClock(d('2023-08-02'), fast), msPerDay / 2 + 100, fast);
    expect(clock.day).toBe('2023-08-03');
    expect(clock.holdMs).toBeCloseTo(EVENT_HOLD_MS / 2 - 100, 6);
  });

  it('never goes past the last day, with time left over for less than a day', () => {
    const { clock, done } = advance(startClock(d('2023-08-19'), rules), msPerDay * 2 + 1, rules);
    expect(clock.day).toBe('2023-08-20');
    expect(done).toBe(true);
  });

  it('is not done the day before the end', () => {
    const { clock, done } = advance(startClock(d('2023-08-18'), rules), msPerDay, rules);
    expect(clock.day).toBe('2023-08-19');
    expect(done).toBe(false);
  });

  it('under reduced motion, keeps the time it has not used, and ends on the last day', () => {
    const calm = { ...rules, reducedMotion: true };
    const waiting = advance(startClock(d('2023-08-13'), calm), 100, calm);
    expect(waiting).toEqual({ clock: { day: '2023-08-13', carryMs: 100, holdMs: 0 }, done: false });
    const last = advance(startClock(d('2023-08-13'), calm), REDUCED_MOTION_STEP_MS, calm);
    expect(last).toEqual({ clock: { day: '2023-08-20', carryMs: 0, holdMs: 0 }, done: true });
    const beyond = { ...calm, end: d('2023-08-10') };
    expect(advance(startClock(d('2023-08-04'), beyond), REDUCED_MOTION_STEP_MS, beyond)).toEqual({
      clock: { day: '2023-08-10', carryMs: 0, holdMs: 0 },
      done: true,
    });
  });

  it('under reduced motion, shows an event on the last day for its step before ending', () => {
    const calm = { ...rules, reducedMotion: true, end: d('2023-08-12') };
    const reached = advance(startClock(d('2023-08-04'), calm), REDUCED_MOTION_STEP_MS, calm);
    expect(reached).toEqual({ clock: { day: '2023-08-12', carryMs: 0, holdMs: 0 }, done: false });
    expect(advance(reached.clock, REDUCED_MOTION_STEP_MS, calm).done).toBe(true);
  });
});

describe('the first compressed day', () => {
  const rules = {
    speed: 1,
    end: d('2024-12-31'),
    eventDays: [],
    reducedMotion: false,
    compressedFrom: d('2024-01-01'),
  };

  it('takes a quarter of a day’s time to reach, the day before it a whole day', () => {
    const quarter = msPerDay / 4;
    expect(advance(startClock(d('2023-12-31'), rules), quarter, rules).clock.day).toBe(
      '2024-01-01',
    );
    expect(advance(startClock(d('2023-12-30'), rules), quarter, rules).clock.day).toBe(
      '2023-12-30',
    );
  });
});

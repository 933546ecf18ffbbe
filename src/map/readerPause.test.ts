import { describe, expect, it } from 'vitest';
import { type ReaderInput, ReaderPause } from './readerPause.ts';

// A pause of 600 ms: the reader counts as paused 600 ms after their last input.
type Step = [input: ReaderInput, at: number];

/** What the reader did, then how long the map still waits at each [time, wait]. */
const CASES: [story: string, steps: Step[], waits: [at: number, wait: number][]][] = [
  [
    'is already there when the reader has done nothing',
    [],
    [
      [0, 0],
      [5_000, 0],
    ],
  ],
  [
    'comes 600 ms after a key press',
    [['key', 1_000]],
    [
      [1_000, 600],
      [1_450, 150],
      [1_600, 0],
    ],
  ],
  [
    'comes 600 ms after a wheel turn',
    [['wheel', 1_000]],
    [
      [1_300, 300],
      [1_600, 0],
    ],
  ],
  [
    'comes 600 ms after a drag',
    [['move', 1_000]],
    [
      [1_599, 1],
      [1_600, 0],
    ],
  ],
  [
    'moves on with each new input: a run of key presses keeps the map waiting',
    [0, 200, 400, 600, 800, 1_000, 1_200, 1_400, 1_600, 1_800, 2_000].map(
      (at): Step => ['key', at],
    ),
    [
      [2_100, 500],
      [2_600, 0],
    ],
  ],
  [
    'comes 600 ms after a press that is released at once (a click)',
    [
      ['press', 1_000],
      ['release', 1_080],
    ],
    [
      [1_100, 500],
      [1_600, 0],
    ],
  ],
  [
    'comes as soon as a held slider is let go, however long it was held still',
    [
      ['press', 1_000],
      ['release', 3_000],
    ],
    [[3_000, 0]],
  ],
];

describe('the pause the WebGL map waits for', () => {
  it.each(CASES)('%s', (_, steps, waits) => {
    const pause = new ReaderPause(600);
    for (const [input, at] of steps) pause.note(input, at);
    for (const [at, wait] of waits) expect(pause.waitFrom(at), `at ${at} ms`).toBe(wait);
  });

  it('does not come while a finger or a button holds the slider, even a still one', () => {
    const pause = new ReaderPause(600);
    pause.note('press', 1_000);
    expect(pause.waitFrom(3_000)).toBeGreaterThan(0);
  });

  it('takes a press held ten seconds with nothing else for a release the page never saw', () => {
    const pause = new ReaderPause(600);
    pause.note('press', 0);
    expect(pause.waitFrom(9_999)).toBeGreaterThan(0);
    expect(pause.waitFrom(10_000)).toBe(0);
  });
});

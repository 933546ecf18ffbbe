import { describe, expect, it } from 'vitest';
import { ReaderPause } from './readerPause.ts';

// A pause of 600 ms: the reader counts as paused 600 ms after their last input.
const pauseAfter = () => new ReaderPause(600);

describe('the pause the WebGL map waits for', () => {
  it('is already there when the reader has done nothing', () => {
    expect(pauseAfter().waitFrom(0)).toBe(0);
    expect(pauseAfter().waitFrom(5_000)).toBe(0);
  });

  it('comes 600 ms after a key press, a wheel turn or a drag', () => {
    for (const input of ['key', 'wheel', 'move'] as const) {
      const pause = pauseAfter();
      pause.note(input, 1_000);
      expect(pause.waitFrom(1_000)).toBe(600);
      expect(pause.waitFrom(1_450)).toBe(150);
      expect(pause.waitFrom(1_600)).toBe(0);
    }
  });

  it('moves on with each new input: a steady run of key presses keeps the map waiting', () => {
    const pause = pauseAfter();
    for (let at = 0; at <= 2_000; at += 200) pause.note('key', at);
    expect(pause.waitFrom(2_100)).toBe(500);
    expect(pause.waitFrom(2_600)).toBe(0);
  });

  it('does not come while a finger or a button holds the slider, even a still one', () => {
    const pause = pauseAfter();
    pause.note('press', 1_000);
    expect(pause.waitFrom(3_000)).toBeGreaterThan(0);
    pause.note('release', 3_000);
    expect(pause.waitFrom(3_000)).toBe(0);
  });

  it('comes 600 ms after a press that is released at once (a click)', () => {
    const pause = pauseAfter();
    pause.note('press', 1_000);
    pause.note('release', 1_080);
    expect(pause.waitFrom(1_100)).toBe(500);
    expect(pause.waitFrom(1_600)).toBe(0);
  });

  it('takes a press held ten seconds with nothing else for a release the page never saw', () => {
    const pause = pauseAfter();
    pause.note('press', 0);
    expect(pause.waitFrom(9_999)).toBeGreaterThan(0);
    expect(pause.waitFrom(10_000)).toBe(0);
  });
});

/**
 * Waits for a pause in the reader's input before the WebGL map is created.
 *
 * The map's first frame is one long task on the main thread (its shaders, its first
 * placement of the names: a few hundred milliseconds on a phone, seconds on a
 * software renderer). A reader who drags the slider or presses its keys while the map
 * engine arrives would wait that long for the next day to show. Held back until the
 * reader pauses, the map costs them nothing: each day is answered at once by the SVG
 * map that stands in for it, and the WebGL map takes over when the hand is still.
 * A reader who does nothing is not kept waiting: with no input, the map starts at once.
 */

/** How long the page must have had no input before the map may start. */
export const PAUSE_MS = 600;
/** A pointer held down longer than this with no movement is a lost `pointerup`, not a drag. */
const HELD_LIMIT_MS = 10_000;

/** What the reader did, as far as the wait is concerned. */
export type ReaderInput = 'press' | 'move' | 'release' | 'key' | 'wheel';

export class ReaderPause {
  private lastInput = Number.NEGATIVE_INFINITY;
  private held = false;

  constructor(private readonly pauseMs = PAUSE_MS) {}

  note(input: ReaderInput, now: number): void {
    if (input === 'release') this.held = false;
    else {
      if (input === 'press') this.held = true;
      this.lastInput = now;
    }
  }

  /** How long to wait from `now` before the reader counts as paused (0: now). */
  waitFrom(now: number): number {
    const since = now - this.lastInput;
    if (this.held && since < HELD_LIMIT_MS) return Math.max(this.pauseMs, 1);
    return Math.max(0, this.pauseMs - since);
  }
}

const pause = new ReaderPause();

/** The page's input events, in the words of the wait. Listened to from the start. */
const INPUTS: Record<string, ReaderInput> = {
  pointerdown: 'press',
  pointerup: 'release',
  pointercancel: 'release',
  keydown: 'key',
  wheel: 'wheel',
  touchmove: 'move',
};

/** Starts following the reader's input on `win` (once, as the page starts). */
export function followReaderInput(win: Window): void {
  const options = { capture: true, passive: true };
  for (const [type, input] of Object.entries(INPUTS)) {
    win.addEventListener(type, () => pause.note(input, performance.now()), options);
  }
  // A mouse that only hovers is not a reader at work; a drag (a button down) is.
  win.addEventListener(
    'pointermove',
    (event) => {
      if (event.buttons !== 0) pause.note('move', performance.now());
    },
    options,
  );
}

/** Runs `start` once the reader pauses (at once if they are not busy); returns a cancel. */
export function whenReaderPauses(start: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const wait = pause.waitFrom(performance.now());
    if (wait === 0) start();
    else timer = setTimeout(check, wait);
  };
  check();
  return () => clearTimeout(timer);
}

/**
 * The map's decorative motion: when it may run, and the flows' crawl. Motion is
 * decoration, never information, so it gives way to everything else: reduced motion,
 * a lost context, and a reader moving the date.
 */
import { FLOW_DASH_STEPS } from './siteLayers.ts';

/**
 * How long the decorative motion (pulses, crawling flows) holds still after the reader
 * moves the date. Every frame then goes to showing the new day at once, which matters
 * most where frames are dear (phones, software WebGL); the motion resumes when the
 * slider rests. Playback is not scrubbing: it keeps its motion and cross-fades.
 */
export const STILL_AFTER_SCRUB_MS = 500;
const FLOW_STEP_MS = 70;
/**
 * How long the flows crawl after a new day is shown (during playback every day renews
 * it); then they rest, drawn still, so that a page left alone does no work.
 */
export const FLOW_CRAWL_MS = 5000;

/** Says whether decorative motion may run now; holds it still for a moment after a scrub. */
export class MotionGate {
  /** Until when (performance.now()) the motion holds still. */
  private stillUntil = 0;
  private resumeTimer: number | null = null;

  constructor(
    private readonly reducedMotion: () => boolean,
    /** Called once the motion may resume after a hold (to ask for a frame). */
    private readonly onResume: () => void,
  ) {}

  readonly allowed = (): boolean => !this.reducedMotion() && performance.now() >= this.stillUntil;

  /** Stops the motion for a moment; it resumes by itself. */
  holdStill(): void {
    this.stillUntil = performance.now() + STILL_AFTER_SCRUB_MS;
    if (this.resumeTimer !== null) window.clearTimeout(this.resumeTimer);
    this.resumeTimer = window.setTimeout(() => {
      this.resumeTimer = null;
      this.onResume();
    }, STILL_AFTER_SCRUB_MS + 20);
  }

  stop(): void {
    if (this.resumeTimer !== null) window.clearTimeout(this.resumeTimer);
  }
}

/**
 * The flows crawl toward their hubs for a while after a new day is shown: a timer
 * shifts their dash, then stops. `drawDash` returns false when the map cannot take the
 * change now (a style being rebuilt after a lost context): the step is skipped.
 */
export class FlowMotion {
  private timer: number | null = null;
  private step = 0;
  /** Until when (performance.now()) the flows crawl. */
  private crawlUntil = 0;

  constructor(
    private readonly drawDash: (dash: number[]) => boolean,
    private readonly gate: MotionGate,
  ) {}

  /** Starts (or renews) the crawl's few seconds; `update` then runs it. */
  crawl(): void {
    this.crawlUntil = performance.now() + FLOW_CRAWL_MS;
  }

  /** Runs the crawl while `wanted` (any flow active, motion allowed) and its seconds last. */
  update(wanted: boolean): void {
    if (wanted && performance.now() < this.crawlUntil && this.timer === null) {
      this.timer = window.setInterval(() => {
        if (performance.now() >= this.crawlUntil) {
          this.stop();
          return;
        }
        // While the reader scrubs, the flows hold still (see STILL_AFTER_SCRUB_MS).
        if (!this.gate.allowed()) return;
        const next = (this.step + 1) % FLOW_DASH_STEPS.length;
        if (this.drawDash(FLOW_DASH_STEPS[next] ?? [])) this.step = next;
      }, FLOW_STEP_MS);
    } else if (!wanted || performance.now() >= this.crawlUntil) {
      this.stop();
    }
  }

  stop(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
  }
}

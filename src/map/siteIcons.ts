/**
 * One animated map image per site (maplibre's StyleImageInterface): the symbol of
 * its kind and status, a pulse for a few cycles when it starts closing (then a still
 * ring), a cross-fade when its status changes during playback, a stamp-like ring on
 * its handover day. A date change only tells an icon its new status; the icon redraws
 * itself on the next frame, so no layer, source or feature is rebuilt. Once still, an
 * icon asks for no frame: the map, and the page, rest.
 */
import type { Map as MaplibreMap, StyleImageInterface } from 'maplibre-gl';
import type { SiteKind, SiteStatus, UnusualDeparture } from '../domain/types.ts';
import { drawGlyph } from '../symbols/drawGlyph.ts';

/** Device pixels per CSS pixel of the icons: crisp on projectors and phones. */
export const ICON_PIXEL_RATIO = 2;
/** The icon's box in CSS px; the glyph takes the middle half, the pulse the rest. */
const ICON_CSS_SIZE = 40;
const GLYPH_CSS_SIZE = 20;
const FADE_MS = 600;
const PULSE_PERIOD_MS = 1600;
/**
 * How many times a closing site pulses after it is shown (a new day, the map's load, the
 * end of a scrub), before its symbol rests: the striped fill and a still ring say
 * "closing" without keeping the map, the CPU and a phone's battery busy.
 */
const PULSE_CYCLES = 3;
/** Where the pulse's ring stops and rests, as a share of its way out. */
const RESTING_PHASE = 0.45;

/**
 * The pixels of every still icon (kind, status, handover ring), drawn once and shared:
 * a date change by the reader then costs no drawing and no canvas read-back, only
 * maplibre's copy into its atlas. Never mutated (maplibre copies what it reads).
 */
const stillPixels = new Map<string, Uint8ClampedArray>();

export interface SiteIconState {
  status: SiteStatus;
  handoverToday: boolean;
  /** Left without a handover, or contested, as reported: drawn apart from a site handed over. */
  departure: UnusualDeparture | null;
}

export class SiteIcon implements StyleImageInterface {
  readonly width = ICON_CSS_SIZE * ICON_PIXEL_RATIO;
  readonly height = ICON_CSS_SIZE * ICON_PIXEL_RATIO;
  data: Uint8ClampedArray;
  private readonly canvas: OffscreenCanvas;
  private readonly ctx: OffscreenCanvasRenderingContext2D;
  private map: MaplibreMap | null = null;
  private current: SiteIconState;
  private previous: SiteIconState | null = null;
  private changedAt = 0;
  /** When (performance.now()) a closing site's pulse started, and until when it runs. */
  private pulseFrom = 0;
  private pulseUntil = 0;
  /**
   * A pulse asked for and not drawn yet: its cycles are counted from its first frame, so
   * that a slow frame (a busy phone, software WebGL) cannot use them up unseen.
   */
  private pulseWanted = false;
  /** Whether the last frame moved: one more frame then draws the icon at rest. */
  private moved = false;
  private dirty = true;

  constructor(
    private readonly kind: SiteKind,
    initial: SiteIconState,
    /** Whether the icon may move now: false under reduced motion, and while the reader scrubs. */
    private readonly motion: () => boolean,
  ) {
    this.current = initial;
    this.canvas = new OffscreenCanvas(this.width, this.height);
    const ctx = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d canvas context for the site icons');
    this.ctx = ctx;
    this.data = new Uint8ClampedArray(this.width * this.height * 4);
    this.draw(performance.now());
  }

  onAdd(map: MaplibreMap): void {
    this.map = map;
  }

  onRemove(): void {
    this.map = null;
  }

  /**
   * Tells the icon the site's state on the new day; it redraws on the next frame,
   * cross-fading from the old symbol when `fade` (playback) and switching at once
   * otherwise (a reader scrubbing wants the new day in the very next frame).
   */
  setState(next: SiteIconState, fade: boolean): void {
    if (
      next.status === this.current.status &&
      next.handoverToday === this.current.handoverToday &&
      next.departure === this.current.departure
    )
      return;
    this.previous = fade && this.motion() ? this.current : null;
    this.current = next;
    this.changedAt = performance.now();
    this.pulse();
    this.dirty = true;
    this.map?.triggerRepaint();
  }

  /**
   * A closing site pulses a few cycles more from now, ending on the resting ring (a new
   * day, the first render, the reader letting go of the slider). A pulse under way goes
   * on without a jump.
   */
  pulse(): void {
    if (this.current.status !== 'closing') return;
    const now = performance.now();
    if (now >= this.pulseUntil) this.pulseWanted = true;
    else {
      const cyclesDone = Math.ceil((now - this.pulseFrom) / PULSE_PERIOD_MS);
      this.pulseUntil =
        this.pulseFrom + (cyclesDone + PULSE_CYCLES + RESTING_PHASE) * PULSE_PERIOD_MS;
    }
    this.dirty = true;
    this.map?.triggerRepaint();
  }

  /** Ends a cross-fade at once (the reader moved on): the next frame shows the new symbol. */
  settle(): void {
    if (this.previous === null) return;
    this.previous = null;
    this.dirty = true;
  }

  /** Whether a closing site's pulse is running at `now`. */
  private pulsing(now: number): boolean {
    return (
      this.current.status === 'closing' &&
      (this.pulseWanted || now < this.pulseUntil) &&
      this.motion()
    );
  }

  /** Whether the icon moves by itself at `now` (pulse or fade) and needs frames. */
  private moving(now: number): boolean {
    if (!this.motion()) return false;
    return this.pulsing(now) || this.previous !== null;
  }

  render(): boolean {
    const now = performance.now();
    if (this.pulseWanted && this.motion()) {
      this.pulseWanted = false;
      this.pulseFrom = now;
      this.pulseUntil = now + (PULSE_CYCLES + RESTING_PHASE) * PULSE_PERIOD_MS;
    }
    const moving = this.moving(now);
    if (!this.dirty && !moving && !this.moved) return false;
    this.moved = moving;
    this.draw(now);
    if (moving) this.map?.triggerRepaint();
    return true;
  }

  private draw(now: number): void {
    const fading = this.previous !== null && now - this.changedAt < FADE_MS;
    if (fading || this.pulsing(now)) {
      this.paint(now);
      return;
    }
    this.previous = null;
    const key = `${this.kind}:${this.current.status}:${this.current.handoverToday}:${this.current.departure}`;
    let pixels = stillPixels.get(key);
    if (!pixels) {
      this.paint(now);
      pixels = this.data;
      stillPixels.set(key, pixels);
    }
    this.data = pixels;
    this.dirty = false;
  }

  /** Draws the icon as it looks at `now` into `data`. */
  private paint(now: number): void {
    const { ctx } = this;
    const r = ICON_PIXEL_RATIO;
    const c = (ICON_CSS_SIZE / 2) * r;
    const glyph = GLYPH_CSS_SIZE * r;
    ctx.clearRect(0, 0, this.width, this.height);

    if (this.current.status === 'closing')
      this.drawPulse(this.pulsing(now) ? this.pulsePhase(now) : RESTING_PHASE, c, glyph);
    if (this.current.handoverToday) this.drawHandoverRing(c, glyph);

    const fade = this.previous ? Math.min(1, (now - this.changedAt) / FADE_MS) : 1;
    if (this.previous && fade < 1) {
      ctx.globalAlpha = 1 - fade;
      drawGlyph(ctx, this.kind, this.previous.status, c, c, glyph, this.previous.departure);
    }
    ctx.globalAlpha = fade;
    drawGlyph(ctx, this.kind, this.current.status, c, c, glyph, this.current.departure);
    ctx.globalAlpha = 1;
    if (fade >= 1) this.previous = null;

    this.data = ctx.getImageData(0, 0, this.width, this.height).data;
    this.dirty = false;
  }

  /** The pulse's way out at `now`, from 0 to 1: its last cycle stops on the resting ring. */
  private pulsePhase(now: number): number {
    return ((now - this.pulseFrom) % PULSE_PERIOD_MS) / PULSE_PERIOD_MS;
  }

  /** The pulse's ring at `phase` of its way out; at rest (and held still) it stays half-way. */
  private drawPulse(phase: number, c: number, glyph: number): void {
    const { ctx } = this;
    const radius = glyph / 2 + phase * (c - glyph / 2 - 2);
    ctx.beginPath();
    ctx.arc(c, c, radius, 0, Math.PI * 2);
    ctx.strokeStyle = `rgba(107, 71, 0, ${0.85 * (1 - phase)})`;
    ctx.lineWidth = 2.5 * ICON_PIXEL_RATIO;
    ctx.stroke();
  }

  private drawHandoverRing(c: number, glyph: number): void {
    const { ctx } = this;
    ctx.beginPath();
    ctx.arc(c, c, glyph / 2 + 5 * ICON_PIXEL_RATIO, 0, Math.PI * 2);
    ctx.setLineDash([4 * ICON_PIXEL_RATIO, 2.5 * ICON_PIXEL_RATIO]);
    ctx.strokeStyle = '#1f2328';
    ctx.lineWidth = 2.5 * ICON_PIXEL_RATIO;
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

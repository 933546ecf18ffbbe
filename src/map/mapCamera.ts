/**
 * The map's view, whichever draws it: the SVG map's camera until the engine has taken
 * over, then the engine's. The reader's gestures on the SVG map (the wheel, a drag with
 * a mouse or a pen, a pinch with two fingers, a double click, the keyboard's + and −)
 * move the SVG at once and ask for the engine; the +/− and reset buttons go to
 * whichever draws. One finger on a touch screen is left to scroll the page.
 */

import type { Inset } from './freeArea.ts';
import { type Frame, frameFor } from './maliFrame.ts';
import {
  clampCamera,
  type EngineCamera,
  engineCamera,
  FITTED_CAMERA,
  frameFromBox,
  isFitted,
  panBy,
  type ScreenBox,
  type SvgCamera,
  zoomAbout,
} from './svgCamera.ts';

/** What the engine does with the same buttons (MapController). */
export interface EngineView {
  zoomBy(levels: number): void;
  resetView(): void;
  jumpTo(view: EngineCamera): void;
  /** Where Mali's bounds are drawn now, relative to the map (CSS px). */
  maliBox(): ScreenBox;
  /** Calls `listener` with whether the view is the fitted one, after each move. */
  onViewChange(listener: (fitted: boolean) => void): () => void;
  /** Frames Mali in the map's free area from now on (freeArea.ts). */
  setInset(inset: Inset): void;
}

/** How far a turn of the wheel zooms: a notch (100 px) is about a third of a level. */
const WHEEL_PX_PER_LEVEL = 300;
/** A press that moves less than this is a click, not a drag. */
const DRAG_SLOP_PX = 3;

export class MapCamera {
  private svg: SvgCamera = FITTED_CAMERA;
  private element: HTMLElement | null = null;
  private engine: EngineView | null = null;
  private engineArea: HTMLElement | null = null;
  private stopEngine: (() => void) | null = null;
  private fitted = true;
  /** What the page's parts over the map cover (mapParts.ts); until measured, map.css guesses. */
  private inset: Inset | null = null;
  private pendingInset: Inset | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly moveListeners = new Set<() => void>();

  /** `ask`: the reader wants what only the engine does (called on each gesture). */
  constructor(private readonly ask: () => void) {}

  /** Whether the view is the fitted one (for useSyncExternalStore). */
  readonly isFitted = () => this.fitted;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /**
   * Calls `listener` when the view moves: at each step of a gesture on the SVG map, after
   * each of the engine's moves, and when the engine takes over or gives way. Returns the
   * unsubscribe.
   */
  readonly onMoved = (listener: () => void) => {
    this.moveListeners.add(listener);
    return () => {
      this.moveListeners.delete(listener);
    };
  };

  private moved(): void {
    for (const listener of this.moveListeners) listener();
  }

  /**
   * The SVG camera as maplibre's view, from the box as drawn now; null when Mali is
   * fitted (the engine fits it too, and frames it again when the window changes) or
   * without the SVG map.
   */
  engineView(): EngineCamera | null {
    const box = this.box();
    const area = this.element?.getBoundingClientRect();
    if (!box || !area || isFitted(this.svg)) return null;
    const drawn = { ...box, left: box.left - area.left, top: box.top - area.top };
    return engineCamera(drawn, area.width, area.height);
  }

  /** The free area's inset as last measured, null before the first measure. */
  freeInset(): Inset | null {
    return this.inset;
  }

  /** Frames Mali clear of the page's parts over the map, on the SVG map and on the engine. */
  setInset(inset: Inset): void {
    // A part that comes while the reader has zoomed (the reset button, a notice) must not
    // move the view under them: the new free area waits until Mali is shown whole again.
    if (this.inset && !this.fitted) {
      this.pendingInset = inset;
      return;
    }
    this.pendingInset = null;
    this.inset = inset;
    this.apply();
    this.engine?.setInset(inset);
  }

  /**
   * The current view for an export: the map's size and the projection that draws what
   * it shows, at `pixelRatio` (the SVG map's view, or the engine's once it has taken over).
   */
  exportView(pixelRatio = 1): { width: number; height: number; frame: Frame } | null {
    const area = this.element?.getBoundingClientRect() ?? this.engineArea?.getBoundingClientRect();
    if (!area) return null;
    let box: ScreenBox | null;
    if (this.engine) box = this.engine.maliBox();
    else {
      const drawn = this.box();
      box = drawn && { ...drawn, left: drawn.left - area.left, top: drawn.top - area.top };
    }
    if (!box || area.width === 0 || area.height === 0) return null;
    const width = Math.round(area.width * pixelRatio);
    const height = Math.round(area.height * pixelRatio);
    // Mali shown whole is framed in the whole image: on screen it stands beside the
    // caption's column, which the image does not draw there.
    if (this.fitted) return { width, height, frame: frameFor(width, height) };
    return { width, height, frame: frameFromBox(box, pixelRatio) };
  }

  zoomIn(): void {
    this.zoomLevels(1);
  }

  zoomOut(): void {
    this.zoomLevels(-1);
  }

  reset(): void {
    if (this.engine) this.engine.resetView();
    else this.setSvg(FITTED_CAMERA);
  }

  /** The engine has drawn: it takes the buttons, from the SVG map's view as it is now. */
  attachEngine(engine: EngineView, area: HTMLElement): () => void {
    this.engineArea = area;
    if (this.inset) engine.setInset(this.inset);
    const view = this.engineView();
    // The engine was made at the SVG map's view when it was asked for; the reader may
    // have moved since, back to Mali whole too, which the engine must then show as fitted.
    if (view) engine.jumpTo(view);
    else engine.resetView();
    this.engine = engine;
    this.stopEngine = engine.onViewChange((fitted) => {
      this.setFitted(fitted);
      this.moved();
    });
    this.moved();
    return () => {
      this.stopEngine?.();
      this.stopEngine = null;
      if (this.engine === engine) {
        this.engine = null;
        this.engineArea = null;
        this.moved();
      }
    };
  }

  /** Follows the reader's gestures on the SVG map `element` (`.static-map`); returns the detach. */
  attachSvg(element: HTMLElement): () => void {
    this.element = element;
    this.apply();
    this.moved();
    const abort = new AbortController();
    const options = { signal: abort.signal };
    element.addEventListener('wheel', (event) => this.onWheel(event), {
      ...options,
      passive: false,
    });
    element.addEventListener('dblclick', (event) => this.onDoubleClick(event), options);
    element.addEventListener('pointerdown', (event) => this.onPointerDown(event), options);
    element.addEventListener('touchstart', (event) => this.onTouch(event), {
      ...options,
      passive: false,
    });
    element.addEventListener('keydown', (event) => this.onKey(event), options);
    return () => {
      abort.abort();
      if (this.element === element) this.element = null;
    };
  }

  private zoomLevels(levels: number): void {
    if (this.engine) {
      this.engine.zoomBy(levels);
      return;
    }
    const box = this.box();
    if (!box) return;
    this.ask();
    // About the middle of the map's free area, where the camera's centre point is drawn.
    const x = box.left + this.svg.centreX * box.width;
    const y = box.top + this.svg.centreY * box.height;
    this.setSvg(zoomAbout(this.svg, box, 2 ** levels, x, y));
  }

  private onWheel(event: WheelEvent): void {
    const box = this.box();
    if (!box) return;
    event.preventDefault();
    const pixels = event.deltaMode === 1 ? event.deltaY * 40 : event.deltaY;
    const levels = Math.max(-1, Math.min(1, -pixels / WHEEL_PX_PER_LEVEL));
    this.ask();
    this.setSvg(zoomAbout(this.svg, box, 2 ** levels, event.clientX, event.clientY));
  }

  private onDoubleClick(event: MouseEvent): void {
    const box = this.box();
    if (!box) return;
    event.preventDefault();
    this.ask();
    this.setSvg(zoomAbout(this.svg, box, event.shiftKey ? 0.5 : 2, event.clientX, event.clientY));
  }

  /** A drag with a mouse or a pen pans; a finger is left to the page (it scrolls). */
  private onPointerDown(event: PointerEvent): void {
    const element = this.element;
    if (!element || event.pointerType === 'touch' || event.button !== 0) return;
    const startX = event.clientX;
    const startY = event.clientY;
    let lastX = startX;
    let lastY = startY;
    let dragging = false;
    const abort = new AbortController();
    const move = (next: PointerEvent) => {
      if (!dragging) {
        if (Math.hypot(next.clientX - startX, next.clientY - startY) < DRAG_SLOP_PX) return;
        dragging = true;
        element.setPointerCapture?.(event.pointerId);
        element.classList.add('is-dragging');
        this.ask();
      }
      const box = this.box();
      if (box) this.setSvg(panBy(this.svg, box, next.clientX - lastX, next.clientY - lastY));
      lastX = next.clientX;
      lastY = next.clientY;
    };
    const end = () => {
      abort.abort();
      element.classList.remove('is-dragging');
      // A drag that ends over a site is not a click on it.
      if (dragging)
        element.addEventListener('click', (click) => click.stopPropagation(), {
          capture: true,
          once: true,
        });
    };
    element.addEventListener('pointermove', move, { signal: abort.signal });
    element.addEventListener('pointerup', end, { signal: abort.signal });
    element.addEventListener('pointercancel', end, { signal: abort.signal });
  }

  /** Two fingers pinch and move the map; one finger scrolls the page as everywhere else. */
  private onTouch(start: TouchEvent): void {
    const element = this.element;
    if (!element || start.touches.length !== 2) return;
    start.preventDefault();
    this.ask();
    const spread = (touches: TouchList) => {
      const [a, b] = [touches[0], touches[1]];
      if (!a || !b) return null;
      return {
        distance: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
        x: (a.clientX + b.clientX) / 2,
        y: (a.clientY + b.clientY) / 2,
      };
    };
    let last = spread(start.touches);
    const abort = new AbortController();
    element.addEventListener(
      'touchmove',
      (move) => {
        const now = spread(move.touches);
        const box = this.box();
        if (!now || !last || !box) return;
        move.preventDefault();
        const zoomed = zoomAbout(this.svg, box, now.distance / last.distance, last.x, last.y);
        const scale = zoomed.scale / this.svg.scale;
        this.setSvg(
          panBy(
            zoomed,
            { ...box, width: box.width * scale, height: box.height * scale },
            now.x - last.x,
            now.y - last.y,
          ),
        );
        last = now;
      },
      { signal: abort.signal, passive: false },
    );
    const end = (event: TouchEvent) => {
      if (event.touches.length < 2) abort.abort();
    };
    element.addEventListener('touchend', end, { signal: abort.signal });
    element.addEventListener('touchcancel', end, { signal: abort.signal });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') this.zoomIn();
    else if (event.key === '-' || event.key === '_') this.zoomOut();
    else return;
    event.preventDefault();
  }

  /** Mali's box as drawn now, in CSS px. */
  private box(): ScreenBox | null {
    const frame = this.element?.querySelector('.static-map-frame');
    if (!frame) return null;
    const { left, top, width, height } = frame.getBoundingClientRect();
    return width > 0 && height > 0 ? { left, top, width, height } : null;
  }

  private setSvg(camera: SvgCamera): void {
    this.svg = clampCamera(camera);
    this.apply();
    this.setFitted(isFitted(this.svg));
    this.moved();
  }

  /**
   * The camera and the free area as CSS variables on the SVG map: its box grows and
   * moves (map.css); the measured inset replaces the stylesheet's guess.
   */
  private apply(): void {
    const style = this.element?.style;
    if (!style) return;
    style.setProperty('--zoom', String(this.svg.scale));
    style.setProperty('--centre-x', String(this.svg.centreX));
    style.setProperty('--centre-y', String(this.svg.centreY));
    if (!this.inset) return;
    for (const side of ['top', 'right', 'bottom', 'left'] as const)
      style.setProperty(`--inset-${side}`, `${this.inset[side]}px`);
  }

  private setFitted(fitted: boolean): void {
    if (fitted === this.fitted) return;
    this.fitted = fitted;
    if (fitted && this.pendingInset) this.setInset(this.pendingInset);
    for (const listener of this.listeners) listener();
  }
}

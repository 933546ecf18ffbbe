/**
 * What the map tells the end-to-end tests and the benchmark, on its container's data
 * attributes and the performance timeline. The app never reads them; each is written
 * when what it reports happens, never per frame.
 */
import type { Lang, SiteId } from '../domain/types.ts';

export class MapProbes {
  private sourceLoads = 0;
  private restores = 0;
  private moves = 0;

  constructor(private readonly container: HTMLElement) {}

  /** The first frame drawn with the sites' source loaded. */
  sitesPainted(): void {
    performance.mark('sites-painted');
  }

  /** A source started loading data or a tile: scrubbing must never cause one. */
  sourceLoading(): void {
    this.container.dataset.sourceLoads = String(++this.sourceLoads);
  }

  /** The sites maplibre itself holds as selected (read from its feature state). */
  selection(ids: SiteId[]): void {
    this.container.dataset.selectedFeatures = ids.join(' ');
  }

  /** The language the map's labels were last set in. */
  labels(lang: Lang): void {
    this.container.dataset.labelLang = lang;
  }

  /**
   * Mali was framed again, for a map of `width`×`height` CSS px, and `maliBox` (west,
   * north, east, south in CSS px) is where its bounds now fall.
   */
  framed(width: number, height: number, maliBox: [number, number, number, number]): void {
    this.container.dataset.maliBox = maliBox.map(Math.round).join(' ');
    this.container.dataset.framed = `${Math.round(width)}x${Math.round(height)}`;
  }

  /** A move of the view ended (a gesture, a key, a fit): the view's probes are now its own. */
  moved(): void {
    this.container.dataset.moves = String(++this.moves);
  }

  /** After a lost WebGL context: the map has drawn again with its state put back. */
  restored(): void {
    this.container.dataset.restored = String(++this.restores);
  }
}

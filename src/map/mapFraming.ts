/**
 * How the WebGL map frames Mali: the padding that keeps it clear of the controls and of
 * a panel over the map's left side (presentation mode's caption), and whether the reader
 * has moved the map (then a resize leaves their view alone).
 */
import { framePadding } from './framing.ts';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export class MapFraming {
  /** Width of a panel over the map's left side, in CSS px. */
  insetLeft = 0;
  /** Whether the reader moved the map; until then a resize frames Mali again. */
  readerMoved = false;

  /** The fitBounds padding for a map of `width`×`height` CSS px. */
  padding(width: number, height: number): Padding {
    const base = framePadding(width - this.insetLeft, height);
    return { top: base, right: base, bottom: base, left: base + this.insetLeft };
  }
}

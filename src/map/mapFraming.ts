/**
 * How the WebGL map frames Mali: the padding that keeps it clear of the controls and of
 * what covers the map (presentation mode's caption over its left side; on a phone, the
 * caption over its top and whose story it is along its bottom), and whether the reader
 * has moved the map (then a resize leaves their view alone).
 */
import { framePadding } from './framing.ts';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How much of the map is covered from its left side, its top and its bottom, in CSS px. */
export interface Inset {
  left: number;
  top: number;
  bottom: number;
}

export class MapFraming {
  inset: Inset = { left: 0, top: 0, bottom: 0 };
  /** Whether the reader moved the map; until then a resize frames Mali again. */
  readerMoved = false;

  /** The fitBounds padding for a map of `width`×`height` CSS px. */
  padding(width: number, height: number): Padding {
    const { left, top, bottom } = this.inset;
    const base = framePadding(width - left, height - top - bottom);
    return { top: base + top, right: base, bottom: base + bottom, left: base + left };
  }
}

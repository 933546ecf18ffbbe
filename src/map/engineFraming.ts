/**
 * How the WebGL map frames Mali: the padding that keeps it in the free area the page's
 * parts over the map leave (the same inset the SVG map is framed with: freeArea.ts),
 * and whether the reader has moved the map (then a resize leaves their view alone).
 */

import { type Inset, NO_INSET } from './freeArea.ts';
import { framePadding } from './maliFrame.ts';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export class EngineFraming {
  /** What the page's parts over the map cover, from each side (freeArea.ts). */
  inset: Inset = NO_INSET;
  /** Whether the reader moved the map; until then a resize frames Mali again. */
  readerMoved = false;

  /** The fitBounds padding for a map of `width`×`height` CSS px: map.css's arithmetic. */
  padding(width: number, height: number): Padding {
    const { left, top, right, bottom } = this.inset;
    const base = framePadding(width - left - right, height - top - bottom);
    return { top: base + top, right: base + right, bottom: base + bottom, left: base + left };
  }
}

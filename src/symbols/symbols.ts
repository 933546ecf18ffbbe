/**
 * How a site looks: its kind is the shape (camp ●, temporary base ▲, headquarters ■),
 * its status the colour *and* the fill pattern, so that statuses can be told apart
 * in greyscale and by colour-blind readers. One description, drawn by the canvas
 * icons of the WebGL map and by the SVG of the legend, the list and the fallback map.
 * Colours are from the Okabe–Ito palette; every symbol has a dark outline so that it
 * stands at 3:1 or more against the basemap whatever its fill.
 */
import type { SiteKind, SiteStatus, UnusualDeparture } from '../domain/types.ts';

/** The symbol's box: paths are written in a 100×100 square. */
export const GLYPH_BOX = 100;

export const SHAPE_PATHS: Record<SiteKind, string> = {
  camp: 'M50 14 A36 36 0 1 1 49.99 14 Z',
  'temporary-base': 'M50 9 L93 85 L7 85 Z',
  headquarters: 'M15 15 H85 V85 H15 Z',
};

export type Fill = 'solid' | 'stripes' | 'hollow-cross' | 'half' | 'dot';

export interface StatusStyle {
  fill: string;
  outline: string;
  pattern: Fill;
  /** The colour drawn over the fill for the pattern (stripes, cross, dot). */
  mark: string;
}

export const STATUS_STYLES: Record<SiteStatus, StatusStyle> = {
  open: { fill: '#0072b2', outline: '#003f63', pattern: 'solid', mark: '#ffffff' },
  closing: { fill: '#e69f00', outline: '#6b4700', pattern: 'stripes', mark: '#6b4700' },
  closed: { fill: '#ffffff', outline: '#595959', pattern: 'hollow-cross', mark: '#595959' },
  drawdown: { fill: '#cc79a7', outline: '#5e1f45', pattern: 'half', mark: '#ffffff' },
  liquidation: { fill: '#3a3a3a', outline: '#111111', pattern: 'dot', mark: '#ffffff' },
};

/** A closed site left in an unusual way: white, crossed and outlined in one colour. */
function crossedStyle(colour: string): StatusStyle {
  return { fill: '#ffffff', outline: colour, pattern: 'hollow-cross', mark: colour };
}

/**
 * A site the Mission left without a handover (Tessalit, Aguelhok, Kidal, as reported):
 * closed, but crossed and outlined in dark red, the outline dashed so that it reads in
 * greyscale too (8.9:1 against Mali's fill).
 */
export const ABANDONED_STYLE = crossedStyle('#8c1d18');
/** The dashes of an abandoned site's outline, in glyph-box units. */
export const ABANDONED_DASH = [14, 9] as const;

/**
 * A site whose handover is contested (Tessalit: taken over by the army, says the army;
 * left without a handover, says VOA): closed, crossed and outlined in purple, the
 * outline dotted, so that it reads apart from a handover and from an abandoned site,
 * in greyscale too (7.6:1 against Mali's fill).
 */
export const CONTESTED_STYLE = crossedStyle('#5b2a86');
/** The dots of a contested site's outline, in glyph-box units. */
export const CONTESTED_DASH = [4, 8] as const;

/** The style of a closed site's symbol by how it was left: abandoned, contested, or its status's. */
export function glyphStyle(
  status: SiteStatus,
  departure: UnusualDeparture | null = null,
): StatusStyle {
  if (status !== 'closed' || !departure) return STATUS_STYLES[status];
  return departure === 'contested' ? CONTESTED_STYLE : ABANDONED_STYLE;
}

/** Hubs that receive people and equipment are ringed in this colour. */
export const HUB_COLOUR = '#009e73';
/** The selected site's ring. */
export const SELECTED_COLOUR = '#1f2328';
/** Flows: stated ones solid, inferred ones dashed and lighter. */
export const FLOW_COLOURS = { stated: '#7a4a00', inferred: '#b07d2a' } as const;

/** The lines of each pattern, in the glyph box, drawn clipped to the shape. */
export function patternLines(pattern: Fill): [number, number, number, number][] {
  if (pattern === 'stripes') {
    const lines: [number, number, number, number][] = [];
    for (let offset = -80; offset <= 100; offset += 22) lines.push([offset, 100, offset + 100, 0]);
    return lines;
  }
  if (pattern === 'hollow-cross') {
    return [
      [30, 34, 70, 74],
      [70, 34, 30, 74],
    ];
  }
  return [];
}

/** Stroke widths, in glyph-box units. */
export const OUTLINE_WIDTH = 7;
export const PATTERN_WIDTH = 8;

/** A site's symbol for any renderer (SVG or canvas), in glyph-box units: drawn in this order. */
export interface GlyphDrawing {
  shape: string;
  fill: string;
  /** Clipped to the shape: the right half painted white (drawdown). */
  whiteHalf: { x: number; y: number; width: number; height: number } | null;
  /** Clipped to the shape: a dot in the mark's colour (liquidation), lower in the triangle to sit in its middle. */
  dot: { cx: number; cy: number; r: number } | null;
  /** Clipped to the shape: the pattern's lines, in the mark's colour. */
  lines: [number, number, number, number][];
  mark: string;
  outline: string;
  /** The outline's dashes (left without a handover) or dots (contested); empty for a solid outline. */
  dash: readonly number[];
}

/** What to draw for a site of `kind` in `status`; `departure` for a closed site left without a handover or contested. */
export function glyphDrawing(
  kind: SiteKind,
  status: SiteStatus,
  departure: UnusualDeparture | null = null,
): GlyphDrawing {
  const style = glyphStyle(status, departure);
  return {
    shape: SHAPE_PATHS[kind],
    fill: style.fill,
    whiteHalf: style.pattern === 'half' ? { x: 50, y: 0, width: 50, height: 100 } : null,
    dot:
      style.pattern === 'dot' ? { cx: 50, cy: kind === 'temporary-base' ? 60 : 50, r: 13 } : null,
    lines: patternLines(style.pattern),
    mark: style.mark,
    outline: style.outline,
    dash:
      style === ABANDONED_STYLE ? ABANDONED_DASH : style === CONTESTED_STYLE ? CONTESTED_DASH : [],
  };
}

/** The side of a site's name that touches its symbol (maplibre's text-anchor). */
export type LabelAnchor = 'left' | 'right' | 'top' | 'bottom' | 'top-left';

/**
 * Where each site's label sits (maplibre's text-anchor: 'left' puts the text to the
 * east of the point). Chosen by hand so that close neighbours (Ber and Tombouctou,
 * Gao and Ansongo, Mopti and Ogossagou) never hide each other's names, and no name
 * covers a neighbour's symbol: Ansongo's, east of its point, ran over Ménaka's, so it
 * hangs below to the east.
 */
export const SITE_LABEL_ANCHORS: Record<string, LabelAnchor> = {
  ber: 'left',
  goundam: 'right',
  tombouctou: 'bottom',
  menaka: 'bottom',
  tessalit: 'left',
  aguelhok: 'left',
  kidal: 'left',
  gao: 'right',
  ansongo: 'top-left',
  douentza: 'left',
  mopti: 'right',
  ogossagou: 'left',
  bamako: 'top',
};

/**
 * Where an SVG name beside a 20-px symbol at (`x`, `y`) starts, for 13-px text on its
 * baseline: as maplibre places it (text-radial-offset 1.1 em; a corner anchor takes the
 * offset along the diagonal). The SVG map and the SVG export share it.
 */
export function labelPlacement(anchor: LabelAnchor, x: number, y: number) {
  switch (anchor) {
    case 'right':
      return { x: x - 14, y: y + 4, textAnchor: 'end' as const };
    case 'top':
      return { x, y: y + 26, textAnchor: 'middle' as const };
    case 'bottom':
      return { x, y: y - 15, textAnchor: 'middle' as const };
    case 'top-left':
      return { x: x + 10, y: y + 21, textAnchor: 'start' as const };
    default:
      return { x: x + 14, y: y + 4, textAnchor: 'start' as const };
  }
}

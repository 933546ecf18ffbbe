/**
 * Where Mali is framed: in the part of the map that the page's own parts drawn over it
 * leave free (the caption's column, the presentation panel, the zoom buttons, the
 * credits, the scale bar…). The boxes are measured (mapParts.ts); this is the pure rule.
 *
 * A part marked "beside" (a panel, a column) has Mali framed beside it: the free area is
 * cut off at its edge, on whichever side leaves Mali largest. A small part (a button, the
 * credits) is cut off only where it would otherwise cover a site's symbol: Mali's empty
 * corners may pass under it, and Mali stays as large as the map allows.
 */
import { framePadding, MALI_BOUNDS, mercatorX, mercatorY } from './maliFrame.ts';

/** How much of the map is covered from each side, in CSS px: the free area is what is left. */
export interface Inset {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSET: Inset = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * Room kept on the map's right for names: those of the easternmost sites (Tessalit,
 * Aguelhok, Ansongo) are written right of their symbols, past Mali's bounds, and a small
 * map (an embed beside its panel) would cut them at its edge. map.css starts from it too.
 */
export const NAMES_ROOM: Inset = { ...NO_INSET, right: 32 };

/** A rectangle relative to the map's top left corner, in CSS px. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface MapPart {
  box: Box;
  /** A panel or a column: Mali is framed beside it, not partly under it. */
  beside: boolean;
}

/** Mali's bounds, width over height, in Web Mercator. */
const [[WEST, SOUTH], [EAST, NORTH]] = MALI_BOUNDS;
const MALI_WIDTH = mercatorX(EAST) - mercatorX(WEST);
const MALI_HEIGHT = mercatorY(SOUTH) - mercatorY(NORTH);

/**
 * Where Mali's bounds are drawn in a `width`×`height` map with `inset` covered: fitted
 * with framePadding in the free area and centred there, as map.css and fitBounds do.
 */
export function maliBoxIn(width: number, height: number, inset: Inset): Box {
  const freeWidth = width - inset.left - inset.right;
  const freeHeight = height - inset.top - inset.bottom;
  const padding = framePadding(freeWidth, freeHeight);
  const scale = Math.min(
    (freeWidth - 2 * padding) / MALI_WIDTH,
    (freeHeight - 2 * padding) / MALI_HEIGHT,
  );
  const drawnWidth = scale * MALI_WIDTH;
  const drawnHeight = scale * MALI_HEIGHT;
  const left = inset.left + (freeWidth - drawnWidth) / 2;
  const top = inset.top + (freeHeight - drawnHeight) / 2;
  return { left, top, right: left + drawnWidth, bottom: top + drawnHeight };
}

/** A site's place in Mali's box, as fractions of its width and height (0 at the top left). */
export type SiteFraction = readonly [number, number];

/** Where each site lies in Mali's bounds, as fractions of the box the map draws them in. */
export function siteFractions(coordinates: readonly (readonly [number, number])[]): SiteFraction[] {
  return coordinates.map(([lon, lat]) => [
    (mercatorX(lon) - mercatorX(WEST)) / MALI_WIDTH,
    (mercatorY(lat) - mercatorY(NORTH)) / MALI_HEIGHT,
  ]);
}

type Side = keyof Inset;
const SIDES: readonly Side[] = ['left', 'top', 'right', 'bottom'];

/** How far the free area must be cut from `side` to leave `box` out of it. */
function cutFor(box: Box, side: Side, width: number, height: number): number {
  switch (side) {
    case 'left':
      return box.right;
    case 'top':
      return box.bottom;
    case 'right':
      return width - box.left;
    default:
      return height - box.top;
  }
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const contains = (outer: Box, inner: Box) =>
  outer.left <= inner.left &&
  outer.top <= inner.top &&
  outer.right >= inner.right &&
  outer.bottom >= inner.bottom;

/** The parts as they cover the map: clipped to it, empty ones and those inside another gone. */
function partsOnMap(width: number, height: number, parts: readonly MapPart[]): MapPart[] {
  const clipped = parts
    .map(({ box, beside }) => ({
      beside,
      box: {
        left: Math.max(0, box.left),
        top: Math.max(0, box.top),
        right: Math.min(width, box.right),
        bottom: Math.min(height, box.bottom),
      },
    }))
    .filter(({ box }) => box.right > box.left && box.bottom > box.top);
  return clipped.filter(
    (part, index) =>
      !clipped.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          (other.beside || !part.beside) &&
          contains(other.box, part.box) &&
          // Of two equal boxes, the first stands for both.
          (!contains(part.box, other.box) || otherIndex < index),
      ),
  );
}

/**
 * The inset that frames Mali largest in a `width`×`height` map with `parts` over it,
 * such that no part covers a site's symbol (a disc of `clearance` px about each site)
 * and Mali is beside every "beside" part, never less than `least` from any side. Of
 * equal sizes, the one that cuts least.
 */
export function freeInset(
  width: number,
  height: number,
  parts: readonly MapPart[],
  sites: readonly SiteFraction[],
  clearance: number,
  least: Inset = NO_INSET,
): Inset {
  const onMap = partsOnMap(width, height, parts);
  let best: { inset: Inset; size: number; cut: number } | null = null;
  const choice: (Side | null)[] = [];
  const consider = () => {
    const inset = { ...least };
    for (const [index, side] of choice.entries()) {
      const part = onMap[index];
      if (side && part) inset[side] = Math.max(inset[side], cutFor(part.box, side, width, height));
    }
    const mali = maliBoxIn(width, height, inset);
    const size = mali.right - mali.left;
    if (!(size > 0)) return;
    const cut = inset.left + inset.top + inset.right + inset.bottom;
    if (best && (size < best.size - 0.5 || (size < best.size + 0.5 && cut >= best.cut))) return;
    // Parts left over the map must cover no site.
    const drawnWidth = mali.right - mali.left;
    const drawnHeight = mali.bottom - mali.top;
    for (const [index, side] of choice.entries()) {
      const part = onMap[index];
      if (side || !part) continue;
      for (const [fx, fy] of sites) {
        const x = mali.left + fx * drawnWidth;
        const y = mali.top + fy * drawnHeight;
        const symbol = {
          left: x - clearance,
          top: y - clearance,
          right: x + clearance,
          bottom: y + clearance,
        };
        if (overlaps(symbol, part.box)) return;
      }
    }
    best = { inset, size, cut };
  };
  const choose = (index: number) => {
    const part = onMap[index];
    if (!part) {
      consider();
      return;
    }
    for (const side of part.beside ? SIDES : [null, ...SIDES]) {
      choice[index] = side;
      choose(index + 1);
    }
  };
  choose(0);
  return (best as { inset: Inset } | null)?.inset ?? least;
}

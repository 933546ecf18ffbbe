/**
 * The map's icon, drawn once as SVG from the map's own symbol description
 * (src/symbols/symbols.ts): a camp closing, the amber disc with its stripes and dark
 * outline, as the map draws it. Every favicon and app icon is this drawing.
 */
import { en } from '../../src/i18n/en.ts';
import {
  GLYPH_BOX,
  OUTLINE_WIDTH,
  PATTERN_WIDTH,
  patternLines,
  SHAPE_PATHS,
  STATUS_STYLES,
} from '../../src/symbols/symbols.ts';

/** Mali's fill on the map, the page's paper: the tile behind the symbol on app icons. */
export const ICON_BACKGROUND = '#fcfbf8';

/** What a browser may show for the icon (and what a screen reader reads of the SVG). */
export const ICON_TITLE = en['app.title'];

export interface IconOptions {
  /** A square tile of the page's paper behind the symbol (app icons), or none (favicon). */
  tile: boolean;
  /** The symbol's width as a share of the icon's (a maskable icon keeps it in the safe zone). */
  symbolShare: number;
}

/** The icon as an SVG document, in a 100×100 view box. */
export function iconSvg({ tile, symbolShare }: IconOptions): string {
  const style = STATUS_STYLES.closing;
  const scale = symbolShare;
  const offset = (GLYPH_BOX - GLYPH_BOX * scale) / 2;
  const stripes = patternLines(style.pattern)
    .map(([x1, y1, x2, y2]) => `M${x1} ${y1}L${x2} ${y2}`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${GLYPH_BOX} ${GLYPH_BOX}">`,
    `<title>${ICON_TITLE}</title>`,
    tile ? `<rect width="${GLYPH_BOX}" height="${GLYPH_BOX}" fill="${ICON_BACKGROUND}"/>` : '',
    `<defs><clipPath id="s"><path d="${SHAPE_PATHS.camp}"/></clipPath></defs>`,
    `<g transform="translate(${offset} ${offset}) scale(${scale})">`,
    `<path d="${SHAPE_PATHS.camp}" fill="${style.fill}"/>`,
    `<path d="${stripes}" clip-path="url(#s)" stroke="${style.mark}" stroke-width="${PATTERN_WIDTH}" stroke-linecap="round"/>`,
    `<path d="${SHAPE_PATHS.camp}" fill="none" stroke="${style.outline}" stroke-width="${OUTLINE_WIDTH}" stroke-linejoin="round"/>`,
    '</g></svg>',
  ].join('');
}

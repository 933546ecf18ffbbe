/**
 * The basemap's colours: restrained, so that the sites and their statuses are what
 * the eye finds first, and legible on a washed-out projector. Mali is the lightest
 * land; its neighbours recede; water is a quiet blue.
 */
export const BASEMAP_COLOURS = {
  // The sea, under the land: the extracts' window (maliFrame.ts, BASEMAP_WINDOW) is wider
  // than any view either map can show, so beyond the coasts it is the sea.
  background: '#d3e2ed',
  neighbour: '#e8e5de',
  neighbourBorder: '#b7b1a5',
  mali: '#fcfbf8',
  maliBorder: '#4a4f55',
  regionBorder: '#b5ac9c',
  water: '#7ea6c8',
  lake: '#b4cde2',
  countryLabel: '#5f5a50',
  regionLabel: '#6e6453',
  townLabel: '#3f4348',
  townDot: '#5b6066',
  labelHalo: 'rgba(252, 251, 248, 0.9)',
} as const;

/** What the build's page writer (scripts/pages/) loads through Vite to draw pages. */

export { parseDataset } from '../domain/parseDataset.ts';
export { LANGS } from '../domain/vocabularies.ts';
export { type EventPage, eventPages, langRootPath, pageBase } from '../embed/eventPages.ts';
export { EMBED_FOLDER, embedFrame, embedPageUrl } from '../embed/snippet.ts';
export { drawBasemap, drawSites } from '../export/canvasMap.ts';
export { drawView, viewSize } from '../export/viewImage.ts';
export { formatDay, t } from '../i18n/index.ts';
export { daySummary } from '../i18n/talkingPointsText.ts';
export type { Basemap as StaticBasemap } from '../map/basemap.ts';
export { type Frame, frameFor } from '../map/maliFrame.ts';
export { basemapPaths, type Layered } from '../map/svgPaths.ts';
export { pageText } from './meta.ts';
export { renderApp, type StaticState } from './renderApp.tsx';

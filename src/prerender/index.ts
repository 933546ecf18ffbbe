/** What the build's page writer (scripts/pages/) loads through Vite to draw pages. */

export type { Basemap as StaticBasemap } from '../app/loadDataset.ts';
export { parseDataset } from '../domain/schema.ts';
export { formatDay, t } from '../i18n/index.ts';
export { renderApp } from './renderApp.tsx';

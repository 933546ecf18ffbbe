/**
 * The page as the app draws it on a given day, in a given language, as HTML: the
 * build writes it into index.html and into each event's page, so the map, the day,
 * the caption and the site list are on screen before any script (and without one).
 * The same components as the app, rendered once on a store made for that day.
 */
import { renderToString } from 'react-dom/server';
import { Shell } from '../app/Shell.tsx';
import type { Dataset, IsoDate, Lang, Story } from '../domain/types.ts';
import type { Basemap } from '../map/basemap.ts';
import { createAppStore } from '../store/appStore.ts';
import { StoreProvider } from '../store/StoreProvider.tsx';

export interface StaticState {
  dataset: Dataset;
  basemap: Basemap;
  day: IsoDate;
  lang: Lang;
  view: Story;
  /** The embed's layout (compact header, no introduction), for the embed's own pages. */
  embed?: boolean;
}

export function renderApp({
  dataset,
  basemap,
  day,
  lang,
  view,
  embed = false,
}: StaticState): string {
  const store = createAppStore({
    dataset,
    day,
    lang,
    selectedSiteId: null,
    presenting: false,
    story: view,
    embed,
  });
  return renderToString(
    <StoreProvider store={store}>
      <Shell defaults={{ day, lang, view }} basemap={basemap} />
    </StoreProvider>,
  );
}

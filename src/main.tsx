import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './app/app.css';
import { App } from './app/App.tsx';
import { loadDataset } from './app/loadDataset.ts';
import { WRITTEN_APP_ID } from './prerender/writtenApp.ts';
import { presenterFromUrl } from './present/presenterWindow.ts';
import { embedFromUrl, presentFromUrl } from './url/urlState.ts';

// The data starts now. The map engine does not: the SVG map the build wrote is the map,
// and maplibre comes only with the reader's first zoom or pan (src/map/mapCamera.ts).
const firstLoad = loadDataset();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The build wrote the map of the page's day into #root: it stays on screen until the
// data is in, then React takes that markup over (hydration), keeping its elements: no
// repaint of the page, and the largest paint stays the HTML's. Without that markup, or
// when the data failed (the page shows an alert instead), React renders afresh.
// The embed's own pages (embed/, en/2023-08-12/embed/) are written with the embed's layout
// and taken over the same way. A layout other than the written one (`?embed=1` on the
// full page, presentation, the presenter view) would move the written page's elements (a
// layout shift), so React renders those afresh in its place.
const written = document.getElementById(WRITTEN_APP_ID);
const writtenAsEmbed = root.dataset.pageEmbed === '1';
const keepsLayout =
  (writtenAsEmbed || embedFromUrl(location.search)) === writtenAsEmbed &&
  !presentFromUrl(location.search) &&
  !presenterFromUrl(location.search);
if (written?.hasChildNodes())
  void firstLoad.then((loaded) => {
    const hydrating = loaded.ok && keepsLayout;
    const app = (
      <StrictMode>
        <App loaded={loaded} hydrating={hydrating} />
      </StrictMode>
    );
    if (!hydrating) {
      createRoot(root).render(app);
      return;
    }
    hydrateRoot(written, app);
    // #root's fallback is for where scripts cannot run: here they do. Left in the page,
    // hidden, its links would still come before the skip link in the document's order.
    for (const element of [...root.children]) if (element !== written) element.remove();
  });
else
  createRoot(root).render(
    <StrictMode>
      <App firstLoad={firstLoad} />
    </StrictMode>,
  );

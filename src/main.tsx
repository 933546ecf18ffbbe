import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/app.css';
import { App } from './app/App.tsx';
import { type LoadResult, loadDataset } from './app/loadDataset.ts';
import { loadMapEngine } from './map/mapEngine.ts';
import { followReaderInput } from './map/readerPause.ts';
import { registerServiceWorker } from './offline/registerServiceWorker.ts';

// Both downloads start now, side by side: the data (which the SVG first paint needs)
// and the map engine (which only the WebGL map needs).
const firstLoad = loadDataset();
loadMapEngine().catch(() => {
  // Reported by the map view, which asks for the engine again.
});

registerServiceWorker();
followReaderInput(window);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = (props: { firstLoad?: Promise<LoadResult>; loaded?: LoadResult }) =>
  createRoot(root).render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
// The build wrote the map of the page's day into #root: it stays on screen until the
// data is in, then React's first render puts the same map in its place, at once.
if (root.hasChildNodes()) void firstLoad.then((loaded) => render({ loaded }));
else render({ firstLoad });

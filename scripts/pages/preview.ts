/**
 * A page's link preview: a 1200×630 PNG of the map on its day with the title, the
 * date and phase, the day's event, the legend and the sources, drawn by the image
 * export's own code (src/export/viewImage.ts, canvasMap.ts) on a canvas from @napi-rs/canvas, with the
 * Noto Sans files the map ships.
 */
import { createRequire } from 'node:module';
import { type Canvas, createCanvas, GlobalFonts, Path2D } from '@napi-rs/canvas';
import type * as Prerender from '../../src/prerender/index.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

const require = createRequire(import.meta.url);
let fontsReady = false;
/** Fonts, and Path2D where the drawing code looks for it (the browser's global). */
function prepareCanvas(): void {
  if (fontsReady) return;
  globalThis.Path2D ??= Path2D as unknown as typeof globalThis.Path2D;
  for (const weight of [400, 600, 700])
    GlobalFonts.registerFromPath(
      require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`),
      'Noto Sans',
    );
  fontsReady = true;
}

type Render = Pick<
  typeof Prerender,
  'drawBasemap' | 'drawSites' | 'drawView' | 'viewSize' | 'frameFor' | 'basemapPaths' | 'pageText'
>;

/** The library's context, typed as the browser's: the drawing code is written for that. */
const context2d = (canvas: Canvas) =>
  canvas.getContext('2d') as unknown as CanvasRenderingContext2D;

const layouts = new WeakMap<object, { frame: Prerender.Frame; land: Canvas }>();

/** Draws the preview; the PNG is encoded off the main thread (the canvas library's pool). */
export function drawPreview(
  render: Render,
  state: Pick<Prerender.StaticState, 'dataset' | 'basemap' | 'day' | 'lang' | 'view'>,
): Promise<Buffer> {
  prepareCanvas();
  const { dataset, basemap, day, lang, view } = state;
  const chrome = render.viewSize(PREVIEW_WIDTH, 0);
  const mapHeight = PREVIEW_HEIGHT - chrome.height;
  // The same land on every preview: drawn once.
  let layout = layouts.get(basemap);
  if (!layout) {
    const frame = render.frameFor(PREVIEW_WIDTH, mapHeight);
    const land = createCanvas(PREVIEW_WIDTH, mapHeight);
    render.drawBasemap(context2d(land), {
      paths: render.basemapPaths(basemap, frame),
      width: PREVIEW_WIDTH,
      height: mapHeight,
    });
    layout = { frame, land };
    layouts.set(basemap, layout);
  }
  const map = createCanvas(PREVIEW_WIDTH, mapHeight);
  const mapContext = context2d(map);
  mapContext.drawImage(layout.land as unknown as CanvasImageSource, 0, 0);
  render.drawSites(mapContext, {
    frame: layout.frame,
    dataset,
    day,
    story: view,
    glyphSize: 18,
    labels: lang,
  });
  const canvas = createCanvas(PREVIEW_WIDTH, PREVIEW_HEIGHT);
  const text = render.pageText(dataset, lang, day, view);
  render.drawView(context2d(canvas), {
    map: map as unknown as HTMLCanvasElement,
    dataset,
    lang,
    heading: text.heading,
  });
  return canvas.encode('png');
}

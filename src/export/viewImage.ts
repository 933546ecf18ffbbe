/**
 * The image of the current view, for slides: the title, the day's heading (dayHeading),
 * the map, the legend and the sources. The PNG export, the video's frames and the link
 * previews draw it.
 */
import { type Dataset, type Lang, SITE_STATUSES, type SiteKind } from '../domain/types.ts';
import type { DayHeading } from '../i18n/dayHeading.ts';
import { t } from '../i18n/index.ts';
import { drawGlyph } from '../symbols/drawGlyph.ts';
import { FONT, INK, SOFT, sourceLine } from './imageText.ts';

function drawLegend(
  ctx: CanvasRenderingContext2D,
  lang: Lang,
  x: number,
  y: number,
  scale: number,
): void {
  ctx.font = `${13 * scale}px ${FONT}`;
  ctx.textBaseline = 'middle';
  let cursor = x;
  const item = (kind: SiteKind, status: (typeof SITE_STATUSES)[number], label: string) => {
    drawGlyph(ctx, kind, status, cursor + 9 * scale, y, 16 * scale);
    ctx.fillStyle = INK;
    ctx.fillText(label, cursor + 22 * scale, y);
    cursor += 30 * scale + ctx.measureText(label).width;
  };
  for (const status of SITE_STATUSES) item('camp', status, t(lang, `status.${status}`));
  item('temporary-base', 'open', t(lang, 'kind.temporary-base'));
  item('headquarters', 'open', t(lang, 'kind.headquarters'));
}

export interface ViewOptions {
  map: CanvasImageSource & { width: number; height: number };
  dataset: Dataset;
  lang: Lang;
  /** The day's date, phase, story and caption, as the screen heads it (dayHeading). */
  heading: DayHeading;
}

/** The size of a view image around a map of `width` × `height` pixels. */
export function viewSize(width: number, height: number) {
  const scale = Math.max(1, Math.round(width / 1200));
  const header = 84 * scale;
  const footer = 70 * scale;
  return { width, height: height + header + footer, scale, header };
}

/** Draws the view (title, date and phase, the map, legend, sources) over the whole canvas. */
export function drawView(ctx: CanvasRenderingContext2D, options: ViewOptions): void {
  const { map, dataset, lang, heading } = options;
  const { width, height, scale, header } = viewSize(map.width, map.height);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(map, 0, header);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 ${24 * scale}px ${FONT}`;
  ctx.fillText(t(lang, 'app.title'), 20 * scale, 34 * scale);
  ctx.font = `600 ${18 * scale}px ${FONT}`;
  ctx.fillText(
    `${heading.date} — ${heading.phase} — ${heading.story}`,
    20 * scale,
    64 * scale,
    width * 0.48,
  );
  if (heading.caption) {
    ctx.font = `${15 * scale}px ${FONT}`;
    ctx.fillStyle = SOFT;
    ctx.textAlign = 'right';
    ctx.fillText(heading.caption, width - 20 * scale, 64 * scale, width * 0.5);
    ctx.textAlign = 'left';
  }
  drawLegend(ctx, lang, 20 * scale, map.height + header + 22 * scale, scale);
  ctx.font = `${12 * scale}px ${FONT}`;
  ctx.fillStyle = SOFT;
  ctx.fillText(
    sourceLine(dataset, lang),
    20 * scale,
    map.height + header + 54 * scale,
    width - 40 * scale,
  );
}

/** The current view as a slide-ready image: title, date and phase, the map, legend, sources. */
export function composeView(options: ViewOptions): HTMLCanvasElement {
  const size = viewSize(options.map.width, options.map.height);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  drawView(ctx, options);
  return canvas;
}

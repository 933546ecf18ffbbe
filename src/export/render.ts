/**
 * Images for slides and handouts, drawn on a 2D canvas: the current view with its
 * title, date, legend and source line; and the phase sheet, small multiples of the
 * map at the end of phase one and of each sequence, with the sites each one closed.
 */

import { type GapChart, gapChart } from '../comparison/gapChart.ts';
import { addDays } from '../domain/dates.ts';
import {
  type Dataset,
  type IsoDate,
  type Lang,
  SITE_STATUSES,
  type SiteKind,
  type View,
} from '../domain/types.ts';
import { dayViewAt, isPlannedDay } from '../domain/views.ts';
import { colon, formatDay, t } from '../i18n/index.ts';
import type { Basemap } from '../map/basemap.ts';
import { curvedLine } from '../map/flowCurves.ts';
import { type Frame, frameFor } from '../map/framing.ts';
import { BASEMAP_COLOURS as C } from '../map/palette.ts';
import { basemapPaths, type Layered } from '../map/svgPaths.ts';
import { gapText } from '../sites/gapText.ts';
import { drawGlyph } from '../symbols/drawGlyph.ts';
import { FLOW_COLOURS, HUB_COLOUR, SITE_LABEL_ANCHORS } from '../symbols/symbols.ts';

const INK = '#1f2328';
const SOFT = '#4b525a';
const FONT = "'Noto Sans', system-ui, sans-serif";

/** The line that says where everything comes from. */
export function sourceLine(dataset: Dataset, lang: Lang): string {
  const symbols = dataset.timeline.letters
    .map((letter) => letter.symbol ?? formatDay(lang, letter.date))
    .join(', ');
  return `${t(lang, 'export.source')}${colon(lang)} ${symbols}. ${t(lang, 'map.attribution')}`;
}

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
  day: IsoDate;
  windowName: string;
  caption: string | null;
  /** Which story the image shows, written beside the date so that a plan never passes for what happened. */
  view: View;
}

/** "The plan (letter of 18 August 2023)" or "What happened, as reported", for image headers. */
function viewLabel(dataset: Dataset, view: View, day: IsoDate, lang: Lang): string {
  if (view === 'reported') return t(lang, 'caption.reportedKicker');
  return t(
    lang,
    isPlannedDay(dataset.timeline, day) ? 'caption.planKicker' : 'caption.letterKicker',
  );
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
  const { map, dataset, lang, day } = options;
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
    `${formatDay(lang, day)} — ${options.windowName} — ${viewLabel(options.dataset, options.view, day, lang)}`,
    20 * scale,
    64 * scale,
    width * 0.48,
  );
  if (options.caption) {
    ctx.font = `${15 * scale}px ${FONT}`;
    ctx.fillStyle = SOFT;
    ctx.textAlign = 'right';
    ctx.fillText(options.caption, width - 20 * scale, 64 * scale, width * 0.5);
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

export interface MapDrawing {
  paths: Layered;
  frame: Frame;
  dataset: Dataset;
  day: IsoDate;
  /** Which story's statuses: the plan's (the default) or what happened. */
  view?: View;
  width: number;
  height: number;
  glyphSize?: number;
  /** Site names beside their symbols, as on the map. */
  labels?: Lang;
}

/**
 * The basemap and the sites by status on `day`, clipped to a `width` × `height` box
 * at the origin: the phase sheet's panels, and the link previews the build draws.
 */
export function drawMap(ctx: CanvasRenderingContext2D, drawing: MapDrawing): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, drawing.width, drawing.height);
  ctx.clip();
  drawBasemap(ctx, drawing);
  drawSites(ctx, drawing);
  ctx.restore();
}

/** The land, the water and the borders (the same on every day). */
export function drawBasemap(
  ctx: CanvasRenderingContext2D,
  { paths, width, height }: Pick<MapDrawing, 'paths' | 'width' | 'height'>,
): void {
  ctx.fillStyle = C.background;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = C.neighbour;
  ctx.fill(new Path2D(paths.neighbours));
  ctx.fillStyle = C.mali;
  ctx.fill(new Path2D(paths.mali));
  ctx.fillStyle = C.lake;
  ctx.fill(new Path2D(paths.lakes));
  ctx.strokeStyle = C.water;
  ctx.lineWidth = 1.2;
  ctx.stroke(new Path2D(paths.rivers));
  ctx.strokeStyle = C.neighbourBorder;
  ctx.lineWidth = 0.8;
  ctx.stroke(new Path2D(paths.borders));
  ctx.strokeStyle = C.maliBorder;
  ctx.lineWidth = 1.6;
  ctx.stroke(new Path2D(paths.maliBorder));
}

/** The sites' symbols by status on `day`, and their names if asked. */
export function drawSites(
  ctx: CanvasRenderingContext2D,
  drawing: Omit<MapDrawing, 'paths' | 'width' | 'height'>,
): void {
  const { frame, dataset, day } = drawing;
  const size = drawing.glyphSize ?? 16;
  const shown = dayViewAt(dataset, day, drawing.view ?? 'plan');
  const statuses = shown.statuses;
  for (const site of dataset.sites) {
    const [x, y] = frame.project(site.coordinates[0], site.coordinates[1]);
    drawGlyph(ctx, site.kind, statuses[site.id], x, y, size, shown.departures.get(site.id) ?? null);
  }
  if (!drawing.labels) return;
  const lang = drawing.labels;
  ctx.font = `600 ${Math.round(size * 0.8)}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.95)';
  ctx.fillStyle = INK;
  const gap = size * 0.7;
  for (const site of dataset.sites) {
    const [x, y] = frame.project(site.coordinates[0], site.coordinates[1]);
    // Placed as the map places them (maplibre's text-anchor: the side of the text at the point).
    const anchor = SITE_LABEL_ANCHORS[site.id] ?? 'left';
    ctx.textAlign = anchor === 'right' ? 'right' : anchor === 'left' ? 'left' : 'center';
    const at: [number, number] =
      anchor === 'right'
        ? [x - gap, y]
        : anchor === 'left'
          ? [x + gap, y]
          : anchor === 'top'
            ? [x, y + size * 1.1]
            : [x, y - size * 1.1];
    ctx.strokeText(site.name[lang], ...at);
    ctx.fillText(site.name[lang], ...at);
  }
  ctx.textAlign = 'left';
}

/** The active flows and the hubs receiving on the day, under the sites (as on the map). */
function drawFlowsAndHubs(
  ctx: CanvasRenderingContext2D,
  { frame, dataset, day, view, glyphSize = 16 }: Omit<MapDrawing, 'paths' | 'width' | 'height'>,
): void {
  const shown = dayViewAt(dataset, day, view ?? 'plan');
  const at = new Map(dataset.sites.map((site) => [site.id, site.coordinates]));
  const unit = glyphSize / 20;
  ctx.lineCap = 'round';
  for (const flow of dataset.timeline.flows) {
    const from = at.get(flow.from);
    const to = at.get(flow.to);
    if (!from || !to || !shown.activeFlows.has(flow.id)) continue;
    const path = new Path2D();
    curvedLine(from, to).forEach(([lon, lat], index) => {
      const [x, y] = frame.project(lon, lat);
      if (index === 0) path.moveTo(x, y);
      else path.lineTo(x, y);
    });
    ctx.strokeStyle = FLOW_COLOURS[flow.basis];
    ctx.lineWidth = (flow.basis === 'stated' ? 3 : 2) * unit;
    ctx.setLineDash(flow.basis === 'stated' ? [] : [4 * unit, 3 * unit]);
    ctx.stroke(path);
  }
  for (const [id, basis] of shown.hubs) {
    const coordinates = at.get(id);
    if (!coordinates) continue;
    const [x, y] = frame.project(...coordinates);
    ctx.beginPath();
    ctx.arc(x, y, 15 * unit, 0, 2 * Math.PI);
    ctx.fillStyle = 'rgba(0, 158, 115, 0.12)';
    ctx.fill();
    ctx.strokeStyle = HUB_COLOUR;
    ctx.lineWidth = 3 * unit;
    ctx.setLineDash(basis === 'inferred' ? [5 * unit, 3 * unit] : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

/**
 * The map of the current view on a canvas, as the SVG map draws it (the land, the
 * flows, the hubs, the sites and their names), with no WebGL: the image export and the
 * video. The land is drawn once; each `paint` draws a day over it.
 */
export class MapPainter {
  readonly canvas: HTMLCanvasElement;
  private readonly land: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;

  constructor(
    basemap: Basemap,
    private readonly view: { width: number; height: number; frame: Frame; pixelRatio: number },
  ) {
    const { width, height, frame } = view;
    this.land = document.createElement('canvas');
    this.land.width = width;
    this.land.height = height;
    const land = this.land.getContext('2d');
    this.canvas = document.createElement('canvas');
    this.canvas.width = width;
    this.canvas.height = height;
    const ctx = this.canvas.getContext('2d');
    if (!land || !ctx) throw new Error('no 2d canvas');
    this.ctx = ctx;
    drawBasemap(land, { paths: basemapPaths(basemap, frame), width, height });
  }

  /** The map on `day` in `story`, names in `lang`. */
  paint(dataset: Dataset, day: IsoDate, story: View, lang: Lang): HTMLCanvasElement {
    const { ctx } = this;
    const drawing = {
      frame: this.view.frame,
      dataset,
      day,
      view: story,
      glyphSize: 20 * this.view.pixelRatio,
      labels: lang,
    };
    ctx.drawImage(this.land, 0, 0);
    drawFlowsAndHubs(ctx, drawing);
    drawSites(ctx, drawing);
    return this.canvas;
  }
}

/** Small multiples of the map, one panel per phase and sequence (and liquidation). */
export function renderPhaseSheet(
  basemap: Basemap,
  dataset: Dataset,
  lang: Lang,
  view: View,
): HTMLCanvasElement {
  // One panel per closure window, showing the day after it ends: every site it closes
  // is closed by then (the last day of a window still counts as closing).
  const panels = dataset.timeline.windows.filter((window) => window.id !== 'liquidation');
  const columns = 2;
  const rows = Math.ceil(panels.length / columns);
  const panelWidth = 560;
  const panelHeight = 520;
  const top = 90;
  // Under the maps: plan against reality, a row per site.
  const chart = gapChart(dataset);
  const chartHeight = 70 + chart.rows.length * GAP_ROW_PX;
  const bottom = 50 + chartHeight;
  const canvas = document.createElement('canvas');
  canvas.width = columns * panelWidth;
  canvas.height = top + rows * panelHeight + bottom;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = INK;
  ctx.font = `700 30px ${FONT}`;
  ctx.fillText(t(lang, 'app.title'), 24, 44);
  ctx.font = `18px ${FONT}`;
  ctx.fillStyle = SOFT;
  ctx.fillText(
    view === 'reported' ? t(lang, 'export.sheetSubtitleReported') : t(lang, 'export.sheetSubtitle'),
    24,
    74,
  );

  const mapHeight = panelHeight - 110;
  const frame = frameFor(panelWidth - 16, mapHeight);
  const paths = basemapPaths(basemap, frame);
  panels.forEach((window, index) => {
    const x0 = (index % columns) * panelWidth + 8;
    const y0 = top + Math.floor(index / columns) * panelHeight;
    const day = addDays(window.end, 1);
    ctx.save();
    ctx.translate(x0, y0 + 50);
    drawMap(ctx, { paths, frame, dataset, day, view, width: panelWidth - 16, height: mapHeight });
    ctx.restore();
    ctx.strokeStyle = '#d6d2c8';
    ctx.strokeRect(x0, y0 + 50, panelWidth - 16, mapHeight);
    ctx.fillStyle = INK;
    ctx.font = `700 20px ${FONT}`;
    ctx.fillText(window.name[lang], x0, y0 + 24);
    ctx.font = `15px ${FONT}`;
    ctx.fillStyle = SOFT;
    const when = t(lang, 'export.after', {
      end: formatDay(lang, window.end),
      date: formatDay(lang, day),
    });
    ctx.fillText(when, x0, y0 + 44);
    const closes = dataset.sites
      .filter((site) => window.closes.includes(site.id))
      .map((site) => site.name[lang]);
    const changes = dataset.sites
      .filter((site) => window.changes.includes(site.id))
      .map((site) => site.name[lang]);
    ctx.fillStyle = INK;
    ctx.font = `15px ${FONT}`;
    const line1 = closes.length
      ? `${t(lang, 'export.closes')}${colon(lang)} ${closes.join(', ')}`
      : '';
    const line2 = changes.length
      ? `${t(lang, 'export.changes')}${colon(lang)} ${changes.join(', ')}`
      : '';
    ctx.fillText(line1 || line2, x0, y0 + 50 + mapHeight + 24, panelWidth - 24);
    if (line1 && line2) ctx.fillText(line2, x0, y0 + 50 + mapHeight + 46, panelWidth - 24);
  });
  drawGapChart(ctx, chart, lang, 24, top + rows * panelHeight + 10, canvas.width - 48);
  ctx.font = `13px ${FONT}`;
  ctx.fillStyle = SOFT;
  ctx.fillText(sourceLine(dataset, lang), 24, canvas.height - 20, canvas.width - 48);
  return canvas;
}

const GAP_ROW_PX = 26;

/** Plan against reality on a canvas, from the same rows as the panel's chart. */
function drawGapChart(
  ctx: CanvasRenderingContext2D,
  chart: GapChart,
  lang: Lang,
  x: number,
  y: number,
  width: number,
): void {
  ctx.fillStyle = INK;
  ctx.font = `700 20px ${FONT}`;
  ctx.fillText(t(lang, 'gap.title'), x, y + 22);
  ctx.font = `14px ${FONT}`;
  ctx.fillStyle = SOFT;
  ctx.fillText(t(lang, 'gap.intro'), x, y + 44, width);
  const nameW = 140;
  const textW = 330;
  const trackX = x + nameW;
  const trackW = width - nameW - textW;
  chart.rows.forEach((row, i) => {
    const rowY = y + 60 + i * GAP_ROW_PX;
    ctx.fillStyle = INK;
    ctx.font = `600 14px ${FONT}`;
    ctx.fillText(row.name[lang], x, rowY + 15, nameW - 8);
    for (const tick of chart.ticks) {
      ctx.fillStyle = '#d6d2c8';
      ctx.fillRect(trackX + tick.at * trackW, rowY, 1, 20);
    }
    ctx.fillStyle = row.bar.kept ? '#e4e4e4' : '#e9d9f0';
    ctx.strokeStyle = row.bar.kept ? '#595959' : '#5e1f45';
    ctx.lineWidth = 1;
    const barX = trackX + row.bar.from * trackW;
    const barW = Math.max(2, (row.bar.to - row.bar.from) * trackW);
    ctx.fillRect(barX, rowY + 4, barW, 12);
    ctx.strokeRect(barX, rowY + 4, barW, 12);
    ctx.strokeStyle = row.departure === 'no-handover' ? '#8c1d18' : '#003f63';
    ctx.lineWidth = 3;
    ctx.setLineDash(row.departure === 'no-handover' ? [4, 3] : []);
    ctx.beginPath();
    ctx.moveTo(trackX + row.mark * trackW, rowY);
    ctx.lineTo(trackX + row.mark * trackW, rowY + 20);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = SOFT;
    ctx.font = `14px ${FONT}`;
    const departure = row.departure === 'no-handover' ? ` · ${t(lang, 'gap.noHandover')}` : '';
    ctx.fillText(
      `${formatDay(lang, row.reported)}${departure} · ${gapText(lang, row.gap)}`,
      trackX + trackW + 10,
      rowY + 15,
      textW - 10,
    );
  });
}

/** Saves a blob under `name` (a download, no server involved). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
      'image/png',
    ),
  );
}

/**
 * The map on a 2D canvas, as the SVG map draws it: the land, the flows and hubs, the
 * sites by status and their names. No WebGL: the exports, the video and the previews.
 */

import type { Dataset, IsoDate, Lang, Story } from '../domain/types.ts';
import { dayViewAt } from '../domain/views.ts';
import type { Basemap } from '../map/basemap.ts';
import { curvedLine } from '../map/flowCurves.ts';
import { LOCATOR_COLOURS, locatorPaths, locatorPlacement, locatorRect } from '../map/locator.ts';
import type { Frame } from '../map/maliFrame.ts';
import { BASEMAP_COLOURS as C } from '../map/palette.ts';
import { basemapPaths, type Layered } from '../map/svgPaths.ts';
import { drawGlyph } from '../symbols/drawGlyph.ts';
import { FLOW_COLOURS, HUB_COLOUR, SITE_LABEL_ANCHORS } from '../symbols/symbols.ts';
import { FONT, INK } from './imageText.ts';

export interface MapDrawing {
  paths: Layered;
  frame: Frame;
  dataset: Dataset;
  day: IsoDate;
  /** Which story's statuses: the plan's (the default) or what happened. */
  story?: Story;
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
  const shown = dayViewAt(dataset, day, drawing.story ?? 'plan');
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
    ctx.textAlign =
      anchor === 'right' ? 'right' : anchor === 'left' || anchor === 'top-left' ? 'left' : 'center';
    const at: [number, number] =
      anchor === 'right'
        ? [x - gap, y]
        : anchor === 'left'
          ? [x + gap, y]
          : anchor === 'top-left'
            ? [x + gap * 0.7, y + size * 0.9]
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
  { frame, dataset, day, story, glyphSize = 16 }: Omit<MapDrawing, 'paths' | 'width' | 'height'>,
): void {
  const shown = dayViewAt(dataset, day, story ?? 'plan');
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
  private readonly drawLocator: (ctx: CanvasRenderingContext2D) => void;

  constructor(
    basemap: Basemap,
    readonly view: { width: number; height: number; frame: Frame; pixelRatio: number },
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
    this.drawLocator = locatorDrawer(basemap, view);
  }

  /** The map on `day` in `story`, names in `lang`. */
  paint(dataset: Dataset, day: IsoDate, story: Story, lang: Lang): HTMLCanvasElement {
    const { ctx } = this;
    const drawing = {
      frame: this.view.frame,
      dataset,
      day,
      story,
      glyphSize: 20 * this.view.pixelRatio,
      labels: lang,
    };
    ctx.drawImage(this.land, 0, 0);
    drawFlowsAndHubs(ctx, drawing);
    drawSites(ctx, drawing);
    this.drawLocator(ctx);
    return this.canvas;
  }
}

/**
 * The locator map over the view's bottom-right corner, as on screen and in the SVG
 * export: Africa, Mali, and the part the view shows framed in red (over the sites, as
 * the screen's inset is). Nothing where the basemap has no locator layer.
 */
function locatorDrawer(
  basemap: Basemap,
  { width, height, frame, pixelRatio }: MapPainter['view'],
): (ctx: CanvasRenderingContext2D) => void {
  const locator = locatorPaths(basemap);
  if (!locator.africa) return () => {};
  const africa = new Path2D(locator.africa);
  const mali = new Path2D(locator.mali);
  const framed = locatorRect(frame, width, height);
  // Placed as in the SVG export, in CSS px, then at the image's pixel ratio.
  const { left, top, scale } = locatorPlacement(width / pixelRatio, height / pixelRatio);
  return (ctx) => {
    ctx.save();
    ctx.translate(left * pixelRatio, top * pixelRatio);
    ctx.scale(pixelRatio * scale, pixelRatio * scale);
    ctx.fillStyle = LOCATOR_COLOURS.sea;
    ctx.fillRect(0, 0, locator.width, locator.height);
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 2;
    ctx.strokeRect(0, 0, locator.width, locator.height);
    ctx.fillStyle = LOCATOR_COLOURS.land;
    ctx.fill(africa);
    ctx.fillStyle = LOCATOR_COLOURS.mali;
    ctx.fill(mali);
    ctx.strokeStyle = LOCATOR_COLOURS.frame;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(framed.x, framed.y, framed.width, framed.height);
    ctx.restore();
  };
}

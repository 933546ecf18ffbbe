/**
 * A site's symbol drawn on a 2D canvas, from the description in symbols.ts: for the
 * WebGL map's animated icons and for the exported images.
 */
import type { SiteKind, SiteStatus, UnusualDeparture } from '../domain/types.ts';
import { GLYPH_BOX, glyphDrawing, OUTLINE_WIDTH, PATTERN_WIDTH } from './symbols.ts';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Draws the glyph of `kind` in `status`, `size` px wide, centred at (cx, cy); `departure` for a closed site left without a handover or contested. */
export function drawGlyph(
  ctx: Context2D,
  kind: SiteKind,
  status: SiteStatus,
  cx: number,
  cy: number,
  size: number,
  departure: UnusualDeparture | null = null,
): void {
  const drawing = glyphDrawing(kind, status, departure);
  const scale = size / GLYPH_BOX;
  ctx.save();
  ctx.translate(cx - size / 2, cy - size / 2);
  ctx.scale(scale, scale);
  const shape = new Path2D(drawing.shape);
  ctx.fillStyle = drawing.fill;
  ctx.fill(shape);
  ctx.save();
  ctx.clip(shape);
  if (drawing.whiteHalf) {
    const { x, y, width, height } = drawing.whiteHalf;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(x, y, width, height);
  }
  if (drawing.dot) {
    ctx.fillStyle = drawing.mark;
    ctx.beginPath();
    ctx.arc(drawing.dot.cx, drawing.dot.cy, drawing.dot.r, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.strokeStyle = drawing.mark;
  ctx.lineWidth = PATTERN_WIDTH;
  ctx.lineCap = 'round';
  for (const [x1, y1, x2, y2] of drawing.lines) {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  }
  ctx.restore();
  ctx.strokeStyle = drawing.outline;
  ctx.lineWidth = OUTLINE_WIDTH;
  ctx.lineJoin = 'round';
  if (drawing.dash.length > 0) ctx.setLineDash([...drawing.dash]);
  // Round caps turn the short dashes of a contested outline into dots.
  ctx.lineCap = 'round';
  ctx.stroke(shape);
  ctx.restore();
}

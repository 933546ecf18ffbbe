/**
 * A site's symbol drawn on a 2D canvas, from the description in symbols.ts: for the
 * WebGL map's animated icons and for the exported images.
 */
import type { SiteKind, SiteStatus } from '../domain/types.ts';
import {
  ABANDONED_DASH,
  GLYPH_BOX,
  glyphStyle,
  OUTLINE_WIDTH,
  PATTERN_WIDTH,
  patternLines,
  SHAPE_PATHS,
} from './symbols.ts';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Draws the glyph of `kind` in `status`, `size` px wide, centred at (cx, cy); `abandoned` for a site left without a handover. */
export function drawGlyph(
  ctx: Context2D,
  kind: SiteKind,
  status: SiteStatus,
  cx: number,
  cy: number,
  size: number,
  abandoned = false,
): void {
  const style = glyphStyle(status, abandoned);
  const scale = size / GLYPH_BOX;
  ctx.save();
  ctx.translate(cx - size / 2, cy - size / 2);
  ctx.scale(scale, scale);
  const shape = new Path2D(SHAPE_PATHS[kind]);
  ctx.fillStyle = style.fill;
  ctx.fill(shape);
  ctx.save();
  ctx.clip(shape);
  if (style.pattern === 'half') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(50, 0, 50, 100);
  }
  if (style.pattern === 'dot') {
    ctx.fillStyle = style.mark;
    ctx.beginPath();
    ctx.arc(50, kind === 'temporary-base' ? 60 : 50, 13, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.strokeStyle = style.mark;
  ctx.lineWidth = PATTERN_WIDTH;
  ctx.lineCap = 'round';
  for (const [x1, y1, x2, y2] of patternLines(style.pattern)) {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  }
  ctx.restore();
  ctx.strokeStyle = style.outline;
  ctx.lineWidth = OUTLINE_WIDTH;
  ctx.lineJoin = 'round';
  if (abandoned && status === 'closed') ctx.setLineDash([...ABANDONED_DASH]);
  ctx.stroke(shape);
  ctx.restore();
}

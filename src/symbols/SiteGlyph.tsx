/**
 * The site symbol as SVG, from the same description as the map's canvas icons
 * (symbols.ts), for the legend, the list, the cards and the fallback map.
 */
import { useId } from 'react';
import type { SiteKind, SiteStatus, UnusualDeparture } from '../domain/types.ts';
import { GLYPH_BOX, glyphDrawing, OUTLINE_WIDTH, PATTERN_WIDTH } from './symbols.ts';

interface GlyphProps {
  kind: SiteKind;
  status: SiteStatus;
  size?: number;
  /** Closed and left without a handover (dark red, dashed) or contested (purple, dotted), as reported. */
  departure?: UnusualDeparture | null;
  /** Draw inside an existing <svg> at (x, y) instead of as its own <svg>. */
  at?: { x: number; y: number };
}

export function GlyphShapes({
  kind,
  status,
  clipId,
  departure = null,
}: {
  kind: SiteKind;
  status: SiteStatus;
  clipId: string;
  departure?: UnusualDeparture | null;
}) {
  const drawing = glyphDrawing(kind, status, departure);
  return (
    <>
      <clipPath id={clipId}>
        <path d={drawing.shape} />
      </clipPath>
      <path d={drawing.shape} fill={drawing.fill} />
      <g clipPath={`url(#${clipId})`}>
        {drawing.whiteHalf && <rect {...drawing.whiteHalf} fill="#ffffff" />}
        {drawing.dot && <circle {...drawing.dot} fill={drawing.mark} />}
        {drawing.lines.map(([x1, y1, x2, y2]) => (
          <line
            key={`${x1}-${y1}`}
            x1={x1}
            y1={y1}
            x2={x2}
            y2={y2}
            stroke={drawing.mark}
            strokeWidth={PATTERN_WIDTH}
            strokeLinecap="round"
          />
        ))}
      </g>
      <path
        d={drawing.shape}
        fill="none"
        stroke={drawing.outline}
        strokeWidth={OUTLINE_WIDTH}
        strokeLinejoin="round"
        strokeLinecap="round"
        strokeDasharray={drawing.dash.length > 0 ? drawing.dash.join(' ') : undefined}
      />
    </>
  );
}

/** A site's symbol; decorative (the text beside it says the same). */
export function SiteGlyph({ kind, status, size = 18, at, departure = null }: GlyphProps) {
  const clipId = useId();
  const scale = size / GLYPH_BOX;
  if (at) {
    return (
      <g transform={`translate(${at.x - size / 2} ${at.y - size / 2}) scale(${scale})`}>
        <GlyphShapes kind={kind} status={status} clipId={clipId} departure={departure} />
      </g>
    );
  }
  return (
    <svg
      className="glyph"
      width={size}
      height={size}
      viewBox={`0 0 ${GLYPH_BOX} ${GLYPH_BOX}`}
      aria-hidden="true"
      focusable="false"
    >
      <GlyphShapes kind={kind} status={status} clipId={clipId} departure={departure} />
    </svg>
  );
}

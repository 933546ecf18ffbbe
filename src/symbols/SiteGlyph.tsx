/**
 * The site symbol as SVG, from the same description as the map's canvas icons
 * (symbols.ts), for the legend, the list, the cards and the fallback map.
 */
import { useId } from 'react';
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

interface GlyphProps {
  kind: SiteKind;
  status: SiteStatus;
  size?: number;
  /** Left without a handover (as reported): closed, in dark red with a dashed outline. */
  abandoned?: boolean;
  /** Draw inside an existing <svg> at (x, y) instead of as its own <svg>. */
  at?: { x: number; y: number };
}

export function GlyphShapes({
  kind,
  status,
  clipId,
  abandoned = false,
}: {
  kind: SiteKind;
  status: SiteStatus;
  clipId: string;
  abandoned?: boolean;
}) {
  const style = glyphStyle(status, abandoned);
  const dashed = abandoned && status === 'closed';
  const path = SHAPE_PATHS[kind];
  return (
    <>
      <clipPath id={clipId}>
        <path d={path} />
      </clipPath>
      <path d={path} fill={style.fill} />
      <g clipPath={`url(#${clipId})`}>
        {style.pattern === 'half' && <rect x={50} y={0} width={50} height={100} fill="#ffffff" />}
        {style.pattern === 'dot' && (
          <circle cx={50} cy={kind === 'temporary-base' ? 60 : 50} r={13} fill={style.mark} />
        )}
        {patternLines(style.pattern).map(([x1, y1, x2, y2]) => (
          <line
            key={`${x1}-${y1}`}
            x1={x1}
            y1={y1}
            x2={x2}
            y2={y2}
            stroke={style.mark}
            strokeWidth={PATTERN_WIDTH}
            strokeLinecap="round"
          />
        ))}
      </g>
      <path
        d={path}
        fill="none"
        stroke={style.outline}
        strokeWidth={OUTLINE_WIDTH}
        strokeLinejoin="round"
        strokeDasharray={dashed ? ABANDONED_DASH.join(' ') : undefined}
      />
    </>
  );
}

/** A site's symbol; decorative (the text beside it says the same). */
export function SiteGlyph({ kind, status, size = 18, at, abandoned = false }: GlyphProps) {
  const clipId = useId();
  const scale = size / GLYPH_BOX;
  if (at) {
    return (
      <g transform={`translate(${at.x - size / 2} ${at.y - size / 2}) scale(${scale})`}>
        <GlyphShapes kind={kind} status={status} clipId={clipId} abandoned={abandoned} />
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
      <GlyphShapes kind={kind} status={status} clipId={clipId} abandoned={abandoned} />
    </svg>
  );
}

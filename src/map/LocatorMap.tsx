/**
 * The locator map: Africa with Mali highlighted and the part the main map shows framed
 * as a rectangle, in a corner of the map. The build writes it (framing Mali's bounds,
 * before anything can measure the map); then it follows the view, the SVG map's or the
 * engine's, writing the rectangle's attributes straight into it: no re-render, no work
 * at rest. It never covers a site: `data-over-map` tells the framing to keep them clear.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useRef } from 'react';
import type { Lang } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import {
  frameRect,
  LOCATOR_COLOURS,
  LOCATOR_FRAME,
  locatorPaths,
  locatorRect,
  type Rect,
} from './locator.ts';
import { MALI_BOUNDS } from './maliFrame.ts';
import type { MapCamera } from './mapCamera.ts';

const FITTED_RECT = frameRect(MALI_BOUNDS, LOCATOR_FRAME);

const round = (value: number) => value.toFixed(1);

function setRect(element: SVGRectElement, rect: Rect): void {
  element.setAttribute('x', round(rect.x));
  element.setAttribute('y', round(rect.y));
  element.setAttribute('width', round(rect.width));
  element.setAttribute('height', round(rect.height));
}

export function LocatorMap({
  basemap,
  camera,
  lang,
}: {
  basemap: FeatureCollection<Geometry, Record<string, unknown>>;
  camera: MapCamera | null;
  lang: Lang;
}) {
  const paths = useMemo(() => locatorPaths(basemap), [basemap]);
  const rect = useRef<SVGRectElement>(null);
  useEffect(() => {
    const element = rect.current;
    const area = element?.closest('.map-area');
    if (!camera || !element || !area) return;
    const update = () => {
      const view = camera.exportView();
      if (view) setRect(element, locatorRect(view.frame, view.width, view.height));
    };
    update();
    const stop = camera.onMoved(update);
    const observer = new ResizeObserver(update);
    observer.observe(area);
    return () => {
      stop();
      observer.disconnect();
    };
  }, [camera]);
  if (!paths.africa) return null;
  return (
    <div className="locator-map" role="img" aria-label={t(lang, 'map.locator')} data-over-map="">
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${paths.width} ${paths.height.toFixed(1)}`}
        preserveAspectRatio="xMidYMid meet"
      >
        <rect width={paths.width} height={paths.height.toFixed(1)} fill={LOCATOR_COLOURS.sea} />
        <path className="locator-africa" d={paths.africa} fill={LOCATOR_COLOURS.land} />
        <path className="locator-mali" d={paths.mali} fill={LOCATOR_COLOURS.mali} />
        <rect
          ref={rect}
          className="locator-frame"
          x={round(FITTED_RECT.x)}
          y={round(FITTED_RECT.y)}
          width={round(FITTED_RECT.width)}
          height={round(FITTED_RECT.height)}
          fill="none"
          stroke={LOCATOR_COLOURS.frame}
          strokeWidth={1.5}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
    </div>
  );
}

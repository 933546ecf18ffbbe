/**
 * The map without WebGL: Mali's outline, its regions, the rivers and the sites
 * coloured by status, as SVG projected with d3-scale exactly as the WebGL map frames
 * it (src/map/framing.ts). It is the first paint while maplibre and its worker load,
 * and the map itself where WebGL is missing.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Lang, Site } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import type { StatusBySite } from '../store/selectors.ts';
import { SiteGlyph } from '../symbols/SiteGlyph.tsx';
import { SITE_LABEL_ANCHORS } from '../symbols/symbols.ts';
import { frameFor } from './framing.ts';
import { BASEMAP_COLOURS as C } from './palette.ts';
import { basemapPaths } from './svgPaths.ts';

/** SVG text position for maplibre's text-anchor of the same name, beside a 20-px glyph. */
function labelPlacement(anchor: 'left' | 'right' | 'top' | 'bottom', x: number, y: number) {
  switch (anchor) {
    case 'right':
      return { x: x - 14, y: y + 4, textAnchor: 'end' as const };
    case 'top':
      return { x, y: y + 26, textAnchor: 'middle' as const };
    case 'bottom':
      return { x, y: y - 15, textAnchor: 'middle' as const };
    default:
      return { x: x + 14, y: y + 4, textAnchor: 'start' as const };
  }
}

type Props = Record<string, unknown>;

function useSize(): [React.RefObject<HTMLDivElement | null>, { width: number; height: number }] {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  // Measured before the browser paints, so that the first paint already has the map.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}

interface StaticMapProps {
  basemap: FeatureCollection<Geometry, Props>;
  sites: Site[];
  statuses: StatusBySite;
  /** Sites left without a handover (reported view), drawn apart from those handed over. */
  abandoned?: ReadonlySet<Site['id']>;
  lang: Lang;
  onSelectSite?: (id: Site['id']) => void;
  /** While the WebGL map loads, the SVG is only a placeholder: hidden from assistive tech. */
  placeholder: boolean;
}

export function StaticMap({
  basemap,
  sites,
  statuses,
  abandoned,
  lang,
  onSelectSite,
  placeholder,
}: StaticMapProps) {
  const [ref, { width, height }] = useSize();
  const frame = useMemo(
    () => (width > 0 && height > 0 ? frameFor(width, height) : null),
    [width, height],
  );
  const paths = useMemo(() => (frame ? basemapPaths(basemap, frame) : null), [basemap, frame]);
  const labels = useMemo(
    () =>
      frame
        ? (basemap.features as Feature<Geometry, Props>[])
            .filter((f) => f.properties.layer === 'country-label' && f.geometry.type === 'Point')
            .map((f) => {
              const [lon = 0, lat = 0] = (f.geometry as { coordinates: number[] }).coordinates;
              return {
                key: String(f.properties.iso),
                at: frame.project(lon, lat),
                name: f.properties,
              };
            })
        : [],
    [basemap, frame],
  );

  return (
    <div ref={ref} className="static-map" aria-hidden={placeholder || undefined}>
      {frame && paths && (
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role={placeholder ? undefined : 'img'}
          aria-label={placeholder ? undefined : t(lang, 'map.label')}
        >
          <rect width={width} height={height} fill={C.background} />
          <path d={paths.neighbours} fill={C.neighbour} />
          <path d={paths.mali} fill={C.mali} />
          <path d={paths.lakes} fill={C.lake} />
          <path
            d={paths.rivers}
            fill="none"
            stroke={C.water}
            strokeWidth={1.4}
            strokeLinejoin="round"
          />
          <path
            d={paths.regions}
            fill="none"
            stroke={C.regionBorder}
            strokeWidth={0.9}
            strokeDasharray="3 2"
          />
          <path d={paths.borders} fill="none" stroke={C.neighbourBorder} strokeWidth={0.8} />
          <path
            d={paths.maliBorder}
            fill="none"
            stroke={C.maliBorder}
            strokeWidth={1.8}
            strokeLinejoin="round"
          />
          {labels.map((label) => (
            <text
              key={label.key}
              x={label.at[0]}
              y={label.at[1]}
              className="static-country-label"
              fill={C.countryLabel}
              textAnchor="middle"
            >
              {String(label.name[`name_${lang}`] ?? label.name.name_en).toUpperCase()}
            </text>
          ))}
          {sites.map((site) => {
            const [x, y] = frame.project(site.coordinates[0], site.coordinates[1]);
            const status = statuses[site.id];
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; the site list is the keyboard and screen-reader way in.
              <g
                key={site.id}
                className="static-site"
                data-site-id={site.id}
                data-status={status}
                onClick={onSelectSite ? () => onSelectSite(site.id) : undefined}
              >
                <SiteGlyph
                  kind={site.kind}
                  status={status}
                  size={20}
                  at={{ x, y }}
                  abandoned={abandoned?.has(site.id) ?? false}
                />
                <text
                  {...labelPlacement(SITE_LABEL_ANCHORS[site.id] ?? 'left', x, y)}
                  className="static-site-label"
                >
                  {site.name[lang]}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}

/**
 * The map without WebGL: Mali's outline, its regions, the rivers and the sites
 * coloured by status, as SVG projected with d3-scale exactly as the WebGL map frames
 * it (src/map/framing.ts). It is the first paint while maplibre and its worker load,
 * and the map itself where WebGL is missing. The build writes it into the HTML too,
 * so its markup does not depend on the map's size: the land is drawn in a fixed box
 * that CSS fits into the map as frameFor does, and the sites are placed in
 * percentages of that box, at their size in pixels.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import type { Lang, Site, UnusualDeparture } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import type { StatusBySite } from '../store/selectors.ts';
import { SiteGlyph } from '../symbols/SiteGlyph.tsx';
import { SITE_LABEL_ANCHORS } from '../symbols/symbols.ts';
import { fittedFrame } from './framing.ts';
import { BASEMAP_COLOURS as C } from './palette.ts';
import { basemapPaths, type Layered } from './svgPaths.ts';

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

interface StaticMapProps {
  basemap: FeatureCollection<Geometry, Props>;
  sites: readonly Site[];
  statuses: StatusBySite;
  /** Closed sites left without a handover or contested (reported view), drawn apart from those handed over. */
  departures?: ReadonlyMap<Site['id'], UnusualDeparture>;
  lang: Lang;
  onSelectSite?: (id: Site['id']) => void;
  /** While the WebGL map loads, the SVG is only a placeholder: hidden from assistive tech. */
  placeholder: boolean;
}

const FITTED = fittedFrame();
const pathsByBasemap = new WeakMap<object, Layered>();

/** The outlines in the fitted box, once per basemap (the build draws 33 pages from one). */
function fittedPaths(basemap: FeatureCollection<Geometry, Props>): Layered {
  let paths = pathsByBasemap.get(basemap);
  if (!paths) {
    // Whole units of a 1000-unit box: under a pixel's error at the sizes the map is
    // shown, and a third shorter than tenths in the HTML.
    paths = basemapPaths(basemap, FITTED, 0);
    pathsByBasemap.set(basemap, paths);
  }
  return paths;
}

/** The lines over the land, bottom to top, at the WebGL style's widths in pixels. */
const OUTLINES: readonly {
  layer: keyof Layered;
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
  strokeLinejoin?: 'round';
}[] = [
  { layer: 'rivers', stroke: C.water, strokeWidth: 1.4, strokeLinejoin: 'round' },
  { layer: 'regions', stroke: C.regionBorder, strokeWidth: 0.9, strokeDasharray: '3 2' },
  { layer: 'borders', stroke: C.neighbourBorder, strokeWidth: 0.8 },
  { layer: 'maliBorder', stroke: C.maliBorder, strokeWidth: 1.8, strokeLinejoin: 'round' },
];

const percent = (value: number, of: number) => `${((100 * value) / of).toFixed(3)}%`;

export function StaticMap({
  basemap,
  sites,
  statuses,
  departures,
  lang,
  onSelectSite,
  placeholder,
}: StaticMapProps) {
  const frame = FITTED;
  const paths = useMemo(() => fittedPaths(basemap), [basemap]);
  /** A point of the map as a position in the fitted box, in percent. */
  const at = (lon: number, lat: number) => {
    const [x, y] = frame.project(lon, lat);
    return { x: percent(x, frame.width), y: percent(y, frame.height) };
  };
  const labels = (basemap.features as Feature<Geometry, Props>[])
    .filter((f) => f.properties.layer === 'country-label' && f.geometry.type === 'Point')
    .map((f) => {
      const [lon = 0, lat = 0] = (f.geometry as { coordinates: number[] }).coordinates;
      return { key: String(f.properties.iso), at: at(lon, lat), name: f.properties };
    });
  const { width, height } = frame;
  // Lines keep their width in pixels whatever the map's size, as on the WebGL map.
  const line = { fill: 'none', vectorEffect: 'non-scaling-stroke' } as const;

  return (
    <div className="static-map" aria-hidden={placeholder || undefined}>
      <div className="static-map-frame">
        <svg
          className="static-map-svg"
          width="100%"
          height="100%"
          overflow="visible"
          role={placeholder ? undefined : 'img'}
          aria-label={placeholder ? undefined : t(lang, 'map.label')}
        >
          <svg
            aria-hidden="true"
            viewBox={`0 0 ${width} ${height.toFixed(2)}`}
            preserveAspectRatio="none"
            overflow="visible"
          >
            {/* The land and the background go on past Mali's box to the map's edges. */}
            <rect
              x={-5 * width}
              y={-5 * height}
              width={11 * width}
              height={11 * height}
              fill={C.background}
            />
            <path d={paths.neighbours} fill={C.neighbour} />
            <path d={paths.mali} fill={C.mali} />
            <path d={paths.lakes} fill={C.lake} />
            {OUTLINES.map(({ layer, ...stroke }) => (
              <path key={layer} d={paths[layer]} {...line} {...stroke} />
            ))}
          </svg>
          {labels.map((label) => (
            <text
              key={label.key}
              x={label.at.x}
              y={label.at.y}
              className="static-country-label"
              fill={C.countryLabel}
              textAnchor="middle"
            >
              {String(label.name[`name_${lang}`] ?? label.name.name_en).toUpperCase()}
            </text>
          ))}
          {sites.map((site) => {
            const position = at(site.coordinates[0], site.coordinates[1]);
            const status = statuses[site.id];
            return (
              <svg
                key={site.id}
                aria-hidden="true"
                x={position.x}
                y={position.y}
                overflow="visible"
              >
                {/* biome-ignore lint/a11y/noStaticElementInteractions: a mouse shortcut; the site list is the keyboard and screen-reader way in. */}
                <g
                  className="static-site"
                  data-site-id={site.id}
                  data-status={status}
                  data-departure={departures?.get(site.id)}
                  onClick={onSelectSite ? () => onSelectSite(site.id) : undefined}
                >
                  <SiteGlyph
                    kind={site.kind}
                    status={status}
                    size={20}
                    at={{ x: 0, y: 0 }}
                    departure={departures?.get(site.id) ?? null}
                  />
                  <text
                    {...labelPlacement(SITE_LABEL_ANCHORS[site.id] ?? 'left', 0, 0)}
                    className="static-site-label"
                  >
                    {site.name[lang]}
                  </text>
                </g>
              </svg>
            );
          })}
        </svg>
      </div>
    </div>
  );
}

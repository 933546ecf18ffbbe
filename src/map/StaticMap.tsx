/**
 * The map: Mali's outline, its regions, the rivers, the sites by status with their
 * names, the hubs, the flows and the selected site, as SVG projected with d3-scale
 * exactly as the WebGL engine frames it (src/map/maliFrame.ts). The build writes it into
 * the HTML, so its markup does not depend on the map's size: the land is drawn in a
 * fixed box that CSS fits into the map as frameFor does (and grows and moves when the
 * reader zooms: mapCamera.ts), and the sites are placed in percentages of that box, at
 * their size in pixels. It does no work at rest: a new day re-renders the few elements
 * that changed, and a status cross-fades in CSS.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { type Ref, useMemo, useState } from 'react';
import type {
  Flow,
  Lang,
  Site,
  SiteId,
  SiteKind,
  SiteStatus,
  UnusualDeparture,
} from '../domain/types.ts';
import type { DayView } from '../domain/views.ts';
import { t } from '../i18n/index.ts';
import { statusLabel } from '../i18n/statusLabel.ts';
import { SiteGlyph } from '../symbols/SiteGlyph.tsx';
import {
  FLOW_COLOURS,
  HUB_COLOUR,
  labelPlacement,
  SELECTED_COLOUR,
  SITE_LABEL_ANCHORS,
} from '../symbols/symbols.ts';
import { curvedLine } from './flowCurves.ts';
import { type Frame, fittedFrame } from './maliFrame.ts';
import { BASEMAP_COLOURS as C } from './palette.ts';
import { ScaleBar } from './ScaleBar.tsx';
import { basemapPaths, type Layered } from './svgPaths.ts';

/** The countries that share a border with Mali, by ISO code. */
const BORDERING_MALI = new Set(['DZA', 'NER', 'BFA', 'CIV', 'GIN', 'SEN', 'MRT']);

type Props = Record<string, unknown>;

interface StaticMapProps {
  basemap: FeatureCollection<Geometry, Props>;
  sites: readonly Site[];
  flows: readonly Flow[];
  /** The day's statuses, hubs, flows and sites left without a handover, in its story. */
  view: DayView;
  selected: SiteId | null;
  lang: Lang;
  onSelectSite?: (id: SiteId) => void;
  /** The map's element, for the camera that follows the reader's gestures on it. */
  ref?: Ref<HTMLDivElement>;
}

const FITTED = fittedFrame();

/**
 * The basemap's window (its bbox) in the fitted box: the sea under the land, wider than
 * any view of the map (maliFrame.ts, BASEMAP_WINDOW).
 */
function seaRect(basemap: FeatureCollection<Geometry, Props>) {
  const [west = -180, south = -80, east = 180, north = 80] = basemap.bbox ?? [];
  const [x0, y0] = FITTED.project(west, north);
  const [x1, y1] = FITTED.project(east, south);
  return {
    x: Math.round(x0),
    y: Math.round(y0),
    width: Math.round(x1 - x0),
    height: Math.round(y1 - y0),
  };
}

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

/** A flow's arc as path data in the fitted box, from the same curve as the WebGL map's. */
function flowPath(flow: Flow, at: ReadonlyMap<SiteId, Site>, frame: Frame): string | null {
  const from = at.get(flow.from);
  const to = at.get(flow.to);
  if (!from || !to) return null;
  return curvedLine(from.coordinates, to.coordinates)
    .map(([lon, lat], index) => {
      const [x, y] = frame.project(lon, lat);
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
    })
    .join('');
}

export function StaticMap({
  basemap,
  sites,
  flows,
  view,
  selected,
  lang,
  onSelectSite,
  ref,
}: StaticMapProps) {
  const frame = FITTED;
  const paths = useMemo(() => fittedPaths(basemap), [basemap]);
  const flowPaths = useMemo(() => {
    const byId = new Map(sites.map((site) => [site.id, site]));
    return flows.flatMap((flow) => {
      const d = flowPath(flow, byId, frame);
      return d ? [{ id: flow.id, basis: flow.basis, d }] : [];
    });
  }, [sites, flows]);
  /** A point of the map as a position in the fitted box, in percent. */
  const at = (lon: number, lat: number) => {
    const [x, y] = frame.project(lon, lat);
    return { x: percent(x, frame.width), y: percent(y, frame.height) };
  };
  // Mali's seven neighbours keep their names where Mali is drawn small; the countries
  // beyond them (Ghana, Togo, Benin, Nigeria) are small there and their names would run
  // into each other and into Côte d'Ivoire's (map.css hides them by Mali's drawn width).
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
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for a form's fields; this is the map, a group of the sites' buttons.
    <div
      ref={ref}
      className="static-map"
      role="group"
      aria-label={t(lang, 'map.label')}
      data-day={view.day}
      data-view={view.story}
    >
      <div className="static-map-frame">
        {/* biome-ignore lint/a11y/noSvgWithoutTitle: the drawing's container; the map's name is on the group above, the sites inside are named buttons. */}
        <svg className="static-map-svg" width="100%" height="100%" overflow="visible">
          <svg
            aria-hidden="true"
            viewBox={`0 0 ${width} ${height.toFixed(2)}`}
            preserveAspectRatio="none"
            overflow="visible"
          >
            {/* The sea, over the basemap's whole window: wider than any view of the map. */}
            <rect className="static-sea" {...seaRect(basemap)} fill={C.background} />
            <path d={paths.neighbours} fill={C.neighbour} />
            <path d={paths.mali} fill={C.mali} />
            <path d={paths.lakes} fill={C.lake} />
            {OUTLINES.map(({ layer, ...stroke }) => (
              <path key={layer} d={paths[layer]} {...line} {...stroke} />
            ))}
            {flowPaths
              .filter((flow) => view.activeFlows.has(flow.id))
              .map((flow) => (
                <path
                  key={flow.id}
                  className="static-flow"
                  data-flow-id={flow.id}
                  data-basis={flow.basis}
                  d={flow.d}
                  {...line}
                  stroke={FLOW_COLOURS[flow.basis]}
                  strokeWidth={flow.basis === 'stated' ? 3 : 2}
                  strokeDasharray={flow.basis === 'stated' ? undefined : '4 3'}
                  strokeLinecap="round"
                  opacity={0.9}
                />
              ))}
          </svg>
          {labels.map((label) => (
            <text
              key={label.key}
              x={label.at.x}
              y={label.at.y}
              className="static-country-label"
              data-beyond={BORDERING_MALI.has(label.key) ? undefined : ''}
              fill={C.countryLabel}
              textAnchor="middle"
            >
              {String(label.name[`name_${lang}`] ?? label.name.name_en).toUpperCase()}
            </text>
          ))}
          {sites.map((site) => {
            const position = at(site.coordinates[0], site.coordinates[1]);
            const status = view.statuses[site.id];
            const hub = view.hubs.get(site.id);
            const isSelected = site.id === selected;
            const select = onSelectSite ? () => onSelectSite(site.id) : undefined;
            return (
              // biome-ignore lint/a11y/noSvgWithoutTitle: places the site's button; its name is on the button.
              <svg key={site.id} x={position.x} y={position.y} overflow="visible">
                {/* biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it takes the button's role, focus and keys. */}
                <g
                  className="static-site"
                  data-site-id={site.id}
                  data-status={status}
                  data-departure={view.departures.get(site.id)}
                  data-hub={hub}
                  data-selected={isSelected || undefined}
                  role="button"
                  tabIndex={select ? 0 : undefined}
                  aria-pressed={isSelected}
                  aria-label={`${site.name[lang]}: ${statusLabel(lang, status, view.planned)}`}
                  onClick={select}
                  onKeyDown={
                    select
                      ? (event) => {
                          if (event.key !== 'Enter' && event.key !== ' ') return;
                          event.preventDefault();
                          select();
                        }
                      : undefined
                  }
                >
                  {/* A target of 24 px at least (WCAG 2.5.8), wider than the 20-px symbol. */}
                  <circle className="static-site-target" r={12} fill="transparent" />
                  {hub && (
                    <circle
                      className="static-hub-ring"
                      r={15}
                      fill="rgba(0, 158, 115, 0.12)"
                      stroke={HUB_COLOUR}
                      strokeWidth={3}
                      strokeDasharray={hub === 'inferred' ? '5 3' : undefined}
                    />
                  )}
                  {isSelected && (
                    <circle
                      className="static-selected-ring"
                      r={19}
                      fill="none"
                      stroke={SELECTED_COLOUR}
                      strokeWidth={3}
                    />
                  )}
                  <FadingGlyph
                    kind={site.kind}
                    status={status}
                    departure={view.departures.get(site.id) ?? null}
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
      <ScaleBar lang={lang} />
      <p className="static-credits" data-over-map="">
        {t(lang, 'map.attribution')}
      </p>
    </div>
  );
}

interface GlyphLook {
  status: SiteStatus;
  departure: UnusualDeparture | null;
}

/**
 * A site's symbol that cross-fades into its new look when the day changes: the old one
 * fades out over the new one in CSS (map.css), then is gone; at rest, one symbol.
 */
function FadingGlyph({ kind, status, departure }: { kind: SiteKind } & GlyphLook) {
  const [shown, setShown] = useState<GlyphLook>({ status, departure });
  const [leaving, setLeaving] = useState<GlyphLook | null>(null);
  if (shown.status !== status || shown.departure !== departure) {
    setLeaving(shown);
    setShown({ status, departure });
  }
  return (
    <>
      <SiteGlyph
        key={`${status}-${departure}`}
        kind={kind}
        status={status}
        departure={departure}
        size={20}
        at={{ x: 0, y: 0 }}
      />
      {leaving && (
        <g
          key={`${leaving.status}-${leaving.departure}-leaving`}
          className="static-glyph-leaving"
          onAnimationEnd={() => setLeaving(null)}
        >
          <SiteGlyph
            kind={kind}
            status={leaving.status}
            departure={leaving.departure}
            size={20}
            at={{ x: 0, y: 0 }}
          />
        </g>
      )}
    </>
  );
}

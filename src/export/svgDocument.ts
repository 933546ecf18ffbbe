/**
 * The current view as an SVG file, for a designer's vector editor: the same drawing as
 * the SVG map (the land, the flows, the hubs, the sites and their names) as paths and
 * text, under a title with the day, the phase and whose story it is, over the legend
 * and the sources. Written as a string: no DOM, no fonts embedded (Noto Sans is named,
 * a sans-serif stands in).
 */
import {
  type Dataset,
  type IsoDate,
  type Lang,
  SITE_STATUSES,
  type Story,
  type UnusualDeparture,
} from '../domain/types.ts';
import { dayViewAt } from '../domain/views.ts';
import type { DayHeading } from '../i18n/dayHeading.ts';
import { formatDay, t } from '../i18n/index.ts';
import type { Basemap } from '../map/basemap.ts';
import { curvedLine } from '../map/flowCurves.ts';
import {
  LOCATOR_COLOURS as L,
  locatorPaths,
  locatorPlacement,
  locatorRect,
} from '../map/locator.ts';
import type { Frame } from '../map/maliFrame.ts';
import { BASEMAP_COLOURS as C } from '../map/palette.ts';
import { basemapPaths } from '../map/svgPaths.ts';
import {
  FLOW_COLOURS,
  GLYPH_BOX,
  glyphDrawing,
  HUB_COLOUR,
  labelPlacement,
  OUTLINE_WIDTH,
  PATTERN_WIDTH,
  SITE_LABEL_ANCHORS,
} from '../symbols/symbols.ts';
import { sourceLine } from './imageText.ts';

const FONT = "'Noto Sans', system-ui, sans-serif";
const HEADER = 84;
const FOOTER = 76;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const n = (value: number) => value.toFixed(1);

/** A site's symbol, `size` px wide, centred on (x, y); `id` names its clip path. */
function glyph(
  id: string,
  kind: Parameters<typeof glyphDrawing>[0],
  status: Parameters<typeof glyphDrawing>[1],
  departure: UnusualDeparture | null,
  x: number,
  y: number,
  size: number,
): string {
  const d = glyphDrawing(kind, status, departure);
  const scale = size / GLYPH_BOX;
  const marks = [
    d.whiteHalf &&
      `<rect x="${d.whiteHalf.x}" y="${d.whiteHalf.y}" width="${d.whiteHalf.width}" height="${d.whiteHalf.height}" fill="#ffffff"/>`,
    d.dot && `<circle cx="${d.dot.cx}" cy="${d.dot.cy}" r="${d.dot.r}" fill="${d.mark}"/>`,
    ...d.lines.map(
      ([x1, y1, x2, y2]) =>
        `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${d.mark}" stroke-width="${PATTERN_WIDTH}" stroke-linecap="round"/>`,
    ),
  ]
    .filter(Boolean)
    .join('');
  const dash = d.dash.length > 0 ? ` stroke-dasharray="${d.dash.join(' ')}"` : '';
  return `<g transform="translate(${n(x - size / 2)} ${n(y - size / 2)}) scale(${scale})"><clipPath id="${id}"><path d="${d.shape}"/></clipPath><path d="${d.shape}" fill="${d.fill}"/><g clip-path="url(#${id})">${marks}</g><path d="${d.shape}" fill="none" stroke="${d.outline}" stroke-width="${OUTLINE_WIDTH}" stroke-linejoin="round"${dash}/></g>`;
}

export interface SvgViewOptions {
  basemap: Basemap;
  dataset: Dataset;
  lang: Lang;
  day: IsoDate;
  story: Story;
  /** The day's date, phase, story and caption, as the screen heads it (dayHeading). */
  heading: DayHeading;
  /** The map's size and projection, as the reader sees it (CSS px). */
  width: number;
  height: number;
  frame: Frame;
}

/** The view as a standalone SVG document. */
export function viewSvg(options: SvgViewOptions): string {
  const { basemap, dataset, lang, day, story, heading, frame, width, height } = options;
  const shown = dayViewAt(dataset, day, story);
  const paths = basemapPaths(basemap, frame);
  const at = new Map(dataset.sites.map((site) => [site.id, site.coordinates]));
  // The locator map, bottom right as on screen: Africa, Mali, and this view framed.
  const locator = locatorPaths(basemap);
  const framed = locatorRect(frame, width, height);
  const place = locatorPlacement(width, height);
  const locatorSvg = locator.africa
    ? `<g id="locator" transform="translate(${n(place.left)} ${n(place.top)}) scale(${place.scale.toFixed(3)})"><rect width="${locator.width}" height="${n(locator.height)}" fill="${L.sea}" stroke="#ffffff" stroke-width="2"/><path d="${locator.africa}" fill="${L.land}"/><path d="${locator.mali}" fill="${L.mali}"/><rect x="${n(framed.x)}" y="${n(framed.y)}" width="${n(framed.width)}" height="${n(framed.height)}" fill="none" stroke="${L.frame}" stroke-width="1.5"/></g>`
    : '';

  const flows = dataset.timeline.flows
    .filter((flow) => shown.activeFlows.has(flow.id))
    .flatMap((flow) => {
      const from = at.get(flow.from);
      const to = at.get(flow.to);
      if (!from || !to) return [];
      const d = curvedLine(from, to)
        .map(([lon, lat], i) => {
          const [x, y] = frame.project(lon, lat);
          return `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`;
        })
        .join('');
      const dash = flow.basis === 'stated' ? '' : ' stroke-dasharray="4 3"';
      return [
        `<path d="${d}" fill="none" stroke="${FLOW_COLOURS[flow.basis]}" stroke-width="${flow.basis === 'stated' ? 3 : 2}" stroke-linecap="round"${dash}/>`,
      ];
    });
  const hubs = [...shown.hubs].flatMap(([id, basis]) => {
    const coordinates = at.get(id);
    if (!coordinates) return [];
    const [x, y] = frame.project(...coordinates);
    const dash = basis === 'inferred' ? ' stroke-dasharray="5 3"' : '';
    return [
      `<circle cx="${n(x)}" cy="${n(y)}" r="15" fill="rgba(0, 158, 115, 0.12)" stroke="${HUB_COLOUR}" stroke-width="3"${dash}/>`,
    ];
  });
  const sites = dataset.sites.map((site, index) => {
    const [x, y] = frame.project(...site.coordinates);
    const label = labelPlacement(SITE_LABEL_ANCHORS[site.id] ?? 'left', x, y);
    return `<g id="site-${site.id}">${glyph(`clip-${index}`, site.kind, shown.statuses[site.id], shown.departures.get(site.id) ?? null, x, y, 20)}<text x="${n(label.x)}" y="${n(label.y)}" text-anchor="${label.textAnchor}" font-size="13" font-weight="600" fill="#111417" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(site.name[lang])}</text></g>`;
  });

  let legendX = 20;
  const legend = SITE_STATUSES.map((status, index) => {
    const label = escapeXml(t(lang, `status.${status}`));
    const item = `${glyph(`legend-${index}`, 'camp', status, null, legendX + 8, HEADER + height + 22, 16)}<text x="${legendX + 22}" y="${HEADER + height + 27}" font-size="13" fill="#1f2328">${label}</text>`;
    legendX += 34 + label.length * 7;
    return item;
  }).join('');

  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEADER + height + FOOTER}" viewBox="0 0 ${width} ${HEADER + height + FOOTER}" font-family="${escapeXml(FONT)}">
<title>${escapeXml(`${t(lang, 'app.title')}: ${formatDay(lang, day)}`)}</title>
<rect width="100%" height="100%" fill="#ffffff"/>
<g id="header"><text x="20" y="34" font-size="24" font-weight="700" fill="#1f2328">${escapeXml(t(lang, 'app.title'))}</text><text x="20" y="64" font-size="16" font-weight="600" fill="#1f2328">${escapeXml(`${heading.date} — ${heading.phase} — ${heading.story}`)}</text>${
    heading.caption
      ? `<text x="${width - 20}" y="64" font-size="14" text-anchor="end" fill="#4b525a">${escapeXml(heading.caption)}</text>`
      : ''
  }</g>
<svg id="map" x="0" y="${HEADER}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${C.background}"/>
<path d="${paths.neighbours}" fill="${C.neighbour}"/>
<path d="${paths.mali}" fill="${C.mali}"/>
<path d="${paths.lakes}" fill="${C.lake}"/>
<path d="${paths.rivers}" fill="none" stroke="${C.water}" stroke-width="1.4" stroke-linejoin="round"/>
<path d="${paths.regions}" fill="none" stroke="${C.regionBorder}" stroke-width="0.9" stroke-dasharray="3 2"/>
<path d="${paths.borders}" fill="none" stroke="${C.neighbourBorder}" stroke-width="0.8"/>
<path d="${paths.maliBorder}" fill="none" stroke="${C.maliBorder}" stroke-width="1.8" stroke-linejoin="round"/>
<g id="flows">${flows.join('')}</g>
<g id="hubs">${hubs.join('')}</g>
<g id="sites">${sites.join('')}</g>
${locatorSvg}
</svg>
<g id="legend">${legend}</g>
<text id="sources" x="20" y="${HEADER + height + 58}" font-size="11" fill="#4b525a">${escapeXml(sourceLine(dataset, lang))}</text>
</svg>
`;
}

/**
 * The sites and the redeployment flows as the GeoJSON the map's two sources hold.
 * Features are numbered by their place in the list: feature state is addressed by
 * that number, so a date change never touches the data.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { FlowBasis, SiteId, SiteKind } from '../domain/types.ts';
import { SITE_LABEL_ANCHORS } from '../symbols/symbols.ts';
import { curvedLine } from './flowCurves.ts';

export interface MapSite {
  id: SiteId;
  kind: SiteKind;
  name: { fr: string; en: string };
  coordinates: [number, number];
}

export interface MapFlow {
  id: string;
  from: SiteId;
  to: SiteId;
  basis: FlowBasis;
}

export function sitesCollection(sites: MapSite[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: sites.map((site, index) => ({
      type: 'Feature',
      id: index,
      geometry: { type: 'Point', coordinates: site.coordinates },
      properties: {
        id: site.id,
        kind: site.kind,
        name_fr: site.name.fr,
        name_en: site.name.en,
        anchor: SITE_LABEL_ANCHORS[site.id] ?? 'left',
      },
    })),
  };
}

/** Each flow as a curve from its site to its hub; a flow whose ends are unknown is left out. */
export function flowsCollection(flows: MapFlow[], sites: MapSite[]): FeatureCollection<LineString> {
  const at = new Map(sites.map((site) => [site.id, site.coordinates]));
  return {
    type: 'FeatureCollection',
    features: flows.flatMap((flow, index) => {
      const from = at.get(flow.from);
      const to = at.get(flow.to);
      if (!from || !to) return [];
      return [
        {
          type: 'Feature' as const,
          id: index,
          geometry: { type: 'LineString' as const, coordinates: curvedLine(from, to) },
          properties: { id: flow.id, basis: flow.basis, from: flow.from, to: flow.to },
        },
      ];
    }),
  };
}

/** Feature number by id, as the sources number them. */
export function featureIndex<T extends string>(items: { id: T }[]): Map<T, number> {
  return new Map(items.map((item, index) => [item.id, index]));
}

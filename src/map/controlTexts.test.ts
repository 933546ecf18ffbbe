import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { controlLabels, maplibreLocale } from './controlTexts.ts';

// maplibre's table of UI strings, as its type declarations list it: an id it does not
// know would be ignored, and the control would stay in English.
const maplibreTypes = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.d.ts', 'utf8');

describe('maplibre controls in the page language', () => {
  it('gives maplibre French strings for the zoom buttons, the credits and the canvas', () => {
    expect(maplibreLocale('fr')).toEqual({
      'Map.Title': 'Carte',
      'NavigationControl.ZoomIn': 'Zoom avant',
      'NavigationControl.ZoomOut': 'Zoom arrière',
      'AttributionControl.ToggleAttribution': 'Afficher ou masquer les crédits de la carte',
    });
  });

  it('uses only ids that maplibre reads', () => {
    for (const id of Object.keys(maplibreLocale('en'))) {
      expect(maplibreTypes).toContain(`"${id}": string;`);
    }
  });

  it('relabels the same elements in either language, with that language', () => {
    const english = controlLabels('en');
    const french = controlLabels('fr');
    expect(french.map((label) => label.selector)).toEqual(english.map((label) => label.selector));
    expect(english.find((label) => label.selector === '.maplibregl-ctrl-zoom-out')?.label).toBe(
      'Zoom out',
    );
    expect(french.find((label) => label.selector === '.maplibregl-ctrl-zoom-out')?.label).toBe(
      'Zoom arrière',
    );
  });
});

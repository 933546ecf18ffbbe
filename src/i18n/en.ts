/**
 * Every user-visible string, in English. This table is the source of the keys:
 * the French table is typed from it, so neither language can miss one.
 */
export const en = {
  'app.title': 'The withdrawal of MINUSMA from Mali, 2023',
  'app.subtitle':
    'Camps, bases and headquarters of the UN mission, closed one after another, as four UN letters tell it',
  'app.loading': 'Loading the map…',
  'map.label': 'Map of Mali with the MINUSMA sites',
  'map.attribution':
    'Basemap: Made with Natural Earth. Site positions: GeoNames (geonames.org), CC BY 4.0.',
  'notice.noWebgl':
    'This browser cannot draw the interactive map (WebGL is unavailable), so a simplified map is shown. Everything else works.',
  'notice.contextLost': 'The map’s graphics were interrupted; restoring them…',
  'lang.switch': 'Français',
  'lang.switchLabel': 'Lire en français',
} as const;

export type MessageKey = keyof typeof en;

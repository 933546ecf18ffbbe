/**
 * maplibre's own controls in the page's language. maplibre reads its UI strings once,
 * from the map's `locale` option, when it builds each control, and has no way to change
 * them afterwards; so the same table gives the constructor its `locale` and tells the
 * controller which element carries each string, to relabel on a change of language.
 */
import type { Lang } from '../domain/types.ts';
import { type MessageKey, t } from '../i18n/index.ts';

interface ControlText {
  /** maplibre's id for the string (its `locale` table's key). */
  id: string;
  key: MessageKey;
  /** The element maplibre puts it on, inside the map's container. */
  selector: string;
  /** Whether maplibre writes it as the element's tooltip too, not only its aria-label. */
  title: boolean;
}

/** Every maplibre string the page shows: the canvas, the zoom buttons, the credits' (i) button. */
const CONTROL_TEXTS: readonly ControlText[] = [
  { id: 'Map.Title', key: 'map.canvas', selector: '.maplibregl-canvas', title: false },
  {
    id: 'NavigationControl.ZoomIn',
    key: 'map.zoomIn',
    selector: '.maplibregl-ctrl-zoom-in',
    title: true,
  },
  {
    id: 'NavigationControl.ZoomOut',
    key: 'map.zoomOut',
    selector: '.maplibregl-ctrl-zoom-out',
    title: true,
  },
  {
    id: 'AttributionControl.ToggleAttribution',
    key: 'map.toggleCredits',
    selector: '.maplibregl-ctrl-attrib-button',
    title: true,
  },
];

/** The `locale` option for maplibre's constructor, in `lang`. */
export function maplibreLocale(lang: Lang): Record<string, string> {
  return Object.fromEntries(CONTROL_TEXTS.map(({ id, key }) => [id, t(lang, key)]));
}

/** What to write on which element when the language changes after the map was built. */
export function controlLabels(lang: Lang): { selector: string; label: string; title: boolean }[] {
  return CONTROL_TEXTS.map(({ selector, key, title }) => ({
    selector,
    label: t(lang, key),
    title,
  }));
}

import type { MessageKey } from './en.ts';

/** Every user-visible string, in French; typed from the English table so no key is missed. */
export const fr: Record<MessageKey, string> = {
  'app.title': 'Le retrait de la MINUSMA du Mali, 2023',
  'app.subtitle':
    'Camps, bases et quartier général de la mission de l’ONU, fermés l’un après l’autre, selon quatre lettres de l’ONU',
  'app.loading': 'Chargement de la carte…',
  'map.label': 'Carte du Mali avec les sites de la MINUSMA',
  'map.attribution':
    'Fond de carte : Made with Natural Earth. Positions des sites : GeoNames (geonames.org), CC BY 4.0.',
  'notice.noWebgl':
    'Ce navigateur ne peut pas afficher la carte interactive (WebGL indisponible) ; une carte simplifiée est affichée. Tout le reste fonctionne.',
  'notice.contextLost': 'L’affichage de la carte a été interrompu ; rétablissement en cours…',
  'lang.switch': 'English',
  'lang.switchLabel': 'Read in English',
};

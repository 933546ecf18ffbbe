import type { Lang } from '../domain/types.ts';
import { t } from './index.ts';
import { INTL_LOCALE } from './intlLocale.ts';

/** Made on first use: the first Intl formatter is dear on a slow machine. */
const formatters = new Map<Lang, Intl.NumberFormat>();

function degrees(lang: Lang, value: number): string {
  let format = formatters.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang], {
      minimumFractionDigits: 3,
      maximumFractionDigits: 3,
    });
    formatters.set(lang, format);
  }
  return `${format.format(Math.abs(value))}°`;
}

/**
 * A position as a reader of `lang` writes it, to about 100 m: "16.273° N, 0.044° W",
 * "16,273° N, 0,044° O" (French takes a decimal comma). The downloads keep the
 * machine's form.
 */
export function formatCoordinates(lang: Lang, [longitude, latitude]: readonly number[]): string {
  const lon = longitude ?? 0;
  const lat = latitude ?? 0;
  const northSouth = t(lang, lat < 0 ? 'card.south' : 'card.north');
  const eastWest = t(lang, lon < 0 ? 'card.west' : 'card.east');
  return `${degrees(lang, lat)}\u00a0${northSouth}, ${degrees(lang, lon)}\u00a0${eastWest}`;
}

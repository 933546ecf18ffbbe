/** The exports' ink and type, and the line that says where everything comes from. */
import type { Dataset, Lang } from '../domain/types.ts';
import { colon, formatDay, t } from '../i18n/index.ts';

export const INK = '#1f2328';
export const SOFT = '#4b525a';
export const FONT = "'Noto Sans', system-ui, sans-serif";

/** The line that says where everything comes from. */
export function sourceLine(dataset: Dataset, lang: Lang): string {
  const symbols = dataset.timeline.letters
    .map((letter) => letter.symbol ?? formatDay(lang, letter.date))
    .join(', ');
  return `${t(lang, 'export.source')}${colon(lang)} ${symbols}. ${t(lang, 'map.attribution')}`;
}

/**
 * A control's words that keep the control's size in either language: the words in the
 * page's language, and over them, hidden, the same words in the other. The page is
 * written in one language and a reader's may be the other; without this, every button
 * of the header and the timeline changed width as the app turned French, and the header
 * wrapped at another place: the whole page moved once it was read (a layout shift of
 * up to 0.14).
 */
import type { Lang } from '../domain/types.ts';
import { LANGS } from '../domain/vocabularies.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import './steadyLabel.css';

export function SteadyLabel({ lang, words }: { lang: Lang; words: MessageKey }) {
  return (
    <span className="steady-label">
      <span>{t(lang, words)}</span>
      {LANGS.filter((other) => other !== lang).map((other) => (
        <span key={other} className="steady-label-other" lang={other} aria-hidden="true">
          {t(other, words)}
        </span>
      ))}
    </span>
  );
}

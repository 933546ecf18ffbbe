/** A letter as the reader cites it: its date, author and symbol, and a link to the original. */
import type { Lang, Letter } from '../domain/types.ts';
import { formatDay, t } from '../i18n/index.ts';

export function LetterReference({ letter, lang }: { letter: Letter; lang: Lang }) {
  return (
    <span className="letter-ref">
      {t(lang, 'source.letterOf', { date: formatDay(lang, letter.date) })}, {letter.author[lang]}
      {', '}
      {letter.symbol ?? t(lang, 'source.symbolUnknown')}
      {letter.url && (
        <>
          {' · '}
          <a href={letter.url[lang]} target="_blank" rel="noopener noreferrer">
            {t(lang, 'source.original')}
          </a>
        </>
      )}
    </span>
  );
}

/**
 * The sentences behind a fact, each with its source: a letter's (in French) or a
 * report's (in its own language). Where the quote is not in the reader's language,
 * a short gloss in that language stands beside it. Shared by the site card, the
 * event caption and the presentation.
 */
import type { Citation, Lang, Report } from '../domain/types.ts';
import { t } from '../i18n/index.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectLang, selectLetters, selectReports } from '../store/selectors.ts';
import { LetterReference } from './LetterReference.tsx';
import { ReportReference } from './ReportReference.tsx';

/** The quote's language, and the gloss a reader of `lang` needs beside it (null when none). */
export function glossOf(
  citation: Citation,
  reports: readonly Report[],
  lang: Lang,
): { quoteLang: Lang; gloss: string | null } {
  if ('letter' in citation) return { quoteLang: 'fr', gloss: lang === 'en' ? citation.en : null };
  const quoteLang = reports.find((r) => r.id === citation.source)?.language ?? 'fr';
  return { quoteLang, gloss: quoteLang === lang ? null : citation[lang] };
}

/** The citations' sentences with their sources; the letters and reports they name are the loaded ones. */
export function Quotes({ citations }: { citations: readonly Citation[] }) {
  const lang = useApp(selectLang);
  const letters = useApp(selectLetters);
  const reports = useApp(selectReports);
  return (
    <ul className="quotes">
      {citations.map((citation) => {
        const from = 'letter' in citation ? citation.letter : citation.source;
        const letter = 'letter' in citation ? letters.find((l) => l.id === citation.letter) : null;
        const report = 'source' in citation ? reports.find((r) => r.id === citation.source) : null;
        const { quoteLang, gloss } = glossOf(citation, reports, lang);
        return (
          <li key={`${from}:${citation.quote.slice(0, 40)}`}>
            <blockquote lang={quoteLang}>
              {quoteLang === 'fr' ? `« ${citation.quote} »` : `“${citation.quote}”`}
            </blockquote>
            {gloss && (
              <p className="quote-summary">
                <span className="visually-hidden">
                  {t(lang, lang === 'en' ? 'quote.summary' : 'quote.summaryFr')}:{' '}
                </span>
                {gloss}
              </p>
            )}
            {letter && <LetterReference letter={letter} lang={lang} />}
            {report && <ReportReference report={report} lang={lang} />}
          </li>
        );
      })}
    </ul>
  );
}

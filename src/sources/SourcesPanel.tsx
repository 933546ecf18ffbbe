/**
 * The four letters behind the plan, the releases and articles behind what happened,
 * what neither gives (and where it comes from instead), the data to download, and
 * the credits.
 */
import { compareDays } from '../domain/dates.ts';
import { REPORT_KINDS } from '../domain/types.ts';
import { formatDay, t } from '../i18n/index.ts';
import { useApp } from '../store/StoreProvider.tsx';
import { selectLang, selectLetters, selectReports } from '../store/selectors.ts';
import { LetterReference } from './LetterReference.tsx';
import { ReportReference } from './ReportReference.tsx';

const DOWNLOADS = [
  ['data/sites.csv', 'sources.csv'],
  ['data/sites.geojson', 'sources.geojson'],
  ['data/timeline.json', 'sources.timeline'],
  ['data/reported.json', 'sources.reportedData'],
  ['data/sites-reported.geojson', 'sources.reportedGeojson'],
  ['data/sources.json', 'sources.storedExcerpts'],
] as const;

const NOT_IN_THE_LETTERS = [
  'sources.whereRegions',
  'sources.whereSevare',
  'sources.whereKinds',
  'sources.wherePositions',
] as const;

// Relative links: they resolve against the page's base, in the app as in the HTML the
// build writes (an event's page sets its base to the build's root).
export function SourcesPanel() {
  const lang = useApp(selectLang);
  const letters = useApp(selectLetters);
  const reports = useApp(selectReports);
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t(lang, 'sources.title')}</h2>
      <p>{t(lang, 'sources.intro')}</p>
      <ol className="letters">
        {[...letters]
          // Newest first. ISO days sort as plain strings (localeCompare would start
          // an ICU collator, ~50 ms on a slow machine, during the first paint).
          .sort((a, b) => compareDays(b.date, a.date))
          .map((letter) => (
            <li key={letter.id} data-letter-id={letter.id}>
              <strong lang="fr">{letter.title.fr}</strong>
              {lang === 'en' && <span className="letter-title-en"> ({letter.title.en})</span>}
              <br />
              <LetterReference letter={letter} lang={lang} />
              {letter.symbolNote && (
                <small className="symbol-note"> {letter.symbolNote[lang]}</small>
              )}
              <span className="visually-hidden"> {formatDay(lang, letter.date)}</span>
            </li>
          ))}
      </ol>
      <h3>{t(lang, 'sources.reportsTitle')}</h3>
      <p>{t(lang, 'sources.reportsIntro', { count: reports.length })}</p>
      <p className="sources-dating">{t(lang, 'sources.dating')}</p>
      <p className="rule">
        <strong>{t(lang, 'view.ruleTitle')}.</strong> {t(lang, 'view.rule')}
      </p>
      {REPORT_KINDS.map((kind) => {
        const ofKind = reports.filter((report) => report.kind === kind);
        return (
          <details key={kind} className="report-list" data-source-kind={kind}>
            <summary>
              {t(lang, `source.kind.${kind}`)} ({ofKind.length})
            </summary>
            <ol>
              {ofKind.map((report) => (
                <li key={report.id} data-source-id={report.id}>
                  <span lang={report.language}>{report.title}</span>
                  <br />
                  <ReportReference report={report} lang={lang} />
                  {report.note && <small className="symbol-note"> {report.note[lang]}</small>}
                </li>
              ))}
            </ol>
          </details>
        );
      })}
      <h3>{t(lang, 'sources.whereTitle')}</h3>
      <ul className="not-in-letters">
        {NOT_IN_THE_LETTERS.map((key) => (
          <li key={key}>{t(lang, key)}</li>
        ))}
      </ul>
      <h3>{t(lang, 'sources.data')}</h3>
      <ul className="downloads">
        {DOWNLOADS.map(([file, key]) => (
          <li key={file}>
            <a href={file} download>
              {t(lang, key)}
            </a>
          </li>
        ))}
      </ul>
      <p className="credits">{t(lang, 'sources.credits')}</p>
    </section>
  );
}

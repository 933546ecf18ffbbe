/** The four letters behind every fact, the data to download, and the credits. */
import { compareDays } from '../domain/dates.ts';
import { formatDay, t } from '../i18n/index.ts';
import { publicUrl } from '../map/assets.ts';
import { LetterReference } from '../sites/SiteCard.tsx';
import { useApp } from '../store/StoreProvider.tsx';
import { selectLang } from '../store/selectors.ts';

export function SourcesPanel() {
  const lang = useApp(selectLang);
  const letters = useApp((s) => s.dataset?.timeline.letters ?? []);
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
      <h3>{t(lang, 'sources.data')}</h3>
      <ul className="downloads">
        <li>
          <a href={publicUrl('data/sites.csv')} download>
            {t(lang, 'sources.csv')}
          </a>
        </li>
        <li>
          <a href={publicUrl('data/sites.geojson')} download>
            {t(lang, 'sources.geojson')}
          </a>
        </li>
        <li>
          <a href={publicUrl('data/timeline.json')} download>
            {t(lang, 'sources.timeline')}
          </a>
        </li>
      </ul>
      <p className="credits">{t(lang, 'sources.credits')}</p>
    </section>
  );
}
